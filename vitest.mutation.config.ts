import { defineConfig } from 'vitest/config';

// The tests that judge the lint rules, for `npm run mutation`: the fixture tables and the engine. Each rule must be
// pinned down by its own cases: the example plan's test (a whole plan checked twice for every mutant), the docs
// examples (a git repository per pull-request example), process, browser and packaging tests would only slow the run.
export default defineConfig({
  test: {
    include: [
      'test/lint/rules/**/*.test.ts',
      'test/lint/engine.test.ts',
      'test/lint/rule-docs.test.ts',
      'test/lint/tool-mentions.test.ts',
    ],
    // Mutants are switched on at run time, so the modules can stay loaded between runs: importing the rules, ajv's
    // compiled schema and the word list again for every mutant was most of each run's time.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
