import { parseArgs } from 'node:util';
import { BinderFailedError, buildPlan, PlanInvalidError } from '../../pipeline/build.js';
import { fsProblem } from '../../fs/fs-problem.js';
import { OutputNotOursError } from '../../output/publish.js';
import { formatters } from '../../report/index.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { useColor, type CliIo } from '../io.js';
import { planFolder } from '../options.js';
import { outputHelp, outputOptions, readOutputOptions } from '../output-options.js';
import { progressReporter } from '../progress.js';

const options = outputOptions;

export const buildHelp = `Usage: bcp build [planDir] [options]

Renders the plan folder (default: plan) into <out>/site (an offline site: open site/index.html from disk)
and <out>/binder.pdf (the printable binder), <out>/cards.pdf (a wallet card for each person),
<out>/extracts.pdf (a page per team), <out>/plan.ics (a calendar of what falls due: reviews, exercises,
exercise actions, restore tests), with <out>/manifest.json holding a SHA-256 of every file.
The output is replaced only when the whole build succeeded; a failed build leaves it untouched.

Options:
${outputHelp}

Environment:
  SOURCE_DATE_EPOCH          seconds since 1970: the generated date, for reproducible output
  PUPPETEER_EXECUTABLE_PATH  the Chrome, Chromium or Edge to print with (also CHROME_PATH); otherwise bcp looks in
                             the usual install paths, then in puppeteer's cache. \`bcp doctor\` says which it found.
                             With none, the site is still written and the exit code is 2.
`;

export async function buildCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
  const planDir = planFolder(positionals);
  const output = readOutputOptions(values, io);
  const epoch = sourceDateEpoch(io.env.SOURCE_DATE_EPOCH);
  const progress = progressReporter(io);
  try {
    const result = await buildPlan(planDir, {
      ...output,
      onProgress: progress.step,
      ...(epoch === undefined ? {} : { sourceDateEpoch: epoch }),
    });
    progress.done();
    // Written, but something in it will not show: said on stderr, and the build still succeeds.
    if (result.outputWarnings.length > 0) {
      io.stderr(formatters.stylish(result.outputWarnings, { color: useColor(io) }));
    }
    if (result.noBrowser) {
      io.stdout(`${result.out}: site written, with no binder; manifest.json lists ${result.files.length} files\n`);
      io.stderr(
        `bcp: the binder was not printed: ${result.noBrowser.problem}. To get a browser: \`${result.noBrowser.fix}\`, then build again (\`--no-pdf\` builds the site alone)\n`,
      );
      return ExitCode.usage;
    }
    const binder = result.pages === null ? 'no binder (--no-pdf)' : `binder.pdf (${result.pages} pages)`;
    io.stdout(`${result.out}: site and ${binder} written; manifest.json lists ${result.files.length} files\n`);
    return ExitCode.ok;
  } catch (error) {
    progress.done();
    return reportFailure(error, io, values.out);
  }
}

function reportFailure(error: unknown, io: CliIo, out: string): number {
  if (error instanceof PlanInvalidError) {
    io.stdout(formatters.stylish(error.diagnostics, { color: useColor(io) }));
    io.stderr(`bcp: the plan is not valid, so nothing was built; \`${out}\` was left as it was\n`);
    return ExitCode.findings;
  }
  if (error instanceof BinderFailedError) {
    io.stderr(
      `bcp: the binder could not be printed: ${error.message}\n` +
        `bcp: \`${out}\` was left as it was; the site that did build is in \`${error.partial}\`\n`,
    );
    return ExitCode.usage;
  }
  if (error instanceof OutputNotOursError) throw new UsageError(error.message);
  const problem = fsProblem(error);
  if (problem) throw new UsageError(`${problem}. \`${out}\` was left as it was`);
  throw error;
}

function sourceDateEpoch(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[0-9]+$/.test(value))
    throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not \`${value}\``);
  return Number(value);
}
