import { parseArgs } from 'node:util';
import { loadPlan } from '../../load/load-plan.js';
import { formatters } from '../../report/index.js';
import { validatePlan } from '../../validate/validate-plan.js';
import { ExitCode } from '../exit-codes.js';
import { useColor, type CliIo } from '../io.js';
import { failOn, formatName, reportOptions, shouldFail } from '../options.js';

export const validateHelp = `Usage: bcp validate [planDir] [options]

Checks the plan folder (default: plan) against the plan schema and checks what no schema can:
ids that point nowhere, ids defined twice, an RTO longer than the MTD, Markdown files that are missing.

Options:
  --format <name>    stylish (default) or json
  --fail-on <level>  exit 1 on findings at or above: error (default), warning, info
`;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: reportOptions, allowPositionals: true, strict: true });
  const format = formatName(values.format);
  const threshold = failOn(values['fail-on']);
  const plan = await loadPlan(positionals[0] ?? 'plan');
  const diagnostics = validatePlan(plan);
  io.stdout(formatters[format](diagnostics, { color: useColor(io) }));
  if (format === 'stylish' && diagnostics.length === 0) io.stdout(`${plan.dir}: the plan is valid\n`);
  return shouldFail(diagnostics, threshold) ? ExitCode.findings : ExitCode.ok;
}
