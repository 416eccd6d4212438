import type { PlanPath } from '../core/plan-path.js';
import { isTbc } from './fact.js';

/** A fact the plan says is not known yet (`tbc`), or that does not apply (`none`), and where it is. */
export interface UnknownFact {
  path: PlanPath;
  state: 'tbc' | 'none';
  /** Who finds out, when the plan says. */
  who: string | null;
}

// Only these keys take `none` ("does not apply"); elsewhere the word is ordinary text.
const NONE_KEYS = new Set(['mtd', 'rto', 'rpo', 'after']);

/**
 * Every `tbc` and `none` in the plan data, in document order. The schema accepts `tbc` only where a fact may be
 * unknown, so walking the data finds exactly those; a trigger may carry `tbc:` beside what is known of it. Lint and
 * the plan-health page both ask, so the answer is kept for the data it was found in.
 */
export function unknownFacts(data: unknown): UnknownFact[] {
  if (typeof data !== 'object' || data === null) return findUnknownFacts(data);
  let found = foundIn.get(data);
  if (!found) {
    found = findUnknownFacts(data);
    foundIn.set(data, found);
  }
  return found.map((fact) => ({ ...fact, path: [...fact.path] }));
}

const foundIn = new WeakMap<object, UnknownFact[]>();

function findUnknownFacts(data: unknown): UnknownFact[] {
  const found: UnknownFact[] = [];
  // One path, grown and shrunk on the way: copied only for what is found, as the plan has thousands of values.
  const path: (string | number)[] = [];
  const walk = (value: unknown): void => {
    const key = path[path.length - 1];
    if (isTbc(value)) {
      found.push({ path: [...path], state: 'tbc', who: typeof value === 'object' ? value.tbc : null });
    } else if (value === 'none' && NONE_KEYS.has(String(key))) {
      found.push({ path: [...path], state: 'none', who: null });
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        walk(value[index]);
        path.pop();
      }
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (key === 'trigger' && typeof record.tbc === 'string')
        found.push({ path: [...path, 'tbc'], state: 'tbc', who: record.tbc });
      for (const name of Object.keys(record)) {
        if (name === 'tbc') continue;
        path.push(name);
        walk(record[name]);
        path.pop();
      }
    }
  };
  walk(data);
  return found;
}
