import type { PlanPath } from '../../core/plan-path.js';
import { addMinutes, isOverdue } from '../../core/dates.js';
import { formatDuration } from '../../core/duration.js';
import { lastRehearsals, requiredTypes } from '../../model/exercise-status.js';
import type { PlanModel } from '../../model/plan-model.js';
import type { ExerciseType, Scenario } from '../../core/plan.generated.js';
import type { Finding, LintRule } from '../types.js';

/** How the sources name each kind of exercise in a sentence. */
const exerciseWords: Record<ExerciseType, string> = {
  tabletop: 'a tabletop exercise',
  functional: 'a functional test',
  'full-scale': 'a full-scale test',
};

const inAList = new Intl.ListFormat('en', { type: 'conjunction' });

const HINT =
  'Book the exercise and record it under `exercises` with its date, type and this scenario; note what worked, what failed and what to update.';

/** "A business continuity plan that has not been tested is unreliable": every scenario must be rehearsed on cadence. */
const rule: LintRule = {
  id: 'untested-scenario',
  description: 'A scenario never rehearsed in an exercise of a type it requires, or not rehearsed within the cadence.',
  severity: 'error',
  check(plan, { today }) {
    const findings: Finding[] = [];
    (plan.data.scenarios ?? []).forEach((scenario, index) => {
      findings.push(...checkScenario(plan, scenario, ['scenarios', index], today));
    });
    return findings;
  },
};

function checkScenario(plan: PlanModel, scenario: Scenario, path: PlanPath, today: string): Finding[] {
  const required = requiredTypes(scenario);
  // `exercise_types: []` says, on purpose, that no exercise is required.
  if (required.length === 0) return [];
  const lastDone = lastRehearsals(plan, scenario.id, today);
  const name = `scenario \`${scenario.id}\``;
  if (lastDone.size === 0) {
    const needed = inAList.format(required.map((type) => exerciseWords[type]));
    const at = scenario.exercise_types ? [...path, 'exercise_types'] : [...path, 'id'];
    return [{ path: at, message: `${name} has never been rehearsed (it needs ${needed})`, hint: HINT }];
  }
  const findings: Finding[] = [];
  required.forEach((type, typeIndex) => {
    const at = scenario.exercise_types ? [...path, 'exercise_types', typeIndex] : [...path, 'id'];
    const last = lastDone.get(type);
    const cadence = plan.cadence[type];
    if (last === undefined) {
      const message = `${name} has never been rehearsed in ${exerciseWords[type]} (only in ${others(lastDone)})`;
      findings.push({ path: at, message, hint: HINT });
    } else if (isOverdue(last, cadence, today)) {
      findings.push({
        path: at,
        severity: 'warning',
        message: `${name} was last rehearsed in ${exerciseWords[type]} on ${last}, more than ${inWords(cadence)} ago (due ${addMinutes(last, cadence)})`,
        hint: HINT,
      });
    }
  });
  return findings;
}

/** The rehearsals that did happen, newest first: "a tabletop exercise on 2026-05-01". */
function others(lastDone: Map<ExerciseType, string>): string {
  const done = [...lastDone]
    .sort(([, a], [, b]) => b.localeCompare(a))
    .map(([type, date]) => `${exerciseWords[type]} on ${date}`);
  return inAList.format(done);
}

/** A cadence as people say it: "180 days", or the plan's own notation when it is not whole days. */
function inWords(minutes: number): string {
  const days = minutes / (24 * 60);
  if (!Number.isInteger(days)) return formatDuration(minutes);
  return days === 1 ? '1 day' : `${days} days`;
}

export default rule;
