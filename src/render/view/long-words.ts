import Handlebars from 'handlebars';

/** A run of letters and digits with no place to break a line: 31 or more in a row is no word a reader needs whole. */
const LONG_RUN = /[\p{L}\p{N}\p{M}]{31,}/gu;
/**
 * Any 31 characters in a row with no space or tag mark: every long run above is one of these, and this much cheaper
 * test (no Unicode classes) lets the few texts that could hold one through. Every text of the view passes here on
 * every build and every `bcp watch` save.
 */
const MAYBE_LONG = /[^\s<>]{31}/;
/** The same, in the text of HTML only (after a tag or at the start): a link's address inside a tag is no word. */
const MAYBE_LONG_TEXT = /(?:^|>)[^<]*?[^\s<>]{31}/;
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
  if (!MAYBE_LONG_TEXT.test(html)) return html;
  return html
    .split(/(<[^>]*>)/)
    .map((part) =>
      part.startsWith('<') || !MAYBE_LONG.test(part) || /:\/\/|@/.test(part) ? part : part.replace(LONG_RUN, breakRun),
    )
    .join('');
}

/**
 * A copy of a view with a zero-width space every 20 characters of each very long word in its plain text, so that the
 * word wraps in a table cell instead of widening the table: Chromium would shrink the whole binder page to fit it,
 * and a site page would run far past the screen. CSS `overflow-wrap: anywhere` would do it too, but also lets
 * narrow columns break ordinary words like "Microsoft" mid-word.
 */
export function breakLongWords<T>(value: T, seen = new Map<object, unknown>()): T {
  // Strings first and cheapest first: a view holds tens of thousands of them, nearly all short.
  if (typeof value === 'string') {
    return (
      value.length < 31 || !MAYBE_LONG.test(value) || NOT_PROSE.test(value) ? value : value.replace(LONG_RUN, breakRun)
    ) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value) as T;
  // Copied only where something inside changed: a view of thousands of texts has a handful of long words, and
  // copying all of it on every build (and every `bcp watch` save) costs more than the search for them.
  seen.set(value, value);
  const changed = changedCopy(value, seen);
  if (changed !== value) seen.set(value, changed);
  return changed as T;
}

function changedCopy(value: object, seen: Map<object, unknown>): unknown {
  if (value instanceof Handlebars.SafeString) {
    const html = value.toString();
    const broken = breakInHtml(html);
    return broken === html ? value : new Handlebars.SafeString(broken);
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const broken = breakLongWords(item, seen);
      if (broken !== item) (copy ??= value.slice())[i] = broken;
    }
    return copy ?? value;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const broken = breakLongWords(item, seen);
    if (broken !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = broken;
  }
  return copy ?? value;
}
