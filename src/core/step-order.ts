import { isRecord } from './is-record.js';

/** Something in a list of steps that makes their order impossible to follow. */
export type StepOrderProblem =
  /** `after` names an id that no step of this list has. */
  | { kind: 'unknown'; step: number; entry: number; id: string }
  /** Two steps of one list share an id. */
  | { kind: 'duplicate'; step: number; id: string; first: number }
  /** Steps that wait for each other in a circle, in waiting order, starting at the lowest index. */
  | { kind: 'cycle'; steps: number[] };

/** For each step of a list, the indexes of the steps it waits for, and what makes the order impossible. */
export interface StepOrder {
  waitsFor: number[][];
  problems: StepOrderProblem[];
}

interface StepLinks {
  id?: string;
  after?: unknown[];
}

function linksOf(step: unknown): StepLinks {
  if (!isRecord(step)) return {};
  return {
    ...(typeof step.id === 'string' ? { id: step.id } : {}),
    ...(Array.isArray(step.after) ? { after: step.after } : {}),
  };
}

/**
 * Reads `id` and `after` of a list of steps. A step without `after` waits for the step before it (the list is a
 * checklist, read in order); `after: []` starts at once. Works on unvalidated data: validation reports the
 * problems, the model reads the order of a valid plan.
 */
export function stepOrder(steps: readonly unknown[]): StepOrder {
  const links = steps.map(linksOf);
  const problems: StepOrderProblem[] = [];
  const byId = new Map<string, number>();
  links.forEach(({ id }, index) => {
    if (id === undefined) return;
    const first = byId.get(id);
    if (first === undefined) byId.set(id, index);
    else problems.push({ kind: 'duplicate', step: index, id, first });
  });
  const waitsFor = links.map(({ after }, index) => {
    if (after === undefined) return index > 0 ? [index - 1] : [];
    return after.flatMap((id, entry) => {
      const target = typeof id === 'string' ? byId.get(id) : undefined;
      if (target !== undefined) return [target];
      if (typeof id === 'string') problems.push({ kind: 'unknown', step: index, entry, id });
      return [];
    });
  });
  problems.push(...findCycles(waitsFor).map((cycle) => ({ kind: 'cycle' as const, steps: cycle })));
  return { waitsFor, problems };
}

/** Each circle of waiting steps once (depth-first search; a step met again while still open closes a circle). */
function findCycles(waitsFor: number[][]): number[][] {
  const state = waitsFor.map(() => 'new' as 'new' | 'open' | 'done');
  const stack: number[] = [];
  const cycles: number[][] = [];
  const visit = (step: number): void => {
    state[step] = 'open';
    stack.push(step);
    for (const before of waitsFor[step] ?? []) {
      if (state[before] === 'open') cycles.push(rotate(stack.slice(stack.indexOf(before)).reverse()));
      else if (state[before] === 'new') visit(before);
    }
    stack.pop();
    state[step] = 'done';
  };
  waitsFor.forEach((_, step) => {
    if (state[step] === 'new') visit(step);
  });
  return cycles;
}

/** A circle written from its lowest step, so the same circle always reads the same. */
function rotate(cycle: number[]): number[] {
  const start = cycle.indexOf(Math.min(...cycle));
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}

/** "2 (`restore-mail`)" or "2": a step's number, and its id when it has one. */
export function stepLabel(steps: readonly unknown[], index: number): string {
  const step = steps[index];
  return isRecord(step) && typeof step.id === 'string' ? `${index + 1} (\`${step.id}\`)` : `${index + 1}`;
}
