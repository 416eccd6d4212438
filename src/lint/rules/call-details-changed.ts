import { changeFinding, changeWords, riskyChanges } from '../changes/risky-changes.js';
import type { LintRule } from '../types.js';

/**
 * A wrong digit in a support number or a divert-to number is found on the day it is needed. A changed number or
 * call-rerouting step is worth one call, or one test of the diversion, before it is merged and printed.
 */
const rule: LintRule = {
  id: 'call-details-changed',
  description: 'A pull request changes a phone number or how calls are rerouted.',
  severity: 'info',
  check(_plan, context) {
    return riskyChanges(context, ['number-changed', 'rerouting-changed']).map((change) =>
      changeFinding(
        change,
        change.risk === 'rerouting-changed'
          ? `This pull request changes call rerouting, ${changeWords(change)}`
          : `This pull request changes a phone number, ${changeWords(change)}`,
        change.risk === 'rerouting-changed'
          ? 'Test the diversion once (outside business hours) before merging, and reprint the pages that hold it.'
          : 'Call the new number once before merging, and reprint the pages that hold it.',
      ),
    );
  },
};

export default rule;
