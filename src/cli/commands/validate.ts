import { parseArgs } from 'node:util';
import { loadPlan } from '../../load/load-plan.js';
import { resolveToday } from '../../core/today.js';
import { validatePlan } from '../../validate/validate-plan.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { planFolder } from '../options.js';
import { withProgress } from '../progress.js';
import { reportHelp, reportOptions, reportSettings, writeReport } from '../report-options.js';

export const validateHelp = `Usage: bcp validate [planDir] [options]

Checks the plan folder (default: plan) against the plan schema and checks what no schema can:
ids that point nowhere, ids defined twice, an RTO longer than the MTD, Markdown files that are missing.

Options:
${reportHelp}
`;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: reportOptions, allowPositionals: true, strict: true });
  reportSettings(values);
  // Validation uses no date, but a wrong --today is still a mistake worth saying.
  resolveToday(values.today, io.env);
  const { plan, diagnostics } = await withProgress(io, async (step) => {
    step('reading the plan');
    const loaded = await loadPlan(planFolder(positionals));
    step('validating the plan');
    return { plan: loaded, diagnostics: validatePlan(loaded) };
  });
  const failed = await writeReport(diagnostics, values, io, plan.dir, `${plan.dir}: the plan is valid`);
  return failed ? ExitCode.findings : ExitCode.ok;
}
