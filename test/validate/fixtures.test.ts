// Every kind of problem `bcp validate` reports, each proven on a real plan folder under test/fixtures/validate:
// the exact list of diagnostics (rule, message, file, line, column), so a message that reads badly or points at
// the wrong line shows up here as a diff.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanLoadError } from '../../src/load/load-error.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { validatePlan } from '../../src/validate/validate-plan.js';
import { fixtureDir, validateFixtures } from '../helpers/paths.js';

interface Expected {
  ruleId: string;
  /** The exact message; `<dir>` stands for the fixture folder as it was given to loadPlan. */
  message: string;
  /** Relative to the fixture folder, with `/`. */
  file: string;
  line: number;
  column: number;
}

interface Case {
  fixture: string;
  expected: Expected[];
}

const cases: Case[] = [
  { fixture: 'valid-minimal', expected: [] },
  {
    fixture: 'departed-without-phone',
    expected: [
      { ruleId: 'schema', message: 'person `sam-no-phone` has no `phone`', file: 'plan.yaml', line: 18, column: 5 },
    ],
  },
  {
    fixture: 'yaml-syntax-error',
    expected: [
      {
        ruleId: 'yaml',
        message: 'the quote that opens this value is never closed; add the closing quote at the end of the value',
        file: 'scenarios.yaml',
        line: 3,
        column: 12,
      },
    ],
  },
  {
    fixture: 'tab-indentation',
    expected: [
      {
        ruleId: 'yaml',
        message: 'a tab is used for indentation; YAML needs spaces here',
        file: 'more-people.yaml',
        line: 3,
        column: 1,
      },
    ],
  },
  {
    fixture: 'duplicate-key',
    expected: [
      {
        ruleId: 'yaml',
        message: 'key `owner` appears more than once in the same mapping; keep one',
        file: 'plan.yaml',
        line: 7,
        column: 3,
      },
    ],
  },
  {
    fixture: 'wrong-type',
    expected: [
      {
        ruleId: 'schema',
        message: '`plan.version` must be text, not a number; put it in quotes so it is kept exactly as written',
        file: 'plan.yaml',
        line: 4,
        column: 12,
      },
      {
        ruleId: 'schema',
        // The number itself is not repeated: phone numbers are personal data and CI logs are kept by others.
        message:
          '`phone` of person `jane-doe` must be text, not a whole number; put it in quotes so it is kept exactly as written',
        file: 'plan.yaml',
        line: 13,
        column: 12,
      },
    ],
  },
  {
    fixture: 'missing-required',
    expected: [
      { ruleId: 'schema', message: 'scenario `crm-outage` has no `lead`', file: 'scenarios.yaml', line: 2, column: 5 },
    ],
  },
  {
    fixture: 'unknown-key',
    expected: [
      {
        ruleId: 'schema',
        message: 'unknown key `rpo_hours` in scenario `crm-outage` — did you mean `rpo`?',
        file: 'scenarios.yaml',
        line: 10,
        column: 5,
      },
    ],
  },
  {
    fixture: 'bad-duration',
    expected: [
      {
        ruleId: 'schema',
        message:
          '`rto` of scenario `crm-outage` is `four hours`. Write a duration as a number and a unit (30m, 4h, 2d or 1w), `tbc` when nobody knows yet, or `none` when it does not apply.',
        file: 'scenarios.yaml',
        line: 9,
        column: 10,
      },
    ],
  },
  {
    fixture: 'bad-date',
    expected: [
      {
        ruleId: 'schema',
        message: '`plan.reviewed` is `2026-02-30`, which is not a real date',
        file: 'plan.yaml',
        line: 6,
        column: 13,
      },
      {
        ruleId: 'schema',
        message: '`left_on` of person `jane-doe` is `2026/03/01`. Write a date as YYYY-MM-DD, like 2026-03-31.',
        file: 'plan.yaml',
        line: 15,
        column: 14,
      },
    ],
  },
  {
    fixture: 'dangling-reference',
    expected: [
      {
        ruleId: 'reference',
        message:
          '`lead` of scenario `crm-outage` names person `sam-lee`, but there is no person with that id in `people`',
        file: 'scenarios.yaml',
        line: 11,
        column: 11,
      },
      {
        ruleId: 'reference',
        message:
          'person 1 of `people` of scenario `crm-outage` names person `jane-do`, but there is no person with that id in `people` — did you mean `jane-doe`?',
        file: 'scenarios.yaml',
        line: 13,
        column: 9,
      },
    ],
  },
  {
    fixture: 'step-go-to-nowhere',
    expected: [
      {
        ruleId: 'reference',
        message:
          '`go_to` of step 1 of `workaround` of scenario `crm-outage` names scenario `internet-outag`, but there is no scenario with that id in `scenarios` — did you mean `internet-outage`?',
        file: 'scenarios.yaml',
        line: 14,
        column: 16,
      },
      {
        ruleId: 'reference',
        message:
          'premises 1 of `premises` of step 2 of `workaround` of scenario `crm-outage` names premises `main-office`, but there is no premises with that id in `premises`',
        file: 'scenarios.yaml',
        line: 16,
        column: 20,
      },
    ],
  },
  {
    fixture: 'duplicate-id-across-files',
    expected: [
      {
        ruleId: 'duplicate-id',
        message: 'person id `jane-doe` is defined more than once (also at <dir>/team.yaml:6); ids must be unique',
        file: 'plan.yaml',
        line: 10,
        column: 9,
      },
      {
        ruleId: 'duplicate-id',
        message: 'person id `jane-doe` is defined more than once (also at <dir>/plan.yaml:10); ids must be unique',
        file: 'team.yaml',
        line: 6,
        column: 9,
      },
    ],
  },
  {
    fixture: 'rto-exceeds-mtd',
    expected: [
      {
        ruleId: 'rto-exceeds-mtd',
        message: 'scenario `crm-outage` has an RTO of 2d, longer than its maximum tolerable downtime (MTD) of 8h',
        file: 'scenarios.yaml',
        line: 9,
        column: 10,
      },
    ],
  },
  {
    fixture: 'step-order',
    expected: [
      {
        ruleId: 'reference',
        message:
          '`after` of step 2 of `workaround` of scenario `crm-outage` names step `quotes`, but no step of `workaround` has that id — did you mean `quote`?',
        file: 'scenarios.yaml',
        line: 16,
        column: 17,
      },
      {
        ruleId: 'step-order',
        message:
          'steps of `recovery` of scenario `crm-outage` wait for each other in a circle (1 (`log-case`) → 2 (`restore`) → 3 (`check-restore`) → 1 (`log-case`)), so none of them can start',
        file: 'scenarios.yaml',
        line: 20,
        column: 16,
      },
      {
        ruleId: 'duplicate-id',
        message:
          'step id `enter-orders` is used twice in `back_to_normal` of scenario `crm-outage` (steps 1 and 2); step ids must be unique within their list',
        file: 'scenarios.yaml',
        line: 29,
        column: 13,
      },
    ],
  },
  {
    fixture: 'missing-markdown',
    expected: [
      {
        ruleId: 'markdown-file',
        message:
          '`procedure` of scenario `crm-outage` names Markdown file `procedures/crm-outage.md`, which does not exist in the plan folder',
        file: 'scenarios.yaml',
        line: 18,
        column: 16,
      },
    ],
  },
  {
    // path-escape/outside.md exists, so the only fault is that the path leaves the plan folder.
    fixture: 'path-escape/plan',
    expected: [
      {
        ruleId: 'markdown-file',
        message:
          '`procedure` of scenario `crm-outage` names Markdown file `../outside.md`, which points outside the plan folder; keep procedures inside it',
        file: 'scenarios.yaml',
        line: 18,
        column: 16,
      },
    ],
  },
  {
    // 9^9 strings if expanded; one finding at the first alias, and nothing expanded.
    fixture: 'alias-bomb',
    expected: [
      {
        ruleId: 'yaml',
        message: 'aliases (`*a`) are not allowed in a plan; write the value out in full',
        file: 'bomb.yaml',
        line: 2,
        column: 8,
      },
    ],
  },
  {
    fixture: 'empty-file',
    expected: [
      {
        ruleId: 'yaml',
        message: 'this file is empty; add a section such as `scenarios:`, or delete the file',
        file: 'systems.yaml',
        line: 1,
        column: 1,
      },
    ],
  },
  {
    // people.yaml is committed as Latin-1: `Jos\xE9` on line 3 (see .gitattributes).
    fixture: 'non-utf8',
    expected: [
      {
        ruleId: 'encoding',
        message: 'this file is not UTF-8 (byte 0xE9); save it as UTF-8 in your editor',
        file: 'people.yaml',
        line: 3,
        column: 14,
      },
    ],
  },
  {
    fixture: 'multiple-documents',
    expected: [
      {
        ruleId: 'yaml',
        message: 'this file holds more than one YAML document (`---`); keep one document per file',
        file: 'people.yaml',
        line: 6,
        column: 1,
      },
    ],
  },
  {
    fixture: 'unknown-tag',
    expected: [
      {
        ruleId: 'yaml',
        message: 'unknown tag `!!js/function`; a plan holds plain values only, remove the tag',
        file: 'people.yaml',
        line: 3,
        column: 11,
      },
    ],
  },
  {
    fixture: 'merge-key',
    expected: [
      {
        ruleId: 'yaml',
        message: 'merge keys (`<<`) are not supported; write the keys out in full',
        file: 'people.yaml',
        line: 7,
        column: 5,
      },
    ],
  },
  {
    fixture: 'top-level-list',
    expected: [
      {
        ruleId: 'schema',
        message: 'the file must be a mapping of keys (sections like `scenarios:`), not a list',
        file: 'people.yaml',
        line: 1,
        column: 1,
      },
    ],
  },
  {
    // plan.yaml is read first, so the copy in extra.yaml is the one reported.
    fixture: 'plan-section-twice',
    expected: [
      {
        ruleId: 'duplicate-section',
        message: 'section `plan` is also written in <dir>/plan.yaml:2; keep it in one file',
        file: 'extra.yaml',
        line: 1,
        column: 1,
      },
    ],
  },
  {
    fixture: 'no-plan-section',
    expected: [
      {
        ruleId: 'schema',
        message: 'the plan has no `plan:` section (organization, version, owner, review dates); add it to plan.yaml',
        file: 'people.yaml',
        line: 2,
        column: 1,
      },
    ],
  },
  {
    fixture: 'open-vocabulary',
    expected: [
      {
        ruleId: 'reference',
        message:
          '`form` of fallback 3 of `fallbacks` of system `pms` names form `paper-appointment`, but there is no form with that id in `forms` — did you mean `paper-appointments`?',
        file: 'plan.yaml',
        line: 31,
        column: 15,
      },
    ],
  },
  {
    fixture: 'enum-typo',
    expected: [
      {
        ruleId: 'schema',
        message:
          '`criticality` of system `crm` is `critcal` — did you mean `critical`? Allowed: `critical`, `high`, `medium`, `low`, `tbc`',
        file: 'systems.yaml',
        line: 5,
        column: 18,
      },
    ],
  },
  {
    fixture: 'step-missing-action',
    expected: [
      {
        ruleId: 'schema',
        message: 'step 1 of `recovery` of scenario `crm-outage` has no `action`',
        file: 'scenarios.yaml',
        line: 15,
        column: 9,
      },
    ],
  },
];

