import { isDeepStrictEqual } from 'node:util';
import { parseDuration } from '../core/duration.js';
import { isRecord } from '../core/plan-schema.js';

/**
 * A value as it means, not as it is written: strings with their runs of white space collapsed, so that a YAML
 * reflow (`>-` to `|`, a re-wrapped line) is no change. Key order never counts (isDeepStrictEqual ignores it).
 */
export function normalize(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (Array.isArray(value)) return value.map(normalize);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, normalize(v)]));
  return value;
}

/** Whether two values mean the same, by `normalize`'s measure; walks both at once without copying either. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return normalize(a) === normalize(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]));
  }
  return isDeepStrictEqual(a, b);
}

/** Two durations that mean the same time (`4h`, `240m`, `PT4H`) are the same. */
export function sameDuration(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return a === b;
  const [ma, mb] = [parseDuration(a), parseDuration(b)];
  return ma !== undefined && ma === mb ? true : same(a, b);
}

/**
 * The last four digits of a phone number: enough for a reviewer to tell which number it is, while the report,
 * stored by CI providers and pasted into pull requests, never carries a person's number in full.
 */
export function phoneTail(value: unknown): string {
  const digits = String(value).replace(/\D/g, '');
  return digits.length <= 4 ? '(too short to show)' : digits.slice(-4);
}

/** Only the domain of an e-mail address, for the same reason. */
export function emailDomain(value: unknown): string {
  const at = String(value).lastIndexOf('@');
  return at < 0 ? '…' : `…${String(value).slice(at)}`;
}

/** A sentence of the plan, quoted and cut short: a summary line is read in a list of many. */
export function quote(value: unknown, limit = 90): string {
  // A backtick in the plan's text would open a code span in the Markdown report.
  const text = scrub(String(normalize(value)).replace(/`/g, "'"));
  return `“${text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text}”`;
}

/** A value short enough to show in a sentence (`2d`, `critical`, `true`). */
export function show(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return value.length > 40 ? quote(value, 40) : `\`${value.replace(/`/g, "'")}\``;
  if (typeof value === 'object') return 'a new value';
  return `\`${String(value)}\``;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Phone numbers (six digits or more) and e-mail addresses in a sentence of the plan, cut to their tail or domain. */
export function scrub(text: string): string {
  return text
    .replace(/[\w.+-]+@([\w-]+\.)+[\w-]+/g, (email) => emailDomain(email))
    .replace(/\+?\d[\d ()-]{4,}\d/g, (run) =>
      run.replace(/\D/g, '').length >= 6 && !DATE.test(run) ? `…${phoneTail(run)}` : run,
    );
}
