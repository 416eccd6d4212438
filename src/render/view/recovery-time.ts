import { knownMinutes, stepsOf } from '../../model/fact.js';
import { formatDuration } from '../../core/duration.js';
import { formatDurationParts } from '../../core/duration-parts.js';
import type { Scenario } from '../../core/plan.generated.js';
import { recoveryTime, stepMinutes } from '../../model/recovery-time.js';

/** The recovery time worked out from the steps, beside the RTO: what the card, the table and the site show. */
export interface RecoveryTimeView {
  /** At least one recovery step says how long it takes; otherwise there is nothing to show but "not timed". */
  known: boolean;
  /** `4h 15m`, or `at least 3h` when some steps are not timed. */
  text: string;
  minutes: number;
  /** Some steps are not timed, so the time is a lower bound. */
  atLeast: boolean;
  /** Longer than the RTO: the steps cannot meet it (recovery-exceeds-rto). */
  exceedsRto: boolean;
  /** Within the RTO; false as well when the RTO is not a duration (not known yet), so nothing is claimed. */
  withinRto: boolean;
  /** The critical path as step numbers and times: `1 (4h) → 2 (15m)`. */
  path: string;
  /** The recovery steps that set it, by number. */
  pathSteps: number[];
  untimed: number;
}

export function recoveryTimeView(scenario: Scenario): RecoveryTimeView {
  const time = recoveryTime(scenario);
  const rto = knownMinutes(scenario.rto);
  const atLeast = !time.complete;
  const stepTime = (step: number): string => {
    const minutes = stepMinutes(stepsOf(scenario.recovery)[step] ?? '');
    return minutes === undefined ? 'not timed' : formatDuration(minutes);
  };
  return {
    known: time.known,
    text: time.known ? `${atLeast ? 'at least ' : ''}${formatDurationParts(time.minutes)}` : 'not timed',
    minutes: time.minutes,
    atLeast,
    exceedsRto: time.known && rto !== undefined && time.minutes > rto,
    withinRto: time.known && rto !== undefined && time.minutes <= rto,
    path: time.path.map((step) => `${step + 1} (${stepTime(step)})`).join(' → '),
    pathSteps: time.path.map((step) => step + 1),
    untimed: time.untimed.length,
  };
}
