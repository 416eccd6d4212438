import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCompiled, runCli } from '../../helpers/run-cli.js';

/** Every file under `dir` whose name ends in `ext`. */
async function filesEnding(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => path.join(e.parentPath, e.name));
}

describe('a plan saved with Windows line ends (CRLF)', () => {
  let dir: string;
  beforeAll(async () => {
    assertCompiled();
    dir = await mkdtemp(path.join(tmpdir(), 'bcp-crlf-'));
    await cp('plan', path.join(dir, 'plan'), { recursive: true });
    for (const file of [
      ...(await filesEnding(path.join(dir, 'plan'), '.yaml')),
      ...(await filesEnding(path.join(dir, 'plan'), '.md')),
    ]) {
      await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r\n'));
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives a site with no carriage return in its HTML', async () => {
    const out = path.join(dir, 'dist');
    const result = await runCli(['build', path.join(dir, 'plan'), '--no-pdf', '--out', out, '--today', '2026-11-02']);
    expect(result.code).toBe(0);
    const pages = await filesEnding(out, '.html');
    expect(pages.length).toBeGreaterThan(10);
    const withCr: string[] = [];
    for (const page of pages) if ((await readFile(page, 'utf8')).includes('\r')) withCr.push(path.relative(out, page));
    expect(withCr).toEqual([]);
  });
});
