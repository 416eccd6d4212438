import { itemLabel } from '../../diff/format/group.js';
import type { PlanChange, Risk } from '../../diff/types.js';
import type { Finding, LintContext } from '../types.js';

/** The changes of a pull request that carry one of `risks`; none without `--base` or when the base is unknown. */
export function riskyChanges(context: LintContext, risks: readonly Risk[]): PlanChange[] {
  const changes = context.changes;
  if (!changes?.ok) return [];
  return changes.diff.changes.filter((change) => change.risk !== undefined && risks.includes(change.risk));
}

/**
 * A change in a finding's words: what and where, without the tail of a number the diff shows reviewers
 * (findings go to CI logs and code scanning, kept by others: they name the path of a value, never the value).
 */
export function changeWords(change: PlanChange): string {
  const summary = change.summary.replace(/\s*\((now )?ending in [^)]*\)/g, '');
  return `${itemLabel(change.item)}: ${summary}`;
}

/** A finding at the changed value (or, for something removed, at the nearest place that still exists). */
export function changeFinding(change: PlanChange, message: string, hint: string): Finding {
  return { path: change.path, message, hint };
}
