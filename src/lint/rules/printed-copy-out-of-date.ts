import type { PrintedCopyFacts } from '../../diff/printed-copies.js';
import type { Copy } from '../../core/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';
import { changeWords } from '../changes/risky-changes.js';
import type { Finding, LintRule } from '../types.js';

/** How many changes a finding names before it says "and N more": the owner needs the gist, `bcp diff` has it all. */
const NAMED = 3;

/**
 * A binder in a safe is read on the worst day and checked on no other. A copy printed before a number, a step, a
 * trigger or a rerouting changed sends its reader to the old one: name the copy, who holds it and what changed,
 * so the owner knows which binder to replace. Changes that no reader acts on (a review date, a typo in an
 * exercise report) do not count.
 */
const rule: LintRule = {
  id: 'printed-copy-out-of-date',
  description: 'A printed copy of the plan was made before outage-relevant content changed.',
  severity: 'warning',
  check(plan, context) {
    return (context.printedCopies ?? []).flatMap((facts) => finding(plan, facts));
  },
};

function finding(plan: PlanModel, facts: PrintedCopyFacts): Finding[] {
  const copy = plan.data.plan.copies?.[facts.index];
  if (!copy?.printed) return [];
  const path = ['plan', 'copies', facts.index, 'printed'];
  const anchor = 'key' as const;
  const what = describeCopy(plan, copy);
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  const made = `printed on ${copy.printed.on}${copy.printed.version ? ` from version ${copy.printed.version}` : ''}`;
  const hint = 'Print the binder again (`bcp build`), replace this copy, and record the new print in `printed`.';
  if (facts.problem) {
    return [
      {
        path,
        anchor,
        severity: 'info',
        message: `bcp cannot tell whether ${what} is current: ${facts.problem}`,
        hint: 'Write the commit from the copy’s cover in `printed.commit`, or fetch the whole history.',
      },
    ];
  }
  if (facts.versionNow) {
    return [{ path, anchor, message: `${What} was ${made}; the plan is now version ${facts.versionNow}`, hint }];
  }
  if (facts.changes.length === 0) return [];
  const named = facts.changes.slice(0, NAMED).map(changeWords);
  const more = facts.changes.length - named.length;
  const since = `${facts.changes.length} change${facts.changes.length === 1 ? '' : 's'} that matter in an outage`;
  const commit = facts.from ? ` (commit ${facts.from.sha.slice(0, 7)})` : '';
  const list = `${named.join('; ')}${more > 0 ? `; and ${more} more (run \`bcp diff --base ${facts.from?.sha.slice(0, 7) ?? ''}\`)` : ''}`;
  return [{ path, anchor, message: `${What} was ${made}${commit}; since then, ${since}: ${list}`, hint }];
}

/** "the paper copy held by Eleanor Hartley (Red binder in Eleanor's home office)": the copy as its holder knows it. */
function describeCopy(plan: PlanModel, copy: Copy): string {
  const holder = copy.holder ? (plan.people.get(copy.holder)?.name ?? copy.holder) : undefined;
  const location = copy.location.length > 60 ? `${copy.location.slice(0, 59).trimEnd()}…` : copy.location;
  const format = copy.format === 'usb' ? 'USB ' : copy.format ? `${copy.format} ` : '';
  return `the ${format}copy${holder ? ` held by ${holder}` : ''} (${location})`;
}

export default rule;
