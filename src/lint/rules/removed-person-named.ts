import type { PlanChange } from '../../diff/types.js';
import type { PlanPath } from '../../core/plan-path.js';
import type { PlanModel } from '../../model/plan-model.js';
import { isRecord } from '../../core/plan-schema.js';
import { riskyChanges } from '../changes/risky-changes.js';
import type { Finding, LintRule } from '../types.js';

/**
 * Someone removed from the plan, or marked as left, in a pull request, whose name is still written in a step, a
 * note or a procedure: "call Mei" in the binder sends a reader to someone who is gone. References by id are
 * already checked (an unknown id is invalid, and departed-person covers `status: left`); this rule reads the prose.
 * Exercises are left out: they record what happened, and who took part then stays true.
 */
const rule: LintRule = {
  id: 'removed-person-named',
  description: 'A person removed or marked as left in a pull request is still named in the plan’s text.',
  severity: 'warning',
  check(plan, context) {
    return riskyChanges(context, ['person-removed']).flatMap((change) => findings(plan, change));
  },
};

function findings(plan: PlanModel, change: PlanChange): Finding[] {
  const { name, id } = change.item;
  // A name of one word ("Sam") is too often an ordinary word or someone else's name to report on its own.
  if (!/\S\s+\S/.test(name)) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  const gone = change.kind === 'removed' ? 'was removed from the plan' : 'left';
  const message = `${name} ${gone} in this pull request but is still named here`;
  const hint = `Say who does this now, instead of ${name}.`;
  const found: Finding[] = [];
  for (const { path, value } of strings(plan.data, [])) {
    if (path[0] === 'exercises' || (path[0] === 'people' && ownEntry(plan, path, id))) continue;
    if (pattern.test(value)) found.push({ path, message, hint });
  }
  for (const file of plan.markdown.values()) {
    file.text.split('\n').forEach((text, index) => {
      const match = pattern.exec(text);
      if (match) found.push({ at: { file: file.path, line: index + 1, column: match.index + 1 }, message, hint });
    });
  }
  return found;
}

function ownEntry(plan: PlanModel, path: PlanPath, id: string | undefined): boolean {
  const index = path[1];
  return typeof index === 'number' && plan.data.people?.[index]?.id === id;
}

function* strings(value: unknown, path: (string | number)[]): Generator<{ path: PlanPath; value: string }> {
  if (typeof value === 'string') yield { path, value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default rule;
