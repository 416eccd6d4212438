import Handlebars from 'handlebars';

/** A run of letters and digits with no place to break a line: 31 or more in a row is no word a reader needs whole. */
const LONG_RUN = /[\p{L}\p{N}\p{M}]{31,}/gu;
const EVERY = 20;
const ZERO_WIDTH_SPACE = '\u200B';

/** Markup, links, e-mail addresses and other addresses: breaking them would change what they point at. */
const NOT_PROSE = /<|:\/\/|@|^[a-z][a-z0-9+.-]*:/i;

function breakRun(run: string): string {
  const chars = [...run];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += EVERY) parts.push(chars.slice(i, i + EVERY).join(''));
  return parts.join(ZERO_WIDTH_SPACE);
}

/** HTML from Markdown: only the text between tags, never an attribute or a link's address. */
function breakInHtml(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') || /:\/\/|@/.test(part) ? part : part.replace(LONG_RUN, breakRun)))
    .join('');
}

/**
 * A copy of a view with a zero-width space every 20 characters of each very long word in its plain text, so that the
 * word wraps in a table cell instead of widening the table: Chromium would shrink the whole binder page to fit it,
 * and a site page would run far past the screen. CSS `overflow-wrap: anywhere` would do it too, but also lets
 * narrow columns break ordinary words like "Microsoft" mid-word.
 */
export function breakLongWords<T>(value: T, seen = new WeakMap<object, unknown>()): T {
  if (typeof value === 'string') {
    return (NOT_PROSE.test(value) ? value : value.replace(LONG_RUN, breakRun)) as T;
  }
  if (value instanceof Handlebars.SafeString) return new Handlebars.SafeString(breakInHtml(value.toString())) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value) as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(breakLongWords(item, seen));
    return copy as T;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = breakLongWords(item, seen);
  return copy as T;
}
