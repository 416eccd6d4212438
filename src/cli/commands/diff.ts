import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { comparePlan, type PlanComparison } from '../../diff/compare.js';
import { formatJson } from '../../diff/format/json.js';
import { formatMarkdown } from '../../diff/format/markdown.js';
import { formatText } from '../../diff/format/text.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { planFolder } from '../options.js';

const formats: Record<string, (comparison: PlanComparison, limit?: number) => string> = {
  text: formatText,
  markdown: (comparison, limit) => formatMarkdown(comparison, limit === undefined ? {} : { limit }),
  json: formatJson,
};

export const diffHelp = `Usage: bcp diff [planDir] [options]

Compares the plan folder (default: plan) with the same folder at a base commit, by meaning: scenarios, people,
vendors, systems, sites and communication matched by id (a renamed id is followed), and says what changes for
someone using the binder in an outage. Reordered keys and reformatted YAML are no change. Phone numbers and
e-mail addresses are shown only by their last digits or their domain.

Options:
  --base <ref>       compare with where this branch left <ref> (git merge-base <ref> HEAD), as a pull request
                     does; default HEAD: what is not committed yet
  --format <name>    text (default), markdown (for a job summary or a pull-request comment) or json
  --limit <bytes>    for markdown: the most bytes to write (default 1048576, a job summary's limit; a pull-request
                     comment takes 65536 characters, so give it 60000); what does not fit is counted, not shown
  -o, --output <file>  write the report to a file instead of the terminal

Exit codes: 0 compared (with or without changes), 2 no base to compare with (no git, unknown ref, shallow clone).
`;

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      base: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      limit: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const format = formats[values.format];
  if (!format)
    throw new UsageError(`unknown format \`${values.format}\`; use one of ${Object.keys(formats).join(', ')}`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1000)) {
    throw new UsageError(`--limit must be a number of bytes, 1000 or more, not \`${values.limit}\``);
  }
  const comparison = await comparePlan(planFolder(positionals), values.base);
  if (!comparison.ok) {
    io.stderr(`bcp: ${comparison.problem}\n`);
    return ExitCode.usage;
  }
  const report = format(comparison, limit);
  if (values.output) await writeFile(values.output, report);
  else io.stdout(report);
  return ExitCode.ok;
}
