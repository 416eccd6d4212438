import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildManifest, MANIFEST } from '../../src/output/manifest.js';
import { assertReplaceable, OutputNotOursError } from '../../src/output/publish.js';
import { verifyOutput } from '../../src/output/verify.js';
import { loadTemplates } from '../../src/render/templates.js';
import { assertCompiled } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/paths.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bcp-unreadable-'));
  cleanups.push(async () => {
    await chmod(dir, 0o755).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });
  // Another user must reach (and, for a build, write beside) the output: as root the CLI runs as nobody.
  await chmod(dir, 0o777);
  return dir;
}

/** A build's output: one file and the manifest that lists it. */
async function output(): Promise<string> {
  const out = path.join(await folder(), 'dist');
  await mkdir(out);
  await writeFile(path.join(out, 'plan.ics'), 'BEGIN:VCALENDAR\n');
  const about = { version: '1', organization: 'x', planVersion: '1', commit: null, generated: '2026-01-01' };
  const manifest = await buildManifest(out, about);
  await writeFile(path.join(out, MANIFEST), JSON.stringify(manifest));
  return out;
}

/**
 * Runs `bcp <args>` as a user without the permissions: root reads everything, so as root the CLI runs as nobody
 * (uid 65534); otherwise as the current user, whom the chmod already shuts out.
 */
function bcpWithoutPermission(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const env = { ...process.env, NO_COLOR: '1', BCP_TODAY: '' };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'bin', 'bcp.js'), ...args],
      { cwd: repoRoot, env, ...asNobody },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('a template-override folder that cannot be read', () => {
  it('fails the build with the path, instead of building without the overrides', async () => {
    const plan = await folder();
    await writeFile(path.join(plan, 'templates'), 'not a folder\n');
    await expect(loadTemplates(plan)).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('is no problem when the plan has none', async () => {
    await expect(loadTemplates(await folder())).resolves.toBeDefined();
  });
});

describe('bcp verify on a folder it cannot read', () => {
  beforeAll(() => assertCompiled());

  it('says the folder cannot be read (exit 2), not that every file is missing', async () => {
    const out = await output();
    // Files can be opened by name, but the folder cannot be listed.
    await chmod(out, 0o711);
    const result = await bcpWithoutPermission(['verify', out]);
    expect(result.stdout).not.toContain('missing');
    expect(result.stderr).toContain(`cannot read the folder \`${out}\`: permission denied`);
    expect(result.code).toBe(2);
  });

  it('a manifest that is a folder is an error with its path, not "no manifest"', async () => {
    const out = await output();
    await rm(path.join(out, MANIFEST));
    await mkdir(path.join(out, MANIFEST));
    await expect(verifyOutput(out)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('an output folder whose manifest cannot be read', () => {
  it('is a permission problem, not "not written by bcp"', async () => {
    const out = await output();
    await chmod(path.join(out, MANIFEST), 0o600);
    const result = await bcpWithoutPermission(['build', 'plan', '--out', out, '--no-pdf', '--today', '2026-11-02']);
    expect(result.stderr).not.toContain('not written by bcp');
    expect(result.stderr).toContain(`cannot open \`${path.join(out, MANIFEST)}\`: permission denied`);
    expect(result.code).toBe(2);
  });

  it('a manifest that is a folder is a file-system error, not OutputNotOursError', async () => {
    const out = await output();
    await rm(path.join(out, MANIFEST));
    await mkdir(path.join(out, MANIFEST));
    const refused = await assertReplaceable(out).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).not.toBeInstanceOf(OutputNotOursError);
    expect(refused).toMatchObject({ code: 'EISDIR' });
  });
});
