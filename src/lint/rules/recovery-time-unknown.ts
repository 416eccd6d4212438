import { stepsOf } from '../../model/fact.js';
import { recoveryTime } from '../../model/recovery-time.js';
import type { Finding, LintRule } from '../types.js';

/**
 * A recovery time can be checked against the RTO only when the recovery steps say how long they take. This is
 * information, not a fault: a step whose time is not known yet is honest, and saying so shows where to time the
 * next exercise.
 */
const rule: LintRule = {
  id: 'recovery-time-unknown',
  description:
    'Recovery steps that do not say how long they take, so the recovery time cannot be checked against the RTO.',
  severity: 'info',
  check(plan) {
    const findings: Finding[] = [];
    (plan.data.scenarios ?? []).forEach((scenario, index) => {
      const { untimed, known } = recoveryTime(scenario);
      if (untimed.length === 0) return;
      const steps = untimed.map((step) => step + 1).join(', ');
      const count = stepsOf(scenario.recovery).length;
      findings.push({
        path: ['scenarios', index, 'recovery'],
        anchor: 'key',
        message: known
          ? `scenario \`${scenario.id}\`: recovery step${untimed.length === 1 ? '' : 's'} ${steps} of ${count} say${untimed.length === 1 ? 's' : ''} nothing of how long ${untimed.length === 1 ? 'it takes' : 'they take'}, so its recovery time is only a lower bound`
          : `scenario \`${scenario.id}\`: ${count === 1 ? 'its one recovery step does not say' : `none of its ${count} recovery steps says`} how long it takes, so its recovery time cannot be checked against the RTO`,
        hint: 'Write the step as `action:` with `takes:` (like `takes: 45m`), timed at an exercise if you can.',
      });
    });
    return findings;
  },
};

export default rule;
