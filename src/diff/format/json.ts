import { formatPath } from '../../core/plan-path.js';
import type { PlanComparison } from '../compare.js';

/** The comparison for programs. `summary` and `outage` are Markdown inline text (ids in code spans). */
export function formatJson(comparison: PlanComparison): string {
  if (!comparison.ok) return `${JSON.stringify({ ok: false, problem: comparison.problem }, null, 2)}\n`;
  const { base, diff, notes } = comparison;
  const changes = diff.changes.map((change) => ({
    section: change.item.section,
    noun: change.item.noun,
    ...(change.item.id === undefined ? {} : { id: change.item.id }),
    name: change.item.name,
    kind: change.kind,
    summary: change.summary,
    ...(change.outage ? { outage: change.outage } : {}),
    path: formatPath(change.path),
    ...(change.risk ? { risk: change.risk } : {}),
    outageRelevant: change.outageRelevant,
  }));
  const renames = diff.renames.map((r) => ({
    list: r.list.join('.'),
    from: r.from,
    to: r.to,
    sameContent: r.sameContent,
  }));
  return `${JSON.stringify({ ok: true, base, changes, renames, notes }, null, 2)}\n`;
}
