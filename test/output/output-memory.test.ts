import { appendFile, cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMemory, prepareBuild, writeBuild } from '../../src/pipeline/build.js';
import { verifyOutput } from '../../src/output/verify.js';
import { OutputMemory } from '../../src/output/output-memory.js';
import { existsSync } from 'node:fs';
import { repoRoot } from '../helpers/paths.js';

let work: string;
let planDir: string;
let out: string;
const options = { today: '2026-11-02', paper: 'a4' as const };

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'bcp-output-memory-'));
  planDir = path.join(work, 'plan');
  out = path.join(work, 'dist');
  await cp(path.join(repoRoot, 'plan'), planDir, { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

const inode = async (file: string): Promise<number> => (await stat(path.join(out, file))).ino;

describe('a watch build writes only the files that changed', () => {
  it('links the unchanged files, writes the changed ones, and its manifest still checks out', async () => {
    const memory = buildMemory();
    await writeBuild(await prepareBuild(planDir, options), { out, memory, paper: options.paper }, 'none');
    const before = {
      contacts: await inode('site/contacts.html'),
      css: await inode('site/assets/site.css'),
      index: await inode('site/index.html'),
    };
    // The organisation's name is on every page; a scenario's title only on some.
    const scenarios = path.join(planDir, 'scenarios-systems.yaml');
    await writeFile(scenarios, (await readFile(scenarios, 'utf8')).replace(/title: (.*)/, 'title: $1 (edited)'));
    await writeBuild(await prepareBuild(planDir, options), { out, memory, paper: options.paper }, 'none');
    expect(await inode('site/contacts.html')).toBe(before.contacts);
    expect(await inode('site/assets/site.css')).toBe(before.css);
    expect(await inode('site/index.html')).not.toBe(before.index);
    expect(await readFile(path.join(out, 'site/index.html'), 'utf8')).toContain('(edited)');
    expect(await verifyOutput(out)).toMatchObject({ ok: true });
  });

  it('writes again a file that was changed in the output since bcp published it', async () => {
    const memory = buildMemory();
    await writeBuild(await prepareBuild(planDir, options), { out, memory, paper: options.paper }, 'none');
    const contacts = path.join(out, 'site/contacts.html');
    const published = await readFile(contacts, 'utf8');
    await appendFile(contacts, '<!-- changed by hand -->');
    await writeBuild(await prepareBuild(planDir, options), { out, memory, paper: options.paper }, 'none');
    expect(await readFile(contacts, 'utf8')).toBe(published);
    expect(await verifyOutput(out)).toMatchObject({ ok: true });
  });

  // A USB stick (FAT) or some network shares have no hard links; another device has none to here either.
  it.skipIf(!existsSync('/dev/shm'))('writes the file when it cannot be linked', async () => {
    const memory = new OutputMemory();
    const published = await mkdtemp(path.join(work, 'published-'));
    const elsewhere = await mkdtemp(path.join('/dev/shm', 'bcp-staging-'));
    try {
      await writeFile(path.join(published, 'a.html'), 'same');
      memory.begin();
      memory.wrote('a.html', 'same');
      await memory.publishedTo(published, { 'a.html': { sha256: memory.known('a.html')!.sha256, bytes: 4 } });
      memory.begin();
      expect(await memory.linkUnchanged(published, elsewhere, 'a.html', 'same')).toBe(false);
      const staging = await mkdtemp(path.join(work, 'staging-'));
      expect(await memory.linkUnchanged(published, staging, 'a.html', 'other')).toBe(false);
      expect(await memory.linkUnchanged(published, staging, 'a.html', 'same')).toBe(true);
      expect(memory.known('a.html')).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string, bytes: 4 });
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
