import path from 'node:path';
import { parseArgs } from 'node:util';
import { InitConflictError, initProject } from '../../init/init-project.js';
import type { InitAnswers } from '../../init/scaffold.js';
import { resolveToday } from '../../core/today.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { CliIo } from '../io.js';

const options = {
  org: { type: 'string' },
  owner: { type: 'string' },
  role: { type: 'string' },
  phone: { type: 'string' },
  plan: { type: 'string', default: 'plan' },
  today: { type: 'string' },
} as const;

export const initHelp = `Usage: bcp init [dir] [options]

Starts a continuity plan in the project folder dir (default: the current folder): the plan files in plan/ with
commented examples, bcp.config.yaml, the GitHub Actions workflow .github/workflows/plan.yml, and the output folder
in .gitignore. Nothing is ever overwritten: if any of these files exist, bcp lists them and writes nothing.

On a terminal, bcp asks for what the options below did not give; elsewhere (CI, scripts) give them all.

Options:
  --org <name>     the business the plan protects
  --owner <name>   the plan owner: the person who keeps the plan current
  --role <role>    the owner's role (default: Plan owner)
  --phone <num>    the number to reach the owner on in an outage
  --plan <dir>     the plan folder, inside dir (default: plan)
  --today <date>   the date of the first review (YYYY-MM-DD; default BCP_TODAY, else the clock)
`;

type Question = { key: 'org' | 'owner' | 'phone'; message: string };

const QUESTIONS: Question[] = [
  { key: 'org', message: 'The business this plan protects' },
  { key: 'owner', message: 'The plan owner (the person who keeps it current)' },
  { key: 'phone', message: "The owner's phone number in an outage" },
];

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
  if (positionals.length > 1) throw new UsageError(`give one folder, not ${positionals.length}`);
  const projectDir = path.resolve(io.cwd, positionals[0] ?? '.');
  const planDir = checkPlanDir(values.plan);
  const today = resolveToday(values.today, io.env);
  const given = { org: values.org, owner: values.owner, phone: values.phone };
  const answered = await ask(given, io);
  if (answered === undefined) {
    io.stderr('bcp: stopped; nothing was written\n');
    return 130;
  }
  const answers: InitAnswers = {
    organization: answered.org,
    owner: answered.owner,
    ownerRole: values.role?.trim() || 'Plan owner',
    ownerPhone: answered.phone,
    planDir,
    today,
  };
  try {
    const result = await initProject(projectDir, answers);
    io.stdout(summary(result.written, result.gitignore, planDir));
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof InitConflictError) {
      io.stderr(
        `bcp: these files exist already in ${projectDir}, so nothing was written:\n${error.existing.map((file) => `  ${file}\n`).join('')}` +
          'Move them away, or give another folder or --plan.\n',
      );
      return ExitCode.usage;
    }
    throw error;
  }
}

function checkPlanDir(value: string): string {
  const normal = path.posix.normalize(value.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (normal === '' || normal === '.' || normal.startsWith('..') || path.posix.isAbsolute(normal)) {
    throw new UsageError(`--plan must be a folder inside the project, like \`plan\`, not \`${value}\``);
  }
  return normal;
}

/** Asks on a terminal for what the options did not give; elsewhere a missing answer is a usage error. */
async function ask(
  given: Partial<Record<Question['key'], string | undefined>>,
  io: CliIo,
): Promise<Record<Question['key'], string> | undefined> {
  const missing = QUESTIONS.filter((question) => !given[question.key]?.trim());
  if (missing.length > 0 && !io.interactive) {
    throw new UsageError(
      `bcp init needs ${missing.map((question) => `--${question.key}`).join(', ')} when it cannot ask (not a terminal, or CI)`,
    );
  }
  const answers: Partial<Record<Question['key'], string>> = {};
  for (const question of QUESTIONS) answers[question.key] = given[question.key]?.trim();
  if (missing.length === 0) return answers as Record<Question['key'], string>;
  // Loaded only when someone is there to answer.
  const { input } = await import('@inquirer/prompts');
  try {
    for (const question of missing) {
      answers[question.key] = (await input({ message: question.message, required: true })).trim();
    }
  } catch (error) {
    if ((error as Error).name === 'ExitPromptError') return undefined;
    throw error;
  }
  return answers as Record<Question['key'], string>;
}

function summary(written: string[], gitignore: string, planDir: string): string {
  const ignore =
    gitignore === 'unchanged' ? '' : `  .gitignore (${gitignore === 'created' ? 'new' : 'output folder added'})\n`;
  return `Wrote:\n${written.map((file) => `  ${file}\n`).join('')}${ignore}
Next:
  npx bcp check ${planDir}     says what to fill in next
  npx bcp build ${planDir}     the binder (dist/binder.pdf) and the offline site (dist/site/index.html)
  commit, and the workflow checks the plan on every pull request
`;
}
