import type { PlanComparison } from '../compare.js';
import type { PlanChange } from '../types.js';
import { capitalize, groupChanges, headline, itemLabel, outageLines, RISK_WORDS } from './group.js';

/** GitHub refuses a job summary over 1 MiB; a pull-request comment must stay under 65,536 characters. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

export interface MarkdownOptions {
  /** The most bytes the report may take (default: a job summary's limit). Lines past it are counted, not shown. */
  limit?: number;
}

/**
 * The comparison as GitHub-flavoured Markdown, for a job summary or a pull-request comment: risky changes
 * first, then what changes in an outage, then every change by section and item. Plan text is escaped, so a
 * name with `*` or `<` shows as written and cannot inject markup.
 */
export function formatMarkdown(comparison: PlanComparison, options: MarkdownOptions = {}): string {
  if (!comparison.ok) return `## Plan changes\n\nbcp could not compare the plan: ${escape(comparison.problem)}\n`;
  const limit = options.limit ?? JOB_SUMMARY_LIMIT;
  const { changes } = comparison.diff;
  const blocks = [`## Plan changes\n\n${escape(headline(comparison))}\n`];
  for (const note of comparison.notes) blocks.push(`> [!NOTE]\n> ${escape(capitalize(note))}.\n`);
  const risky = changes.filter((change) => change.risk);
  if (risky.length > 0) {
    const lines = capped(
      risky,
      (change) => `> - ${line(change)} (${escape(RISK_WORDS[change.risk ?? 'number-changed'])})`,
      '> - ',
    );
    blocks.push(
      `> [!WARNING]\n> **Look twice before merging: ${risky.length} risky change${risky.length === 1 ? '' : 's'}**\n>\n${lines.join('\n')}\n`,
    );
  }
  const outage = outageLines(changes);
  if (outage.length > 0) {
    blocks.push(`### What changes in an outage\n\n${capped(outage, (text) => `- ${escape(text)}`, '- ').join('\n')}\n`);
  }
  for (const group of groupChanges(changes)) {
    blocks.push(`### ${escape(group.title)}\n`);
    for (const { item, changes: itemChanges } of group.items) {
      const bullets = itemChanges.map((change) => `- ${escape(capitalize(change.summary))}${change.risk ? ' ⚠️' : ''}`);
      // A section that is one mapping (communication, the plan itself) has no items to name: its title says it.
      const label = item.id === undefined ? '' : `**${escape(capitalize(itemLabel(item)))}**\n\n`;
      blocks.push(`${label}${bullets.join('\n')}\n`);
    }
  }
  return fit(blocks, limit);
}

/** The lists at the top stay short enough to read: the rest is in the sections below. */
const TOP_LIST_LIMIT = 50;

function capped<T>(items: readonly T[], render: (item: T) => string, bullet: string): string[] {
  const shown = items.slice(0, TOP_LIST_LIMIT).map(render);
  const left = items.length - shown.length;
  return left > 0 ? [...shown, `${bullet}_and ${left} more, listed below_`] : shown;
}

function line(change: PlanChange): string {
  return `${escape(capitalize(itemLabel(change.item)))}: ${escape(change.summary)}`;
}

/** Keeps whole blocks while they fit, then says how many were left out: a cut in mid-table breaks the page. */
function fit(blocks: string[], limit: number): string {
  const footer = (left: number): string =>
    `\n_${left} more block${left === 1 ? '' : 's'} of changes not shown: the report would pass ${limit} bytes. Run \`bcp diff\` locally for all of them._\n`;
  let size = 0;
  const kept: string[] = [];
  for (const [index, block] of blocks.entries()) {
    const bytes = Buffer.byteLength(`${block}\n`);
    if (size + bytes + Buffer.byteLength(footer(blocks.length)) > limit) {
      return `${kept.join('\n')}${footer(blocks.length - index)}`;
    }
    kept.push(block);
    size += bytes;
  }
  return kept.join('\n');
}

/** Escapes Markdown outside the code spans bcp writes itself. */
export function escape(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[\\*_[\]<>|#~!]/g, (c) => `\\${c}`)))
    .join('');
}
