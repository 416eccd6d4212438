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
 * unknown, so walking the data finds exactly those; a trigger may carry `tbc:` beside what is known of it.
 */
export function unknownFacts(data: unknown): UnknownFact[] {
  const found: UnknownFact[] = [];
  const walk = (value: unknown, path: PlanPath): void => {
    if (isTbc(value)) {
      found.push({ path, state: 'tbc', who: typeof value === 'object' ? value.tbc : null });
    } else if (value === 'none' && NONE_KEYS.has(String(path[path.length - 1]))) {
      found.push({ path, state: 'none', who: null });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (path[path.length - 1] === 'trigger' && typeof record.tbc === 'string')
        found.push({ path: [...path, 'tbc'], state: 'tbc', who: record.tbc });
      for (const [key, child] of Object.entries(record)) if (key !== 'tbc') walk(child, [...path, key]);
    }
  };
  walk(data, []);
  return found;
}
