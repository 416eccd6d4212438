import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkPlan } from '../../check.js';
import { resolveToday } from '../../model/today.js';
import { formatters } from '../../report/index.js';
import { ExitCode } from '../exit-codes.js';
import { useColor, type CliIo } from '../io.js';
import { failOn, formatName, planFolder, reportOptions, shouldFail } from '../options.js';

const options = {
  ...reportOptions,
  base: { type: 'string' },
  config: { type: 'string' },
  output: { type: 'string' },
} as const;

const shared = `Options:
  --format <name>    stylish (default), json, sarif or github
  --output <file>    write the report to a file instead of the terminal
  --fail-on <level>  exit 1 on findings at or above: error (default), warning, info
  --today <date>     the date the rules take as today (YYYY-MM-DD; default BCP_TODAY, else the clock)
  --base <ref>       in a pull request: the base branch, to see whether the tech stack changed without the plan,
                     and to report risky changes to the plan (a target raised, a step or a person removed, a number)
  --config <file>    lint configuration (default: bcp.config.yaml in the working directory, if present)
`;

export const checkHelp = `Usage: bcp check [planDir] [options]

Validates the plan folder (default: plan) and lints it for rot. This is the command CI runs.

${shared}`;

export const lintHelp = `Usage: bcp lint [planDir] [options]

Lints a valid plan for rot: untested scenarios, stale tool names, overdue reviews, backups that cannot meet
the RPO, single points of failure, people who left, a tech stack that changed without the plan.

${shared}`;

/** `bcp check` and `bcp lint`: the same pipeline; lint refuses an invalid plan instead of reporting it. */
export async function checkCommand(args: string[], io: CliIo, mode: 'check' | 'lint' = 'check'): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
  const format = formatName(values.format);
  const threshold = failOn(values['fail-on']);
  const today = resolveToday(values.today, io.env);
  const planDir = planFolder(positionals);
  const result = await checkPlan(planDir, {
    today,
    ...(values.base ? { base: values.base } : {}),
    ...(values.config ? { configFile: values.config } : {}),
  });
  if (mode === 'lint' && !result.model) {
    io.stderr(
      `bcp: the plan in \`${planDir}\` is not valid, so it cannot be linted; run \`bcp validate ${planDir}\`\n`,
    );
    return ExitCode.usage;
  }
  const report = formatters[format](result.diagnostics, { color: useColor(io) && !values.output, cwd: io.cwd });
  if (values.output) await writeFile(values.output, report);
  else io.stdout(report);
  if (format === 'stylish' && result.diagnostics.length === 0 && !values.output) io.stdout(`${planDir}: no problems\n`);
  return shouldFail(result.diagnostics, threshold) ? ExitCode.findings : ExitCode.ok;
}
