// Mutation testing of the lint rules (`npm run mutation`): a rule is judged by the mistakes its tests would catch.
// StrykerJS 9 is the last major that runs on Node 20; the score is recorded in the README.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['src/lint/rules/**/*.ts', '!src/lint/rules/index.ts'],
  // The rule tests and the engine tests that exercise rules through fixtures; process and browser tests are not needed.
  coverageAnalysis: 'perTest',
  // A static mutant (a rule's id, description or a module-level table) runs every test for each mutant: on a busy
  // machine that is most of the run. They are left out of the score, which says so (README, "Mutation score").
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
