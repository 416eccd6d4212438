import { parseArgs } from 'node:util';
import { checkPlan } from '../../pipeline/check.js';
import { effectiveRules, loadConfig } from '../../lint/config.js';
import { resolveToday } from '../../core/today.js';
import { ExitCode } from '../exit-codes.js';
import { useColor, type CliIo } from '../io.js';
import { planFolder } from '../options.js';
import { withProgress } from '../progress.js';
import { reportHelp, reportOptions, reportSettings, writeReport } from '../report-options.js';
import { formatters } from '../../report/index.js';

const options = {
  ...reportOptions,
  base: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'boolean', default: false },
} as const;

const shared = `Options:
${reportHelp}
      --today <date>      the date the rules take as today (YYYY-MM-DD; default BCP_TODAY, else the clock)
      --base <ref>        in a pull request: the base branch, to see whether the tech stack changed without the plan,
                          and to report risky changes to the plan (a target raised, a step or a person removed, a number)
  -c, --config <file>     lint configuration (default: the nearest bcp.config.yaml from the plan folder up to the
                          repository root)
      --print-config      show the configuration the rules would run with, and the file it came from, then stop
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
  reportSettings(values);
  const today = resolveToday(values.today, io.env);
  const planDir = planFolder(positionals);
  if (values['print-config']) return printConfig(values.config, planDir, io);
  const result = await withProgress(io, (step) =>
    checkPlan(planDir, {
      today,
      onProgress: step,
      ...(values.base ? { base: values.base } : {}),
      ...(values.config ? { configFile: values.config } : {}),
    }),
  );
  const configErrors = result.diagnostics.filter((d) => d.ruleId === 'config' && d.severity === 'error');
  if (mode === 'lint' && !result.model && configErrors.length > 0) {
    // The plan was never checked: the configuration stopped the run before it. Say that, not "the plan is invalid".
    io.stdout(formatters.stylish(configErrors, { color: useColor(io) }));
    io.stderr(`bcp: the lint configuration \`${configErrors[0]!.file}\` has errors, so nothing was linted; fix them\n`);
    return ExitCode.usage;
  }
  if (mode === 'lint' && !result.model) {
    io.stderr(
      `bcp: the plan in \`${planDir}\` is not valid, so it cannot be linted; run \`bcp validate ${planDir}\`\n`,
    );
    return ExitCode.usage;
  }
  const failed = await writeReport(result.diagnostics, values, io, planDir, `${planDir}: no problems`);
  return failed ? ExitCode.findings : ExitCode.ok;
}

/** As ESLint's `--print-config`: the settings in effect, as JSON, so a surprising result can be traced to its file. */
async function printConfig(file: string | undefined, planDir: string, io: CliIo): Promise<number> {
  const loaded = await loadConfig(file, planDir);
  const shown = { file: loaded.file ?? null, rules: effectiveRules(loaded.config) };
  io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
  if (loaded.diagnostics.length === 0) return ExitCode.ok;
  io.stderr(`bcp: ${loaded.file} has mistakes; run \`bcp check\` to see them\n`);
  return ExitCode.findings;
}
