import { changeFinding, changeWords, riskyChanges } from '../changes/risky-changes.js';
import type { LintRule } from '../types.js';

/**
 * A step that goes with nothing in its place: whatever it did (tell the customers, check the backup) is no
 * longer done in an outage. Rewording or replacing a step is not this; the diff tells them apart.
 */
const rule: LintRule = {
  id: 'step-removed',
  description: 'A pull request removes a step with no step in its place.',
  severity: 'warning',
  check(_plan, context) {
    return riskyChanges(context, ['step-removed']).map((change) =>
      changeFinding(
        change,
        `This pull request removes a step with no replacement, ${changeWords(change)}`,
        'Check that what the step did is done elsewhere or no longer needed, and say so in the pull request.',
      ),
    );
  },
};

export default rule;
