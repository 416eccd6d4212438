import { writeFile } from 'node:fs/promises';
import type { Diagnostic } from '../core/diagnostic.js';
import { findRepositoryRoot } from '../load/find-up.js';
import { loadFormatter } from '../report/load-formatter.js';
import { UsageError } from './exit-codes.js';
import { useColor, type CliIo } from './io.js';
import { failOn, formatName, shouldFail } from './options.js';

/** The options of every command that reports findings, with the short forms ESLint and Spectral users expect. */
export const reportOptions = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string', default: 'error' },
  quiet: { type: 'boolean', short: 'q', default: false },
  'max-warnings': { type: 'string' },
  today: { type: 'string' },
} as const;

export const reportHelp = `  -f, --format <name>     stylish (default), json, sarif or github
  -o, --output <file>     write the report to a file instead of the terminal
      --fail-on <level>   exit 1 on findings at or above: error (default), warning, info
  -q, --quiet             report errors only: warnings and notes are neither shown nor counted
      --max-warnings <n>  exit 1 when there are more than n warnings (as ESLint's option)`;

interface ReportValues {
  format?: string;
  output?: string;
  'fail-on'?: string;
  quiet?: boolean;
  'max-warnings'?: string;
}

/** The report options, checked before any work is done: a mistake in them is a usage error, not a late surprise. */
export function reportSettings(values: ReportValues): {
  format: ReturnType<typeof formatName>;
  threshold: ReturnType<typeof failOn>;
  maxWarnings?: number;
} {
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^[0-9]+$/.test(maxWarnings)) {
    throw new UsageError(`--max-warnings must be a whole number, not \`${maxWarnings}\``);
  }
  return {
    format: formatName(values.format),
    threshold: failOn(values['fail-on']),
    ...(maxWarnings === undefined ? {} : { maxWarnings: Number(maxWarnings) }),
  };
}

/**
 * Formats the findings, writes them to the terminal or `--output`, and returns whether they fail the run.
 * Paths in SARIF and annotations are relative to the repository that holds the plan, whatever the working directory.
 */
export async function writeReport(
  all: readonly Diagnostic[],
  values: ReportValues,
  io: CliIo,
  planDir: string,
  clean: string,
): Promise<boolean> {
  const { format, threshold, maxWarnings } = reportSettings(values);
  const diagnostics = values.quiet ? all.filter((d) => d.severity === 'error') : all;
  const root = findRepositoryRoot(planDir);
  const report = (await loadFormatter(format))(diagnostics, {
    color: useColor(io) && !values.output,
    cwd: io.cwd,
    ...(root ? { root } : {}),
  });
  if (values.output) {
    await writeFile(values.output, report).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot write the report to \`${values.output}\`: ${error.code ?? error.message}`);
    });
  } else io.stdout(report);
  if (format === 'stylish' && diagnostics.length === 0 && !values.output) io.stdout(`${clean}\n`);
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`bcp: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return true;
  }
  return shouldFail(diagnostics, threshold);
}
