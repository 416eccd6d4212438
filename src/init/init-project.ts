import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot, publishedUri } from '../core/package-info.js';
import { scaffold, type InitAnswers, type ScaffoldFile } from './scaffold.js';

/** Some of the files `bcp init` would write are there already: nothing was written. */
export class InitConflictError extends Error {
  override readonly name = 'InitConflictError';
  constructor(readonly existing: string[]) {
    super(`these files exist already, so nothing was written: ${existing.join(', ')}`);
  }
}

export interface InitResult {
  written: string[];
  /** .gitignore gained the output folder (it is added to, never replaced). */
  gitignore: 'created' | 'added' | 'unchanged';
}

/** What keeps the build output out of git. */
const IGNORED = ['/dist/', 'node_modules/'];

/**
 * Writes a new plan into `projectDir`: refuses, listing them, if any of its files exist, so nothing a user wrote is
 * ever replaced. .gitignore is the one file added to rather than refused: most repositories have one already.
 */
export async function initProject(projectDir: string, answers: InitAnswers): Promise<InitResult> {
  const files = scaffold(answers, schemaLocations(projectDir), await readWorkflow());
  const existing = files.filter((file) => existsSync(path.join(projectDir, file.path))).map((file) => file.path);
  if (existing.length > 0) throw new InitConflictError(existing);
  for (const file of files) await writeNew(projectDir, file);
  return { written: files.map((file) => file.path), gitignore: await ignoreOutput(projectDir) };
}

async function writeNew(projectDir: string, file: ScaffoldFile): Promise<void> {
  const target = path.join(projectDir, file.path);
  await mkdir(path.dirname(target), { recursive: true });
  // 'wx': a file that appeared since the check is still never overwritten.
  await writeFile(target, file.text, { flag: 'wx' });
}

async function ignoreOutput(projectDir: string): Promise<InitResult['gitignore']> {
  const file = path.join(projectDir, '.gitignore');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    await writeFile(file, `# bcp's build output\n${IGNORED.join('\n')}\n`, { flag: 'wx' });
    return 'created';
  }
  const lines = new Set(text.split(/\r?\n/).map((line) => line.trim()));
  const missing = IGNORED.filter((entry) => !lines.has(entry) && !lines.has(entry.replace(/^\//, '')));
  if (missing.length === 0) return 'unchanged';
  await appendFile(
    file,
    `${text.endsWith('\n') || text === '' ? '' : '\n'}# bcp's build output\n${missing.join('\n')}\n`,
  );
  return 'added';
}

/**
 * The schemas as the user's editor should find them: relative to the project when bcp is installed inside it
 * (node_modules/bcp-plan/schemas/…), else the published copy for this version.
 */
function schemaLocations(projectDir: string): { plan: string; config: string } {
  const installed = fileURLToPath(new URL('schemas/', packageRoot));
  const relative = path.relative(path.resolve(projectDir), installed);
  const inside =
    !relative.startsWith('..') && !path.isAbsolute(relative) && relative.split(path.sep).includes('node_modules');
  const at = (name: string): string =>
    inside ? [...relative.split(path.sep), name].join('/') : publishedUri(`schemas/${name}`);
  return { plan: at('plan.schema.json'), config: at('config.schema.json') };
}

async function readWorkflow(): Promise<string> {
  return readFile(new URL('docs/github-workflow.yml', packageRoot), 'utf8');
}
