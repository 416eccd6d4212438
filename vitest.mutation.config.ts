import { defineConfig } from 'vitest/config';

// The tests that judge the lint rules, for `npm run mutation`: fixture tables, the engine, the example plan and
// the rule docs. Process, browser and packaging tests say nothing about a rule's logic and would only slow it down.
export default defineConfig({
  test: {
    include: ['test/lint/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
