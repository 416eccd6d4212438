import { severityRank, type Diagnostic, type Severity } from '../core/diagnostic.js';
import type { FormatName } from '../report/index.js';
import { formatNames } from '../report/load-formatter.js';
import { UsageError } from './exit-codes.js';

export function formatName(value: string | undefined): FormatName {
  const name = value ?? 'stylish';
  if (!formatNames.includes(name as FormatName)) {
    throw new UsageError(`unknown format \`${name}\`; use one of ${formatNames.join(', ')}`);
  }
  return name as FormatName;
}

export function failOn(value: string | undefined): Severity {
  const severity = value ?? 'error';
  if (!(severity in severityRank))
    throw new UsageError(`--fail-on must be error, warning or info, not \`${severity}\``);
  return severity as Severity;
}

/** Whether the findings should fail the run. */
export function shouldFail(diagnostics: readonly Diagnostic[], threshold: Severity): boolean {
  return diagnostics.some((d) => severityRank[d.severity] >= severityRank[threshold]);
}

/** The plan folder named on the command line (default `plan`); more than one is a mistake, not a list. */
export function planFolder(positionals: readonly string[]): string {
  if (positionals.length > 1)
    throw new UsageError(`give one plan folder, not ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0] ?? 'plan';
}
