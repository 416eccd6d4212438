import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(src, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/**
 * A file that starts git: it can start processes, and it calls something with 'git' as the program (`spawn('git',`,
 * or `exec('git',` through a promisified alias).
 */
function spawnsGit(text: string): boolean {
  const startsProcesses = /from ['"](node:)?child_process['"]|require\(['"](node:)?child_process['"]\)|\bexeca\b/.test(
    text,
  );
  return startsProcesses && /\w\s*\(\s*['"`]git[\s'"`]/.test(text);
}

describe('git is run from one module', () => {
  it('src/git/ is the only folder that starts git', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(src)) {
      if (file.startsWith('git/')) continue;
      if (spawnsGit(await readFile(path.join(src, file), 'utf8'))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('finds a file that starts git, so the check above can fail', () => {
    expect(spawnsGit("import { execFile } from 'node:child_process';\nexecFile('git', ['log']);")).toBe(true);
    expect(spawnsGit("import { spawn } from 'child_process';\nspawn(`git`, []);")).toBe(true);
    expect(spawnsGit("import { exec } from 'node:child_process';\nexec('git log -1');")).toBe(true);
    expect(spawnsGit("import { execFile } from 'node:child_process';\nexecFile('fc-list', []);")).toBe(false);
    expect(spawnsGit("import { execFile } from 'node:child_process';\nconst check = { name: 'git' };")).toBe(false);
  });

  it('src/git/ does start git (the scan reads the files it should)', async () => {
    const files = (await sourceFiles(src)).filter((file) => file.startsWith('git/'));
    const texts = await Promise.all(files.map((file) => readFile(path.join(src, file), 'utf8')));
    expect(texts.some(spawnsGit)).toBe(true);
  });
});
