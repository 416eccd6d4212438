import type { PrintedCopyFacts } from '../../diff/printed-copies.js';
import type { PlanModel } from '../../model/plan-model.js';
import { reachableName } from './people.js';

/** A copy of the plan as the cover and the site list it. */
export interface CopyView {
  location: string;
  format: string | null;
  holder: string | null;
  /** "2026-11-24, version 3.2": when and from what it was printed, when the plan says. */
  printed: string | null;
  /** Made before a change that matters in an outage: this print replaces it. */
  replace: boolean;
}

export function copyViews(plan: PlanModel, facts: readonly PrintedCopyFacts[]): CopyView[] {
  return (plan.data.plan.copies ?? []).map((copy, index) => {
    const fact = facts.find((f) => f.index === index);
    const printed = copy.printed
      ? [
          copy.printed.on,
          copy.printed.version && `version ${copy.printed.version}`,
          copy.printed.commit && `commit ${copy.printed.commit.slice(0, 7)}`,
        ]
          .filter(Boolean)
          .join(', ')
      : null;
    return {
      location: copy.location,
      format: copy.format ?? null,
      // Someone who left holds no copy: the next reachable person does.
      holder: copy.holder ? reachableName(plan, copy.holder) : null,
      printed,
      replace: Boolean(fact && (fact.changes.length > 0 || fact.versionNow !== undefined)),
    };
  });
}
