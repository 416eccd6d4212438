import { defineConfig } from 'vitest/config';

// The tests that judge the lint rules, for `npm run mutation`: the fixture tables, the engine, the example plan and
// the rule docs and their examples. Git, process, browser and packaging tests say nothing about a rule's logic (rules
// are handed git facts as data) and would only slow the run down.
export default defineConfig({
  test: {
    include: [
      'test/lint/rules/**/*.test.ts',
      'test/lint/engine.test.ts',
      'test/lint/example-plan.test.ts',
      'test/lint/rule-docs*.test.ts',
      'test/lint/tool-mentions.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
