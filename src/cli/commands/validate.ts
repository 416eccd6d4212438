import { parseArgs } from 'node:util';
import { loadPlan } from '../../load/load-plan.js';
import { resolveToday } from '../../model/today.js';
import { formatters } from '../../report/index.js';
import { validatePlan } from '../../validate/validate-plan.js';
import { ExitCode } from '../exit-codes.js';
import { useColor, type CliIo } from '../io.js';
import { withProgress } from '../progress.js';
import { failOn, formatName, planFolder, reportOptions, shouldFail } from '../options.js';

export const validateHelp = `Usage: bcp validate [planDir] [options]

Checks the plan folder (default: plan) against the plan schema and checks what no schema can:
ids that point nowhere, ids defined twice, an RTO longer than the MTD, Markdown files that are missing.

Options:
  --format <name>    stylish (default), json, sarif or github
  --fail-on <level>  exit 1 on findings at or above: error (default), warning, info
`;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: reportOptions, allowPositionals: true, strict: true });
  const format = formatName(values.format);
  const threshold = failOn(values['fail-on']);
  // Validation uses no date, but a wrong --today is still a mistake worth saying.
  resolveToday(values.today, io.env);
  const { plan, diagnostics } = await withProgress(io, async (step) => {
    step('reading the plan');
    const loaded = await loadPlan(planFolder(positionals));
    step('validating the plan');
    return { plan: loaded, diagnostics: validatePlan(loaded) };
  });
  io.stdout(formatters[format](diagnostics, { color: useColor(io) }));
  if (format === 'stylish' && diagnostics.length === 0) io.stdout(`${plan.dir}: the plan is valid\n`);
  return shouldFail(diagnostics, threshold) ? ExitCode.findings : ExitCode.ok;
}
