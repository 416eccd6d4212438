import { knownMinutes, stepsOf } from '../../model/fact.js';
import { formatDuration } from '../../core/duration.js';
import { formatDurationParts } from '../../core/duration-parts.js';
import { recoveryTime, stepMinutes } from '../../model/recovery-time.js';
import { stepLabel } from '../../core/step-order.js';
import type { Finding, LintRule } from '../types.js';

/**
 * The RTO is a promise: the system or process is back within it. When the recovery steps, chained as they wait
 * for each other, add up to more than the RTO, the plan cannot keep that promise as written. Steps without a
 * duration count as none, so a recovery time that is only partly known is reported only when even its known part
 * is too long.
 */
const rule: LintRule = {
  id: 'recovery-exceeds-rto',
  description: "A scenario's recovery steps, along their longest chain, take longer than its RTO.",
  severity: 'error',
  check(plan) {
    const findings: Finding[] = [];
    (plan.data.scenarios ?? []).forEach((scenario, index) => {
      const rto = knownMinutes(scenario.rto);
      const time = recoveryTime(scenario);
      if (rto === undefined || !time.known || time.minutes <= rto) return;
      const path = time.path
        .map((step) => {
          const minutes = stepMinutes(stepsOf(scenario.recovery)[step] ?? '');
          return `${stepLabel(stepsOf(scenario.recovery), step)}, ${minutes === undefined ? 'time unknown' : formatDuration(minutes)}`;
        })
        .join(' → ');
      findings.push({
        path: ['scenarios', index, 'rto'],
        message: `scenario \`${scenario.id}\` needs ${time.complete ? '' : 'at least '}${formatDurationParts(time.minutes)} to recover along recovery steps ${path}, longer than its RTO of ${formatDuration(rto)}`,
        hint: 'Shorten a step on that path, let steps run in parallel (`after`), or agree a longer RTO.',
      });
    });
    return findings;
  },
};

export default rule;
