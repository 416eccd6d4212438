import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gitVersion } from '../git/run-git.js';
import { findBrowser } from '../output/find-browser.js';
import { fontDir } from '../render/fonts.js';
import { FONT_FACES, FONT_FAMILY } from '../render/print/fonts.js';

const exec = promisify(execFile);

/** One thing bcp needs from the machine: what it found, or what is missing and the one command that fixes it. */
export interface DoctorCheck {
  name: 'browser' | 'fonts' | 'git';
  ok: boolean;
  /** What bcp will use, or what is wrong. */
  found: string;
  /** What the check is needed for, shown when it fails. */
  neededFor: string;
  fix?: string;
}

/** What `bcp doctor` reports: every check, so a user sees all that is missing at once. */
export async function runDoctor(env: NodeJS.ProcessEnv = process.env): Promise<DoctorCheck[]> {
  return Promise.all([browserCheck(env), fontCheck(), gitCheck(env)]);
}

async function browserCheck(env: NodeJS.ProcessEnv): Promise<DoctorCheck> {
  const neededFor = 'printing the binder (bcp build writes the site without it)';
  const search = await findBrowser(env);
  if (!search.found) return { name: 'browser', ok: false, found: search.problem, neededFor, fix: search.fix };
  const { executablePath, source } = search.found;
  const version = await versionOf(executablePath, ['--version'], env);
  const how = source === 'installed' ? '' : ` (from ${source})`;
  return { name: 'browser', ok: true, found: `${executablePath}${how}${version ? `: ${version}` : ''}`, neededFor };
}

async function fontCheck(): Promise<DoctorCheck> {
  const neededFor = 'the binder and the site, which carry their own typeface';
  try {
    const dir = fontDir();
    const missing = FONT_FACES.filter((face) => !existsSync(path.join(dir, face.file)));
    if (missing.length === 0) return { name: 'fonts', ok: true, found: `${FONT_FAMILY}, bundled in ${dir}`, neededFor };
    return {
      name: 'fonts',
      ok: false,
      found: `${missing.length} font files of ${FONT_FAMILY} are missing from ${dir}`,
      neededFor,
      fix: 'npm install (bcp-plan reinstalls its fonts)',
    };
  } catch {
    return {
      name: 'fonts',
      ok: false,
      found: `the package of ${FONT_FAMILY} is not installed`,
      neededFor,
      fix: 'npm install',
    };
  }
}

async function gitCheck(env: NodeJS.ProcessEnv): Promise<DoctorCheck> {
  const neededFor = 'the tech-change check and the revision history';
  const version = await gitVersion(env);
  if (version) return { name: 'git', ok: true, found: version, neededFor };
  const fix =
    process.platform === 'linux' && existsSync('/usr/bin/apt-get')
      ? 'sudo apt-get install git'
      : 'install git from https://git-scm.com';
  return { name: 'git', ok: false, found: 'git was not found on the PATH', neededFor, fix };
}

/** The last line a program prints for `--version` (Debian's chromium wrapper may print a shell warning first). */
async function versionOf(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const { stdout } = await exec(program, args, { env, timeout: 15_000 });
    return stdout.trim().split('\n').pop()?.trim() || undefined;
  } catch {
    return undefined;
  }
}
