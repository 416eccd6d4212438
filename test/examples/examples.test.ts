import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText } from '../../src/render/plain-text.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/paths.js';
import { brokenLinks } from '../render/site/site-pages.js';

const run = promisify(execFile);
const today = ['--today', '2026-11-27'];

interface Example {
  name: string;
  /** Who left: named nowhere a reader would call them. */
  left: string;
  /** Every finding, as `rule file:line`, each a true fact about the plan (see the example's BRIEF.md). */
  expected: string[];
}

// Every rule must report exactly these findings and nothing else: no false positive on any example.
const examples: Example[] = [
  {
    name: 'clinic',
    left: 'Grace Tan',
    expected: [
      'single-point-of-failure plan.yaml:36', // Kate's deputy is Grace, who left
      'departed-person plan.yaml:40', // Grace is still named as Kate's deputy
      'single-point-of-failure plan.yaml:67', // only Raj knows the ECG PC's admin password
      'scenario-coverage scenarios.yaml:2', // no internet-outage scenario, yet Clinicloud is reached over the internet
      'scenario-coverage scenarios.yaml:2', // no cyber-incident scenario for a practice with patient records
      'scenario-coverage scenarios.yaml:2', // no scenario for Clinicloud (the vendor) failing
      'unknown-fact scenarios.yaml:13', // Clinicloud RTO: the contract does not say
      'unknown-fact scenarios.yaml:14', // Clinicloud RPO
      'recovery-time-unknown scenarios.yaml:25', // calling Clinicloud support: how long is not known
      'recovery-time-unknown scenarios.yaml:45', // the phone provider's repair: how long is not known
      'unknown-fact scenarios.yaml:56', // who leads if Hillside is lost
      'restore-untested systems.yaml:16', // nobody has restored the vendor's backup
      'unknown-fact systems.yaml:18', // how often the vendor backs up
      'unknown-fact systems.yaml:20', // where the vendor keeps the backup
      'unknown-fact systems.yaml:40', // how critical the fridge logger is
    ],
  },
  {
    name: 'cafe',
    left: 'Luca Ferri',
    expected: [
      'single-point-of-failure plan.yaml:47', // only Nina knows the TillPoint admin PIN
      'scenario-coverage scenarios.yaml:2', // no scenario for losing the Harbour Lane premises
      'scenario-coverage scenarios.yaml:2', // no cyber-incident scenario (the till and bookings are online)
      'recovery-time-unknown scenarios.yaml:22', // TillPoint's repair: how long is not known
      'unknown-fact scenarios.yaml:37', // bookings lost in an internet outage: Nina asks BiteBook
      'unknown-fact systems.yaml:29', // how critical BiteBook is
    ],
  },
  {
    name: 'accounting-firm',
    left: 'Priya Shah',
    expected: [
      'single-point-of-failure plan.yaml:57', // only David can lodge through the tax portal
      'scenario-coverage scenarios.yaml:2', // no scenario for LedgerDesk (the vendor) failing
      'recovery-time-unknown scenarios.yaml:20', // LedgerDesk's restore: how long is not known
      'unknown-fact scenarios.yaml:55', // ransomware RTO: waiting for the insurer
      'unknown-fact scenarios.yaml:81', // who leads if the office is lost
      'restore-untested systems.yaml:36', // nobody has restored the VaultDocs backup
      'unknown-fact systems.yaml:40', // where VaultDocs keeps the backup
    ],
  },
];

interface JsonDiagnostic {
  ruleId: string;
  file: string;
  line: number;
}

/** The plan-health part of the binder's text: the one place that names a person who left, to say what to fix. */
function withoutHealth(text: string): string {
  const start = text.lastIndexOf('Plan health\n');
  const end = text.indexOf('Revision history', start);
  return start < 0 ? text : text.slice(0, start) + (end < 0 ? '' : text.slice(end));
}

describe.each(examples)('examples/$name', ({ name, left, expected }) => {
  const planDir = path.join('examples', name);
  let out: string;
  beforeAll(async () => {
    assertCompiled();
    out = await mkdtemp(path.join(tmpdir(), `bcp-example-${name}-`));
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('lints to exactly its expected findings', async () => {
    const check = await runCli(['check', planDir, ...today, '--format', 'json']);
    expect(check.stderr).toBe('');
    const { diagnostics } = JSON.parse(check.stdout) as { diagnostics: JsonDiagnostic[] };
    const found = diagnostics.map((d) => `${d.ruleId} ${path.relative(planDir, d.file)}:${d.line}`);
    expect(found).toEqual(expected);
    expect(diagnostics.filter((d) => ['yaml', 'schema', 'reference'].includes(d.ruleId))).toEqual([]);
  });

  it('builds with the real CLI, and a person who left is in no call list, call tree, quick reference or contact', async () => {
    const build = await runCli(['build', planDir, '--out', out, ...today]);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const { stdout: binder } = await run('pdftotext', ['-layout', path.join(out, 'binder.pdf'), '-']);
    expect(binder, 'the plan-health page may name them').toBeTruthy();
    expect(withoutHealth(binder)).not.toContain(left);
    expect(withoutHealth(binder)).toMatch(/Call tree/);

    const siteDir = path.join(out, 'site');
    const files = (await readdir(siteDir, { recursive: true })).map(String);
    const pages = files.filter((file) => file.endsWith('.html') && file !== 'findings.html');
    for (const file of pages) {
      expect(plainText(await readFile(path.join(siteDir, file), 'utf8')), file).not.toContain(left);
    }
    expect(await brokenLinks(siteDir, files)).toEqual([]);
  }, 180_000);
});

describe('the example plans', () => {
  it('each keeps the brief it was written from', async () => {
    for (const { name } of examples) {
      const brief = await readFile(path.join(repoRoot, 'examples', name, 'BRIEF.md'), 'utf8');
      expect(brief, name).toMatch(/invented/);
    }
  });
});
