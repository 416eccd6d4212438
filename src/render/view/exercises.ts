import { daysBetween } from '../../core/dates.js';
import type { ExerciseStatus } from '../../model/exercise-status.js';
import type { ExerciseType } from '../../core/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';
import { formatDuration } from '../../core/duration.js';

export interface ActionView {
  action: string;
  owner: { id: string; name: string };
  due: string;
  done: string | null;
  overdue: boolean;
  exercise: { id: string; title: string };
}

export interface ExerciseView {
  id: string;
  title: string;
  date: string;
  type: ExerciseType;
  planned: boolean;
  scenarios: { id: string; title: string }[];
  facilitator: string | null;
  participants: string[];
  duration: string | null;
  summary: string | null;
  worked: string[];
  failed: string[];
  updates: string[];
  trainingGaps: string[];
  actions: ActionView[];
}

/** Like a code-coverage report: per exercise type, how many scenarios that need it were rehearsed within cadence. */
export interface CoverageView {
  type: ExerciseType;
  cadence: string;
  required: number;
  current: number;
  percent: number;
}

export interface DueView {
  scenario: { id: string; title: string };
  type: ExerciseType;
  last: string | null;
  due: string | null;
  /** Days until due; negative when overdue; null when never rehearsed. */
  daysLeft: number | null;
  overdue: boolean;
}

const TYPES: ExerciseType[] = ['tabletop', 'functional', 'full-scale'];

const typeTitle: Record<ExerciseType, string> = {
  tabletop: 'Tabletop exercise',
  functional: 'Functional test',
  'full-scale': 'Full-scale test',
};

export function exerciseViews(plan: PlanModel, today: string): ExerciseView[] {
  const name = (id: string): string => plan.people.get(id)?.name ?? id;
  return [...(plan.data.exercises ?? [])]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((exercise) => {
      const title = exercise.title ?? `${typeTitle[exercise.type]}, ${exercise.date}`;
      return {
        id: exercise.id,
        title,
        date: exercise.date,
        type: exercise.type,
        planned: exercise.date > today,
        scenarios: exercise.scenarios.map((id) => ({ id, title: plan.scenarios.get(id)?.title ?? id })),
        facilitator: exercise.facilitator ? name(exercise.facilitator) : null,
        participants: (exercise.participants ?? []).map(name),
        duration: exercise.duration ?? null,
        summary: exercise.summary ?? null,
        worked: exercise.worked ?? [],
        failed: exercise.failed ?? [],
        updates: exercise.updates ?? [],
        trainingGaps: exercise.training_gaps ?? [],
        actions: (exercise.actions ?? []).map((action) => ({
          action: action.action,
          owner: { id: action.owner, name: name(action.owner) },
          due: action.due,
          done: action.done ?? null,
          overdue: !action.done && action.due < today,
          exercise: { id: exercise.id, title },
        })),
      };
    });
}

export function coverageViews(plan: PlanModel, statuses: ExerciseStatus[]): CoverageView[] {
  return TYPES.map((type) => {
    const needed = statuses.filter((status) => status.type === type);
    const current = needed.filter((status) => status.current).length;
    return {
      type,
      cadence: formatDuration(plan.cadence[type]),
      required: needed.length,
      current,
      percent: needed.length === 0 ? 100 : Math.round((100 * current) / needed.length),
    };
  }).filter((coverage) => coverage.required > 0);
}

/** Every required rehearsal, the most urgent first: never rehearsed, then overdue, then by due date. */
export function dueViews(statuses: ExerciseStatus[], today: string): DueView[] {
  return statuses
    .map((status) => ({
      scenario: { id: status.scenario.id, title: status.scenario.title },
      type: status.type,
      last: status.last ?? null,
      due: status.due ?? null,
      daysLeft: status.due ? daysBetween(today, status.due) : null,
      overdue: !status.current,
    }))
    .sort(
      (a, b) => (a.daysLeft ?? -Infinity) - (b.daysLeft ?? -Infinity) || a.scenario.id.localeCompare(b.scenario.id),
    );
}
