import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gitEnv } from '../../src/git/run-git.js';

const exec = promisify(execFile);
const fixtures = path.resolve(import.meta.dirname, '../fixtures/lint');

/**
 * A real git repository in a temporary folder, with the plan in `plan/` and commits made on set dates. The
 * user's own git config is left out so that signing or hooks on a developer's machine cannot change the history.
 */
export class TestRepo {
  private constructor(readonly dir: string) {}

  /** A new repository on branch `main` holding the base fixture plan with `tech_paths: ['infra/**']`, not yet committed. */
  static async create(): Promise<TestRepo> {
    const repo = new TestRepo(await mkdtemp(path.join(tmpdir(), 'bcp-git-')));
    await repo.git('init', '--quiet', '--initial-branch=main');
    await cp(path.join(fixtures, 'base'), repo.planDir, { recursive: true });
    await cp(path.join(fixtures, 'tech-change-not-reflected', 'git-clean'), repo.planDir, { recursive: true });
    return repo;
  }

  get planDir(): string {
    return path.join(this.dir, 'plan');
  }

  async git(...args: string[]): Promise<string> {
    return this.gitAt(this.dir, args);
  }

  /** Writes a file, relative to the repository root, creating its folder. */
  async write(file: string, text: string): Promise<void> {
    await mkdir(path.dirname(path.join(this.dir, file)), { recursive: true });
    await writeFile(path.join(this.dir, file), text);
  }

  /** A change to the plan folder that is not a review: enough to make a plan commit. */
  async touchPlan(note: string): Promise<void> {
    await this.write('plan/notes.md', `${note}\n`);
  }

  async move(from: string, to: string): Promise<void> {
    await mkdir(path.dirname(path.join(this.dir, to)), { recursive: true });
    await rename(path.join(this.dir, from), path.join(this.dir, to));
  }

  /** Commits everything in the working tree, authored and committed on `date` (YYYY-MM-DD); returns the sha. */
  async commit(message: string, date: string): Promise<string> {
    await this.git('add', '--all');
    await this.gitAt(this.dir, ['commit', '--quiet', '--message', message], datedEnv(date));
    return this.git('rev-parse', 'HEAD');
  }

  /** Merges `branch` into the current branch with a merge commit on `date`. */
  async merge(branch: string, date: string): Promise<void> {
    await this.gitAt(this.dir, ['merge', '--quiet', '--no-ff', '--message', `Merge ${branch}`, branch], datedEnv(date));
  }

  /** A depth-1 clone, as CI checks out by default. file:// so that --depth is honoured for a local path. */
  async shallowClone(branch?: string): Promise<TestRepo> {
    const clone = new TestRepo(await mkdtemp(path.join(tmpdir(), 'bcp-git-shallow-')));
    const which = branch ? ['--branch', branch] : [];
    await this.gitAt(clone.dir, ['clone', '--quiet', '--depth', '1', ...which, `file://${this.dir}`, '.']);
    return clone;
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  private async gitAt(cwd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<string> {
    const identity = ['-c', 'user.name=Test Owner', '-c', 'user.email=owner@example.com', '-c', 'commit.gpgSign=false'];
    const env = { ...gitEnv(), GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...extraEnv };
    const { stdout } = await exec('git', [...identity, ...args], { cwd, env });
    return stdout.trim();
  }
}

function datedEnv(date: string): NodeJS.ProcessEnv {
  const stamp = `${date}T12:00:00Z`;
  return { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp };
}
