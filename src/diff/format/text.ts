import type { PlanComparison } from '../compare.js';
import { capitalize, groupChanges, headline, itemLabel, outageLines, RISK_WORDS } from './group.js';

/** The comparison for a terminal: the same parts as the Markdown report, without markup. */
export function formatText(comparison: PlanComparison): string {
  if (!comparison.ok) return `bcp could not compare the plan: ${comparison.problem}\n`;
  const { changes } = comparison.diff;
  const out = [plain(headline(comparison))];
  for (const note of comparison.notes) out.push(`Note: ${plain(capitalize(note))}.`);
  const risky = changes.filter((change) => change.risk);
  if (risky.length > 0) {
    out.push('', 'Look twice before merging:');
    for (const change of risky) {
      out.push(`  ! ${plain(capitalize(itemLabel(change.item)))}: ${plain(change.summary)}`);
      out.push(`    ${RISK_WORDS[change.risk ?? 'number-changed']}`);
    }
  }
  const outage = outageLines(changes);
  if (outage.length > 0) out.push('', 'What changes in an outage:', ...outage.map((text) => `  - ${plain(text)}`));
  for (const group of groupChanges(changes)) {
    out.push('', plain(group.title));
    for (const { item, changes: itemChanges } of group.items) {
      const indent = item.id === undefined ? '  ' : '    ';
      if (item.id !== undefined) out.push(`  ${plain(capitalize(itemLabel(item)))}`);
      for (const change of itemChanges) out.push(`${indent}- ${plain(capitalize(change.summary))}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const plain = (text: string): string => text.replace(/`/g, '');
