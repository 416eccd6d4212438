import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { rules } from '../../src/lint/rules/index.js';
import { ruleDocsPath } from '../../src/lint/run-lint.js';
import { FINGERPRINT_KEY, SARIF_SCHEMA, sarif } from '../../src/report/sarif.js';
import { repoRoot } from '../helpers/paths.js';
import { sarifErrors } from './sarif-validator.js';

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  helpUri: string;
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number };
    };
    logicalLocations?: { fullyQualifiedName: string }[];
  }[];
  partialFingerprints: Record<string, string>;
}

interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Descriptor[] } };
    results: Result[];
  }[];
}

const cwd = '/repo';
const validationIds = [
  'yaml',
  'encoding',
  'schema',
  'reference',
  'duplicate-id',
  'duplicate-section',
  'rto-exceeds-mtd',
  'step-order',
  'markdown-file',
  'plan-file',
  'config',
  'unused-ignore',
  'base',
  'git',
  'build',
  'glyph',
];

const base: Diagnostic = {
  ruleId: 'reference',
  severity: 'error',
  message: '`plan.owner` names person `nobody`, but there is no person with that id in `people`',
  file: 'plan/plan.yaml',
  line: 6,
  column: 10,
  endLine: 6,
  endColumn: 16,
  path: 'plan.owner',
};

const mixed: Diagnostic[] = [
  base,
  {
    ...base,
    ruleId: 'unused-ignore',
    severity: 'warning',
    message: 'bcp-ignore silences nothing; remove it',
    line: 9,
    endLine: 9,
  },
  {
    ruleId: 'departed-person',
    severity: 'info',
    message: 'Lee Left (`lee-left`) left but is still named as deputy',
    hint: 'Name who does this now.',
    file: '/repo/plan/my people.yaml',
    line: 3,
    column: 5,
    path: 'people[1].deputy',
  },
  { ruleId: 'yaml', severity: 'error', message: 'bad indentation', file: 'plan/systems.yaml', line: 1, column: 1 },
];

const format = (diagnostics: Diagnostic[]): Log => JSON.parse(sarif(diagnostics, { color: false, cwd })) as Log;
const run = (log: Log) => log.runs[0] as Log['runs'][number];
const results = (diagnostics: Diagnostic[]): Result[] => run(format(diagnostics)).results;
const fingerprint = (result: Result | undefined): string | undefined => result?.partialFingerprints[FINGERPRINT_KEY];

