import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/load/read-markdown.js';
import { fixtureDir } from '../helpers/paths.js';

// Symlinks and odd encodings are built in a temporary folder: git and editors do not keep them reliably.
let root: string;
let planDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'bcp-read-markdown-'));
  planDir = path.join(root, 'plan');
  await mkdir(path.join(planDir, 'procedures'), { recursive: true });
  await writeFile(path.join(root, 'secret.md'), '# Not part of the plan\n');
  await writeFile(path.join(planDir, 'procedures', 'crm-outage.md'), '# CRM outage\n\n1. Call the vendor\n');
  await writeFile(path.join(planDir, 'procedures', 'latin1.md'), Buffer.from('# Caf\xe9\n', 'latin1'));
  await symlink(path.join(root, 'secret.md'), path.join(planDir, 'procedures', 'link.md'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readMarkdown', () => {
  it('reads and parses a Markdown file inside the plan folder', async () => {
    const result = await readMarkdown(planDir, 'procedures/crm-outage.md');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.file.relative).toBe('procedures/crm-outage.md');
      expect(result.file.tree.children.map((node) => node.type)).toEqual(['heading', 'list']);
    }
  });

  it('refuses a path that climbs out of the plan folder, even when the file exists', async () => {
    const result = await readMarkdown(fixtureDir('path-escape/plan'), '../outside.md');
    expect(result).toEqual({ ok: false, problem: 'points outside the plan folder; keep procedures inside it' });
  });

  it('refuses a symlink to a file outside the plan folder', async () => {
    expect(await readMarkdown(planDir, 'procedures/link.md')).toEqual({
      ok: false,
      problem: 'is a link to a file outside the plan folder; keep procedures inside it',
    });
  });

  it.each(['/etc/passwd.md', 'procedures\\crm-outage.md'])(
    'refuses %s, which is not a relative path',
    async (given) => {
      const result = await readMarkdown(planDir, given);
      expect(result).toMatchObject({ ok: false, problem: expect.stringContaining('not a path relative') as unknown });
    },
  );

  it('reports a missing file', async () => {
    expect(await readMarkdown(planDir, 'procedures/nope.md')).toEqual({
      ok: false,
      problem: 'does not exist in the plan folder',
    });
  });

  it('reports a file that is not UTF-8, with its line', async () => {
    expect(await readMarkdown(planDir, 'procedures/latin1.md')).toEqual({
      ok: false,
      problem: 'is not UTF-8 (line 1); save it as UTF-8',
    });
  });
});
