import { addMinutes } from '../core/dates.js';
import type { ExerciseType, Scenario } from '../core/plan.generated.js';
import type { PlanModel } from './plan-model.js';

/** Where one scenario stands for one exercise type it must be rehearsed by. */
export interface ExerciseStatus {
  scenario: Scenario;
  type: ExerciseType;
  /** The date of the newest exercise of this type that covered the scenario, on or before today. */
  last?: string;
  /** When the next one is due: `last` plus the cadence; undefined when it was never rehearsed. */
  due?: string;
  /** Rehearsed within the cadence as of today. */
  current: boolean;
}

/** The exercise types a scenario must be rehearsed by: its own list, else a tabletop. */
export function requiredTypes(scenario: Scenario): ExerciseType[] {
  return scenario.exercise_types ?? ['tabletop'];
}

/**
 * For each scenario and each exercise type it requires: when it was last rehearsed and when the next is due.
 * Exercises dated after today are planned, not done, and do not count.
 */
export function exerciseStatuses(plan: PlanModel, today: string): ExerciseStatus[] {
  return (plan.data.scenarios ?? []).flatMap((scenario) => {
    const rehearsed = lastRehearsals(plan, scenario.id, today);
    return requiredTypes(scenario).map((type) => {
      const last = rehearsed.get(type);
      const due = last ? addMinutes(last, plan.cadence[type]) : undefined;
      return {
        scenario,
        type,
        ...(last ? { last } : {}),
        ...(due ? { due } : {}),
        current: due !== undefined && due >= today,
      };
    });
  });
}

/** The newest date of each exercise type that covered the scenario. Exercises after today are planned, not done. */
export function lastRehearsals(plan: PlanModel, scenarioId: string, today: string): Map<ExerciseType, string> {
  const last = new Map<ExerciseType, string>();
  for (const exercise of plan.data.exercises ?? []) {
    if (exercise.date > today || !exercise.scenarios.includes(scenarioId)) continue;
    const previous = last.get(exercise.type);
    if (previous === undefined || exercise.date > previous) last.set(exercise.type, exercise.date);
  }
  return last;
}