describe('sarif formatter', () => {
  it('writes logs that the SARIF 2.1.0 schema accepts', () => {
    for (const diagnostics of [[], mixed]) {
      expect(sarifErrors(format(diagnostics))).toEqual([]);
    }
  });

  it('checks against a schema that does reject broken logs', () => {
    const log = format([base]);
    const region = run(log).results[0]?.locations[0]?.physicalLocation.region;
    if (region) region.startLine = 0;
    expect(sarifErrors({ ...log, version: '2.0.0' }).map((e) => e.instancePath)).toEqual([
      '/version',
      '/runs/0/results/0/locations/0/physicalLocation/region/startLine',
    ]);
  });

  it('names the schema, the version and bcp itself in one run', () => {
    const log = format(mixed);
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run(log).tool.driver).toMatchObject({ name: 'bcp-plan', version: pkg.version });
  });

  it('describes every lint rule and every validation id, with the docs page as help', () => {
    const descriptors = run(format([])).tool.driver.rules;
    expect(descriptors.map((d) => d.id)).toEqual([...rules.map((rule) => rule.id), ...validationIds]);
    for (const d of descriptors) {
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      for (const text of [d.shortDescription.text, d.fullDescription.text, d.help.text, d.help.markdown]) {
        expect(text.trim(), d.id).not.toBe('');
      }
      expect(['error', 'warning', 'note']).toContain(d.defaultConfiguration.level);
    }
    for (const rule of rules) {
      const d = descriptors.find((descriptor) => descriptor.id === rule.id);
      expect(d?.defaultConfiguration.level).toBe(rule.severity === 'info' ? 'note' : rule.severity);
      // A rule whose page is still missing is rule-docs.test.ts's failure; here it falls back to the description.
      const page = path.join(repoRoot, ruleDocsPath(rule.id));
      expect(d?.help.markdown).toBe(existsSync(page) ? readFileSync(page, 'utf8') : rule.description);
    }
  });

  it("links every rule to its docs page in the published package, and the tool to bcp's home page", () => {
    const { driver } = run(format(mixed)).tool;
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const validationPage = readFileSync(path.join(repoRoot, 'docs/validation.md'), 'utf8');
    for (const rule of driver.rules) {
      const uri = new URL(rule.helpUri);
      expect(uri.href).toMatch(/^https:\/\/unpkg\.com\/bcp-plan@\d+\.\d+\.\d+\/docs\//);
      const file = uri.pathname.replace(/^\/bcp-plan@[^/]+\//, '');
      // The page ships in the package (package.json `files`), so the link resolves once the version is published.
      expect(existsSync(path.join(repoRoot, file)), file).toBe(true);
      if (uri.hash) expect(validationPage).toContain(`\n## ${uri.hash.slice(1)}\n`);
    }
  });

  it('knows every rule id that bcp reports outside the lint rules', () => {
    const emitted = new Set<string>();
    for (const file of sourceFiles(path.join(repoRoot, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/ruleId: '([a-z0-9-]+)'/g)) emitted.add(match[1] ?? '');
    }
    expect([...emitted].filter((id) => !validationIds.includes(id))).toEqual([]);
  });

  it('points each result at its rule, with levels, messages and hints', () => {
    const log = format(mixed);
    const { rules: descriptors } = run(log).tool.driver;
    for (const result of run(log).results) expect(descriptors[result.ruleIndex]?.id).toBe(result.ruleId);
    const departed = run(log).results.find((r) => r.ruleId === 'departed-person');
    expect(departed?.level).toBe('note');
    expect(departed?.message.text).toBe(
      'Lee Left (`lee-left`) left but is still named as deputy\nName who does this now.',
    );
    expect(departed?.locations[0]?.logicalLocations).toEqual([
      { fullyQualifiedName: 'people[1].deputy', kind: 'member' },
    ]);
  });

  it('locates results by repository-relative URI and 1-based region', () => {
    const found = results(mixed);
    expect(found.map((r) => r.locations[0]?.physicalLocation)).toEqual([
      {
        artifactLocation: { uri: 'plan/my%20people.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 3, startColumn: 5 },
      },
      {
        artifactLocation: { uri: 'plan/plan.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 6, startColumn: 10, endLine: 6, endColumn: 16 },
      },
      {
        artifactLocation: { uri: 'plan/plan.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 9, startColumn: 10, endLine: 9, endColumn: 16 },
      },
      {
        artifactLocation: { uri: 'plan/systems.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 1 },
      },
    ]);
  });

  it('keeps fingerprints when lines move, and tells different findings apart', () => {
    const before = fingerprint(results([base])[0]);
    expect(before).toMatch(/^[0-9a-f]{32}:1$/);
    expect(fingerprint(results([{ ...base, line: 40, endLine: 40 }])[0])).toBe(before);
    expect(fingerprint(results([{ ...base, path: 'plan.version' }])[0])).not.toBe(before);
    expect(fingerprint(results([{ ...base, file: 'plan/other.yaml' }])[0])).not.toBe(before);
    expect(fingerprint(results([{ ...base, ruleId: 'schema' }])[0])).not.toBe(before);
  });

  it('masks line numbers that a message quotes, and numbers identical findings', () => {
    const duplicate = (line: number, other: number): Diagnostic => ({
      ...base,
      ruleId: 'duplicate-id',
      message: `person id \`kim\` is defined more than once (also at plan/people.yaml:${other}); ids must be unique`,
      line,
      path: undefined,
    });
    const first = results([duplicate(4, 9), duplicate(9, 4)]).map(fingerprint);
    const moved = results([duplicate(14, 19), duplicate(19, 14)]).map(fingerprint);
    expect(moved).toEqual(first);
    expect(first[0]?.replace(/:1$/, ':2')).toBe(first[1]);
  });

  it('is deterministic, whatever order the diagnostics come in', () => {
    expect(sarif([...mixed].reverse(), { color: false, cwd })).toBe(sarif(mixed, { color: false, cwd }));
  });

  it('describes a rule id it does not know, so that ruleIndex stays valid', () => {
    const log = format([{ ...base, ruleId: 'brand-new-check' }]);
    const descriptor = run(log).tool.driver.rules[run(log).results[0]?.ruleIndex ?? -1];
    expect(descriptor?.id).toBe('brand-new-check');
    expect(sarifErrors(log)).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.ts'))
    .map((entry) => path.join(dir, entry));
}
