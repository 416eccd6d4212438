import { stepsOf } from './fact.js';
import { parseDuration } from '../core/duration.js';
import type { Scenario, Step } from '../core/plan.generated.js';
import { stepOrder } from '../core/step-order.js';

/**
 * How long a scenario's recovery takes, worked out from its steps. The RTO says how fast the system or process
 * must be back, and the `recovery` steps are the ones that get it back: the workaround keeps the business going
 * while it is down and runs beside the recovery, and back-to-normal catches up once it is back, so neither
 * counts. Time is counted from the start of the recovery; noticing the disruption comes before that.
 */
export interface RecoveryTime {
  /** Minutes along the critical path; a step without a known duration counts as none. */
  minutes: number;
  /** The recovery steps (indexes) on the longest chain of waiting steps, first to last. */
  path: number[];
  /** Recovery steps that say nothing of how long they take (or whose time is not known yet). */
  untimed: number[];
  /** Every recovery step says how long it takes, so `minutes` is the time, not a lower bound. */
  complete: boolean;
  /** At least one step says how long it takes. */
  known: boolean;
}

/** Minutes a step takes, or undefined when it does not say (a plain sentence, no `takes`, or a value not known). */
export function stepMinutes(step: Step): number | undefined {
  return typeof step === 'string' || step.takes === undefined ? undefined : parseDuration(step.takes);
}

/** The recovery time of a scenario along the longest chain of its recovery steps (the critical path). */
export function recoveryTime(scenario: Scenario): RecoveryTime {
  const steps = stepsOf(scenario.recovery);
  const { waitsFor } = stepOrder(steps);
  const own = steps.map(stepMinutes);
  const finish: (number | undefined)[] = [];
  const via: (number | undefined)[] = [];
  const finishOf = (step: number, visiting: ReadonlySet<number>): number => {
    const known = finish[step];
    if (known !== undefined) return known;
    let start = 0;
    let from: number | undefined;
    // A circle of waiting steps is a validation error; the guard only keeps an invalid plan from looping.
    for (const before of waitsFor[step] ?? []) {
      if (visiting.has(before)) continue;
      const end = finishOf(before, new Set([...visiting, step]));
      if (from === undefined || end > start) [start, from] = [end, before];
    }
    via[step] = from;
    finish[step] = start + (own[step] ?? 0);
    return finish[step];
  };
  steps.forEach((_, step) => finishOf(step, new Set()));
  const last = lastOfLongest(finish as number[]);
  const untimed = own.flatMap((minutes, index) => (minutes === undefined ? [index] : []));
  return {
    minutes: last === undefined ? 0 : (finish[last] ?? 0),
    path: pathTo(last, via),
    untimed,
    complete: untimed.length === 0,
    known: untimed.length < steps.length,
  };
}

/** The step that finishes last; on a tie, the later step in the list (it is what the reader reaches last). */
function lastOfLongest(finish: number[]): number | undefined {
  let best: number | undefined;
  finish.forEach((end, step) => {
    if (best === undefined || end >= (finish[best] ?? 0)) best = step;
  });
  return best;
}

function pathTo(last: number | undefined, via: (number | undefined)[]): number[] {
  const path: number[] = [];
  for (let step = last; step !== undefined && !path.includes(step); step = via[step]) path.unshift(step);
  return path;
}
