import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runningWith } from '../helpers/processes.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';
import { parseCalendar } from '../render/calendar/ical.js';

const today = ['--today', '2026-11-02'];
const epoch = { SOURCE_DATE_EPOCH: '1793836800' }; // 2026-11-05

describe('bcp build and bcp verify', () => {
  let dir: string;
  beforeAll(async () => {
    assertCompiled();
    dir = await mkdtemp(path.join(tmpdir(), 'bcp-build-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('builds the site and the binder, with a manifest that bcp verify accepts', async () => {
    const out = path.join(dir, 'full');
    const build = await runCli(['build', 'plan', '--out', out, ...today], epoch);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/site and binder\.pdf \(\d+ pages\) written; manifest\.json lists \d+ files/);
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as {
      files: object;
      generated: string;
    };
    expect(Object.keys(manifest.files)).toEqual(
      expect.arrayContaining(['binder.pdf', 'cards.pdf', 'plan.ics', 'site/index.html']),
    );
    expect(manifest.generated).toBe('2026-11-05');
    expect(await readFile(path.join(out, 'site', 'index.html'), 'utf8')).toContain('href="../cards.pdf"');
    expect(await runCli(['verify', out])).toMatchObject({ code: 0 });
  });

  it('writes plan.ics beside the site, listed in the manifest and linked from the site, with UIDs that stay', async () => {
    const first = path.join(dir, 'calendar-1');
    const second = path.join(dir, 'calendar-2');
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', first, ...today], epoch)).code).toBe(0);
    const later = ['--today', '2027-03-01'];
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', second, ...later], epoch)).code).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(first, 'manifest.json'), 'utf8')) as { files: object };
    expect(Object.keys(manifest.files)).toContain('plan.ics');
    const index = await readFile(path.join(first, 'site', 'index.html'), 'utf8');
    expect(index).toContain('href="../plan.ics"');
    const uids = async (out: string): Promise<string[]> =>
      parseCalendar(await readFile(path.join(out, 'plan.ics'), 'utf8'))
        .events.map((event) => event.uid)
        .sort();
    const before = await uids(first);
    expect(before.length).toBeGreaterThan(20);
    expect(await uids(second)).toEqual(before);
    expect(await readFile(path.join(first, 'plan.ics'), 'utf8')).toContain('DTSTAMP:20261105T000000Z\r\n');
  });

  it('bcp verify fails after one byte of one file changes, a file goes missing, or one is added', async () => {
    const out = path.join(dir, 'copy');
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today])).code).toBe(0);
    const page = path.join(out, 'site', 'contacts.html');
    const original = await readFile(page);
    const changed = Buffer.from(original);
    changed[100] = (changed[100] ?? 0) ^ 1;
    await writeFile(page, changed);
    const result = await runCli(['verify', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('changed     site/contacts.html');
    await writeFile(page, original);
    await appendFile(path.join(out, 'site', 'extra.html'), 'not ours');
    expect((await runCli(['verify', out])).stdout).toContain('unexpected  site/extra.html');
    await rm(path.join(out, 'site', 'extra.html'));
    expect((await runCli(['verify', out])).code).toBe(0);
    await rm(page);
    expect((await runCli(['verify', out])).stdout).toContain('missing     site/contacts.html');
  });

  it('gives byte-identical site files for the same plan, commit and SOURCE_DATE_EPOCH', async () => {
    const first = path.join(dir, 'same-1');
    const second = path.join(dir, 'same-2');
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', first, ...today], epoch)).code).toBe(0);
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', second, ...today], epoch)).code).toBe(0);
    expect(await readFile(path.join(second, 'manifest.json'), 'utf8')).toBe(
      await readFile(path.join(first, 'manifest.json'), 'utf8'),
    );
  });

  it('keeps the previous output when Chromium cannot start, and keeps the site that did build beside it', async () => {
    const out = path.join(dir, 'keep');
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today])).code).toBe(0);
    const before = await readFile(path.join(out, 'manifest.json'), 'utf8');
    const plan = path.join(dir, 'plan-changed');
    await cp('plan', plan, { recursive: true });
    const text = await readFile(path.join(plan, 'plan.yaml'), 'utf8');
    await writeFile(path.join(plan, 'plan.yaml'), text.replace("version: '3.2'", "version: '3.3'"));
    const result = await runCli(['build', plan, '--out', out, ...today], {
      PUPPETEER_EXECUTABLE_PATH: '/bin/false',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the binder could not be printed');
    expect(result.stderr).toContain('The browser at /bin/false did not start');
    expect(result.stderr).toContain(`\`${out}\` was left as it was`);
    expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).toBe(before);
    const partial = JSON.parse(await readFile(`${out}.partial/manifest.json`, 'utf8')) as { planVersion: string };
    expect(partial.planVersion).toBe('3.3');
    expect((await runCli(['verify', `${out}.partial`])).code).toBe(0);
  });

  it('with no browser at all, still writes the site and says how to get one', async () => {
    const out = path.join(dir, 'no-browser');
    const result = await runCli(['build', 'plan', '--out', out, ...today], {
      PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium',
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${out}: site written, with no binder`);
    expect(result.stderr).toContain(
      'bcp: the binder was not printed: PUPPETEER_EXECUTABLE_PATH is /nonexistent/chromium, which does not exist. To get a browser: `unset PUPPETEER_EXECUTABLE_PATH, or sudo apt-get install chromium`',
    );
    expect(existsSync(path.join(out, 'site', 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'binder.pdf'))).toBe(false);
    expect((await runCli(['verify', out])).code).toBe(0);
  });

  it('with no browser, never replaces an output that holds a binder: the site goes beside it', async () => {
    const out = path.join(dir, 'has-binder');
    expect((await runCli(['build', 'plan', '--out', out, ...today])).code).toBe(0);
    const before = await readFile(path.join(out, 'binder.pdf'));
    const result = await runCli(['build', 'plan', '--out', out, ...today], {
      PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`\`${out}\` was left as it was`);
    expect((await readFile(path.join(out, 'binder.pdf'))).equals(before)).toBe(true);
    expect(existsSync(path.join(`${out}.partial`, 'site', 'index.html'))).toBe(true);
  });

  it('keeps the previous output when the plan is invalid', async () => {
    const out = path.join(dir, 'invalid');
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today])).code).toBe(0);
    const before = await readFile(path.join(out, 'manifest.json'), 'utf8');
    const result = await runCli(['build', 'test/fixtures/validate/missing-required', '--out', out, ...today]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('scenario `crm-outage` has no `lead`');
    expect(result.stderr).toContain('nothing was built');
    expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('leaves no browser and no temporary folder behind when the plan turns out invalid', async () => {
    // Chromium starts while the plan is checked; an invalid plan must close it and remove its profile.
    const temp = await mkdtemp(path.join(tmpdir(), 'bi-'));
    try {
      const out = path.join(dir, 'invalid-with-binder');
      const result = await runCli(['build', 'test/fixtures/validate/missing-required', '--out', out, ...today], {
        TMPDIR: temp,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('nothing was built');
      expect(await runningWith(temp), 'no process runs with a folder in TMPDIR').toEqual([]);
      expect(await readdir(temp), 'no temporary folder is left').toEqual([]);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });

  it('never replaces a folder that bcp did not write', async () => {
    const out = path.join(dir, 'theirs');
    await mkdir(out);
    await writeFile(path.join(out, 'notes.txt'), 'my notes');
    const result = await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('was not written by bcp');
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('my notes');
  });
});
