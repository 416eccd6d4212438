// The architecture, checked by test/structure/architecture.test.ts (and by `npx depcruise src` for a picture).
// Stages run in this order and data flows one way: a stage may import itself, `core/`, `fs/` and any stage before
// it, never one after it. `core/` (Diagnostic, plan paths and locations, the generated plan types, durations, dates)
// and `fs/` import no stage. `index.ts` at the top is the library API and may import anything.
const STAGES = [
  'core',
  'fs',
  'git',
  'load',
  'validate',
  'model',
  'diff',
  'lint',
  'report',
  'render',
  'output',
  'pipeline',
  'watch',
  'doctor',
  'init',
  'cli',
];

function laterStages(index) {
  return STAGES.slice(index + 1);
}

const layerRules = STAGES.slice(0, -1).map((stage, index) => ({
  name: `no-${stage}-to-later-stage`,
  comment: `${stage}/ comes before ${laterStages(index).join(', ')}: data flows one way, so it may not import them.`,
  severity: 'error',
  from: { path: `^src/${stage}/` },
  to: { path: `^src/(${laterStages(index).join('|')}|index\\.ts$)` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other, however indirectly.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'Stages (folders) that import each other, however indirectly.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-stray-module',
      comment: 'Every module lives in a stage folder; only the library API (index.ts) sits at the top of src/.',
      severity: 'error',
      from: { path: '^src/[^/]+\\.ts$', pathNot: '^src/index\\.ts$' },
      to: {},
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
