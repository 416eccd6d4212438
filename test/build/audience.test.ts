import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Audience } from '../../src/model/sensitive-fields.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';
import { leaksIn, outputTexts, secretsFor } from './leak-finder.js';

const today = ['--today', '2026-11-27'];
const env = { SOURCE_DATE_EPOCH: '1795000000' };

let root: string;
beforeAll(async () => {
  assertCompiled();
  root = await mkdtemp(path.join(tmpdir(), 'bcp-audience-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Builds with the real CLI and returns every output file that shows a value the audience may not see. */
async function leaksAfterBuild(planDir: string, audience: Audience, extra: string[] = []): Promise<string[]> {
  const out = path.join(root, `${path.basename(planDir)}-${audience}`);
  const build = await runCli(['build', planDir, '--out', out, '--audience', audience, ...today, ...extra], env);
  expect(build.stderr).toBe('');
  expect(build.code).toBe(0);
  const secrets = await secretsFor(planDir, audience);
  const texts = await outputTexts(out);
  expect(texts.map((t) => t.file)).toEqual(expect.arrayContaining(['manifest.json', 'plan.ics', 'site/index.html']));
  if (!extra.includes('--no-pdf'))
    expect(texts.map((t) => t.file)).toEqual(expect.arrayContaining(['binder.pdf', 'cards.pdf', 'extracts.pdf']));
  return texts.flatMap(({ file, text }) => leaksIn(text, secrets).map((s) => `${file}: ${s.where} "${s.text}"`));
}

describe('bcp build --audience', () => {
  it('finds values to hide in the example plan (the check is not vacuous)', async () => {
    const staff = await secretsFor('plan', 'staff');
    const pub = await secretsFor('plan', 'public');
    expect(staff.length).toBeGreaterThan(3);
    expect(pub.length).toBeGreaterThan(staff.length + 10);
    expect(pub.filter((s) => s.phone).length).toBeGreaterThan(5);
  });

  it('owners (the default) see everything: the output is the same byte for byte as a build without --audience', async () => {
    const owners = path.join(root, 'owners');
    const plain = path.join(root, 'default');
    expect(
      (await runCli(['build', 'plan', '--out', owners, '--audience', 'owners', '--no-pdf', ...today], env)).code,
    ).toBe(0);
    expect((await runCli(['build', 'plan', '--out', plain, '--no-pdf', ...today], env)).code).toBe(0);
    const files = (await readdir(plain, { recursive: true })).map(String).sort();
    expect((await readdir(owners, { recursive: true })).map(String).sort()).toEqual(files);
    for (const file of files.filter((f) => f.includes('.'))) {
      expect(await readFile(path.join(owners, file)), file).toEqual(await readFile(path.join(plain, file)));
    }
    // The owners' copy does show the values the others may not see.
    const secrets = await secretsFor('plan', 'public');
    const contacts = await readFile(path.join(owners, 'site', 'contacts.html'), 'utf8');
    expect(leaksIn(contacts, secrets).length).toBeGreaterThan(5);
  });

  it.each(['staff', 'public'] as const)(
    '%s: no output of the example plan, PDFs included, shows a hidden value',
    async (audience) => {
      expect(await leaksAfterBuild('plan', audience)).toEqual([]);
    },
  );

  it.each(['cafe', 'clinic', 'accounting-firm'])(
    'public: no site file of examples/%s shows personal or secret values',
    async (name) => {
      const planDir = path.join('examples', name);
      expect((await secretsFor(planDir, 'public')).length).toBeGreaterThan(0);
      expect(await leaksAfterBuild(planDir, 'public', ['--no-pdf'])).toEqual([]);
    },
  );

  it('refuses an audience it does not know, with a usage error', async () => {
    const result = await runCli(['build', 'plan', '--out', path.join(root, 'bad'), '--audience', 'everyone', ...today]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--audience must be owners, staff or public/);
  });
});
