import { changeFinding, changeWords, riskyChanges } from '../changes/risky-changes.js';
import type { LintRule } from '../types.js';

/**
 * A pull request that raises an RTO, RPO or MTD makes the business accept a longer outage or more lost data.
 * That can be right (the old target was never met), but it should be a decision, not a side effect of an edit.
 */
const rule: LintRule = {
  id: 'recovery-target-raised',
  description: 'A pull request raises a scenario’s RTO, RPO or MTD.',
  severity: 'warning',
  check(_plan, context) {
    return riskyChanges(context, ['target-raised']).map((change) =>
      changeFinding(
        change,
        `This pull request raises a recovery target, ${changeWords(change)}: the business would accept a longer outage or more lost data`,
        'If the owner agreed to the new target, say so in the pull request; otherwise keep the old target and fix what cannot meet it.',
      ),
    );
  },
};

export default rule;
