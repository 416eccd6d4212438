import { formatDuration, parseDuration } from '../core/duration.js';
import type { Tbc } from '../core/plan.generated.js';

/**
 * A fact as the plan states it: known, not known yet (`tbc`, maybe with who finds out), not applicable
 * (`none`), or not written at all. Readers never turn the last three into a value that looks like a decision.
 */
export type Fact<T> =
  { state: 'known'; value: T } | { state: 'tbc'; who: string | null } | { state: 'none' } | { state: 'absent' };

export function isTbc(value: unknown): value is 'tbc' | Tbc {
  return value === 'tbc' || (typeof value === 'object' && value !== null && typeof (value as Tbc).tbc === 'string');
}

/** Reads a value that may be `tbc`, `{tbc: who}`, `none` (only where `none` is allowed) or missing. */
export function readFact<T>(value: T | 'tbc' | Tbc | undefined, options: { none?: boolean } = {}): Fact<T> {
  if (value === undefined || value === null) return { state: 'absent' };
  if (isTbc(value)) return { state: 'tbc', who: typeof value === 'object' ? value.tbc : null };
  if (options.none && value === 'none') return { state: 'none' };
  return { state: 'known', value: value as T };
}

/** Minutes of a duration that may be unknown or not apply: a number only when the plan states one. */
export function knownMinutes(value: string | Tbc | undefined): number | undefined {
  const fact = readFact(value, { none: true });
  return fact.state === 'known' ? parseDuration(fact.value) : undefined;
}

/** What a reader sees for a fact that is not a value. */
export function factWords(fact: Fact<unknown>): string {
  if (fact.state === 'tbc') return fact.who ? `to be confirmed (${fact.who})` : 'to be confirmed';
  if (fact.state === 'none') return 'does not apply';
  if (fact.state === 'absent') return 'not stated';
  return String(fact.value);
}

/** A duration fact as the binder prints it: `4h`, or the words for an unknown. */
export function durationText(value: string | Tbc | undefined, inWords?: (text: string) => string): string {
  const fact = readFact(value, { none: true });
  if (fact.state !== 'known') return factWords(fact);
  const minutes = parseDuration(fact.value);
  if (minutes === undefined) return fact.value;
  return inWords ? inWords(fact.value) : formatDuration(minutes);
}

/** A text fact as printed: the words, or "to be confirmed" / "not stated". */
export function textOf(value: string | Tbc | undefined): string {
  return factWords(readFact(value));
}

/** The steps of a list that may be `tbc` or missing: none until they are worked out. */
export function stepsOf<S>(steps: readonly S[] | 'tbc' | Tbc | undefined): readonly S[] {
  return Array.isArray(steps) ? steps : [];
}
