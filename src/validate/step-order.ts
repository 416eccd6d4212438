import type { Diagnostic } from '../core/diagnostic.js';
import type { LoadedPlan } from '../load/load-plan.js';
import { formatPath, type PlanPath } from '../core/plan-path.js';
import { stepLabel, stepOrder, type StepOrderProblem } from '../core/step-order.js';
import { describe } from '../core/nouns.js';
import { fieldsUsing, isRecord, valuesAt } from '../core/plan-schema.js';
import { didYouMean } from '../core/did-you-mean.js';
import { lazy } from '../core/lazy.js';

const stepLists = lazy(() => fieldsUsing('steps'));

/**
 * Steps that wait for one another (`after`) must name steps of their own list, and must not wait in a circle:
 * a circle has no step to start with, and no recovery time can be worked out from it.
 */
export function checkStepOrder(plan: LoadedPlan): Diagnostic[] {
  return stepLists().flatMap((pattern) =>
    valuesAt(plan.data, pattern).flatMap(({ path, value }) => {
      if (!Array.isArray(value)) return [];
      return stepOrder(value).problems.map((problem) => diagnose(plan, path, value, problem));
    }),
  );
}

function diagnose(plan: LoadedPlan, list: PlanPath, steps: unknown[], problem: StepOrderProblem): Diagnostic {
  const at = (path: PlanPath): Pick<Diagnostic, 'file' | 'line' | 'column' | 'path'> => ({
    ...plan.locate(path),
    path: formatPath(path),
  });
  const stepName = (index: number): string => describe(plan.data, [...list, index]);
  const listName = describe(plan.data, list);
  if (problem.kind === 'unknown') {
    const ids = steps.flatMap((step) => (isRecord(step) && typeof step.id === 'string' ? [step.id] : []));
    const guess = didYouMean(problem.id, ids);
    return {
      ruleId: 'reference',
      severity: 'error',
      message: `\`after\` of ${stepName(problem.step)} names step \`${problem.id}\`, but no step of \`${String(list[list.length - 1])}\` has that id${guess ? ` — did you mean \`${guess}\`?` : ''}`,
      hint: '`after` names steps of the same list by their `id`.',
      ...at([...list, problem.step, 'after', problem.entry]),
    };
  }
  if (problem.kind === 'duplicate') {
    return {
      ruleId: 'duplicate-id',
      severity: 'error',
      message: `step id \`${problem.id}\` is used twice in ${listName} (steps ${problem.first + 1} and ${problem.step + 1}); step ids must be unique within their list`,
      ...at([...list, problem.step, 'id']),
    };
  }
  const circle = [...problem.steps, problem.steps[0] ?? 0].map((index) => stepLabel(steps, index)).join(' → ');
  const first = problem.steps[0] ?? 0;
  return {
    ruleId: 'step-order',
    severity: 'error',
    message: `steps of ${listName} wait for each other in a circle (${circle}), so none of them can start`,
    hint: 'Remove one of the `after` entries in the circle; a step without `after` waits for the step before it.',
    ...at(isRecord(steps[first]) && 'after' in steps[first] ? [...list, first, 'after'] : [...list, first]),
  };
}