/** Folders that cannot be validated at all: loadPlan refuses them with one sentence (the CLI exits 2). */
const unreadable = [
  { fixture: 'no-yaml-files', message: 'no plan files (*.yaml) in `<dir>`' },
  { fixture: 'does-not-exist', message: 'plan folder `<dir>` does not exist' },
];

async function diagnosticsOf(dir: string): Promise<Expected[]> {
  const plan = await loadPlan(dir);
  const diagnostics = validatePlan(plan);
  for (const d of diagnostics) expect(d.severity, d.message).toBe('error');
  return diagnostics.map(({ ruleId, message, file, line, column }) => ({
    ruleId,
    message,
    file: path.relative(dir, file).split(path.sep).join('/'),
    line,
    column,
  }));
}

describe('validate fixtures', () => {
  it.each(cases)('$fixture', async ({ fixture, expected }) => {
    const dir = fixtureDir(fixture);
    const withDir = expected.map((e) => ({ ...e, message: e.message.replaceAll('<dir>', dir) }));
    expect(await diagnosticsOf(dir)).toEqual(withDir);
  });

  it.each(unreadable)('$fixture cannot be loaded', async ({ fixture, message }) => {
    const dir = fixtureDir(fixture);
    const loading = loadPlan(dir);
    await expect(loading).rejects.toBeInstanceOf(PlanLoadError);
    await expect(loading).rejects.toThrow(message.replace('<dir>', dir));
  });

  it('covers every fixture folder', async () => {
    const folders = (await readdir(validateFixtures, { withFileTypes: true })).filter((e) => e.isDirectory());
    const tested = new Set([...cases, ...unreadable].map(({ fixture }) => fixture.split('/')[0]));
    expect(folders.map((e) => e.name).filter((name) => !tested.has(name))).toEqual([]);
  });

  it('keeps the non-UTF-8 fixture as Latin-1 bytes (an editor must not have re-saved it)', async () => {
    const bytes = await readFile(path.join(fixtureDir('non-utf8'), 'people.yaml'));
    const line3 = bytes.toString('latin1').split('\n')[2];
    expect(line3).toBe('    name: Jos\u00e9 Garcia');
    expect(bytes.includes(0xe9)).toBe(true);
  });

  it('does not expand the alias bomb', async () => {
    const plan = await loadPlan(fixtureDir('alias-bomb'));
    expect(plan.files.find((f) => f.relative === 'bomb.yaml')?.data).toBeUndefined();
  });
});
