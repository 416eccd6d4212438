// What `bcp validate` loads: only what validation needs, so that it starts about as fast as a bare script doing
// yaml.parse and ajv. The render stage's libraries, the lint rules (which SARIF describes) and ajv's schema compiler
// (the schema is compiled at `npm run compile`) each cost tenths of a second at start-up.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

const logModules = pathToFileURL(path.join(repoRoot, 'test', 'helpers', 'log-modules.mjs')).href;

async function loadedBy(args: string[]): Promise<string[]> {
  const result = await runCli(args, { NODE_OPTIONS: `--import ${logModules}` });
  expect([0, 1], result.stderr).toContain(result.code);
  return result.stderr
    .split('\n')
    .filter((line) => line.startsWith('loaded '))
    .map((line) => line.slice('loaded '.length));
}

const NOT_FOR_VALIDATE = [
  '/lib/render/',
  '/lib/lint/rules/',
  '/node_modules/ajv/dist/compile/index.js',
  '/node_modules/unified/',
  '/node_modules/micromark/',
  '/node_modules/puppeteer-core/',
  '/node_modules/vega/',
  '/node_modules/pdfjs-dist/',
  '/node_modules/@hpcc-js/',
  '/node_modules/handlebars/',
  '/node_modules/minisearch/',
  '/node_modules/chokidar/',
  '/node_modules/@inquirer/',
];

beforeAll(() => {
  assertCompiled();
});

describe('start-up', () => {
  it('bcp validate loads neither render, lint rules, Markdown nor the schema compiler', async () => {
    const loaded = await loadedBy(['validate', 'plan']);
    // The log itself works: what validate needs is in it.
    expect(loaded.some((url) => url.endsWith('/lib/validate/plan-validator.standalone.cjs'))).toBe(true);
    expect(loaded.some((url) => url.includes('/node_modules/yaml/'))).toBe(true);
    for (const part of NOT_FOR_VALIDATE) expect(loaded.filter((url) => url.includes(part))).toEqual([]);
  });

  it('bcp lint loads remark when a rule reads a procedure, and the SARIF format the rule catalogue', async () => {
    const loaded = await loadedBy(['lint', 'plan', '--today', '2026-11-16', '--format', 'sarif']);
    expect(loaded.some((url) => url.includes('/node_modules/micromark/'))).toBe(true);
    expect(loaded.some((url) => url.endsWith('/lib/report/rule-catalog.js'))).toBe(true);
  });
});
