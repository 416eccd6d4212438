import { BoundedCache } from '../core/bounded-cache.js';
import type { Nodes, Root } from 'mdast';

/**
 * How a name is looked for in prose: `name` case-insensitively; `exact` only written exactly so (a name made of
 * everyday words: "Insight", "Business Central"); `proper` written exactly so, and neither where any word is
 * capitalised (the start of a sentence, line, list item or heading) nor as part of a longer capitalised name
 * ("Nursing Teams", "Sage Thompson"); `domain` as a web address on the domain or a subdomain of it.
 */
export type NameKind = 'name' | 'exact' | 'proper' | 'domain';

/** A name to look for and what it names. Patterns earlier in the list win ties of equal length. */
export interface NamePattern<T> {
  text: string;
  kind: NameKind;
  subject: T;
}

/** One place a subject is named: the text as written, where it starts, and the block of Markdown it is in. */
export interface Mention<T> {
  subject: T;
  written: string;
  kind: NameKind;
  /** Offset into the Markdown source. */
  offset: number;
  /** The start offset of the paragraph, heading, table cell or code block it is in. */
  block: number;
}

interface Compiled<T> extends NamePattern<T> {
  rank: number;
  lower: string;
  /** The name's words, each of which a text must hold for the name to be in it. */
  words: string[];
  /** Made on first use: a large inventory has thousands of names, and most never appear in the prose. */
  regex?: RegExp;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Spaces in a name may be any whitespace: a Markdown paragraph can wrap a name over two lines.
const loose = (text: string): string => escape(text).replace(/ +/g, '\\s+');
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

function regexOf<T>(pattern: Compiled<T>): RegExp {
  const source =
    pattern.kind === 'domain'
      ? `(?<![\\p{L}\\p{N}_.-])(?:[a-z0-9-]+\\.)*${escape(pattern.text)}(?![\\p{L}\\p{N}_-])`
      : `${NOT_WORD_BEFORE}${loose(pattern.text)}${NOT_WORD_AFTER}`;
  pattern.regex ??= new RegExp(source, pattern.kind === 'name' || pattern.kind === 'domain' ? 'giu' : 'gu');
  return pattern.regex;
}

/**
 * The words of a text in lower case, split at everything that is not a letter or a digit. A name can only match
 * where every word of it is a word of the text (names match whole words), so names are looked up by their words:
 * one pass over the text instead of one regular expression per name.
 */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  // Most prose is plain ASCII, where the Unicode classes cost several times more and split the same way.
  const separators = ASCII.test(lower) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u;
  return lower.split(separators).filter((word) => word !== '');
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Each text's words as a set, remembered: every rule that looks for names reads the same prose, and `bcp watch`
 * reads it again on every save, while a save changes a line or two. Bounded by the text it holds.
 */
const wordSets = new BoundedCache<Set<string>>(8_000_000, (_words, text) => text.length);

function wordSetOf(text: string): Set<string> {
  return wordSets.getOrMake(text, () => new Set(wordsOf(text)));
}

const longest = (words: string[]): string => words.reduce((a, b) => (b.length > a.length ? b : a), '');

// Between the start of a line or the end of a sentence and the word: only spaces, bullets, numbers and markup.
const CAPITALISED_ANYWAY = /(?:^|[.!?:;]\s)[\s\-*+#>\d.)[(_~`"'\u201c\u2018]*$/u;

/** Whether a capitalised word at `offset` is capitalised only because it starts a sentence, line or item. */
function startsSentence(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return CAPITALISED_ANYWAY.test(source.slice(lineStart, offset));
}

const CAPITALISED_BEFORE = /(\p{Lu}[\p{L}\p{N}]*) $/u;
const CAPITALISED_AFTER = /^ \p{Lu}/u;

/**
 * Whether a capitalised word is one word of a longer capitalised name: "the Nursing Teams", "call Sage Thompson".
 * A word before it that is capitalised only because it starts the sentence ("Use Slack") does not count.
 */
function partOfLongerName(source: string, offset: number, length: number): boolean {
  if (CAPITALISED_AFTER.test(source.slice(offset + length, offset + length + 2))) return true;
  const before = CAPITALISED_BEFORE.exec(source.slice(Math.max(0, offset - 40), offset));
  return before !== null && !startsSentence(source, offset - before[0].length);
}

/** A proper-noun name where it is more likely the everyday word or part of another name. */
function isCommonUse(source: string, offset: number, length: number): boolean {
  return startsSentence(source, offset) || partOfLongerName(source, offset, length);
}

/** Finds names in text: the names indexed by their longest word once, then reused over all the plan's prose. */
export class NameFinder<T> {
  private readonly patterns: Compiled<T>[];
  /** Each name's longest word → the names; '' holds names without a letter or digit, looked for in every text. */
  private readonly byWord = new Map<string, Compiled<T>[]>();

  constructor(patterns: readonly NamePattern<T>[]) {
    this.patterns = patterns
      .filter((p) => p.text.trim() !== '')
      .map((p, rank) => ({ ...p, rank, lower: p.text.toLowerCase(), words: wordsOf(p.text) }));
    for (const pattern of this.patterns) {
      const word = longest(pattern.words);
      this.byWord.set(word, [...(this.byWord.get(word) ?? []), pattern]);
    }
  }

  /** Whether `text` might name anything; false means it surely names nothing (so it need not be parsed). */
  mightMention(text: string): boolean {
    return this.candidates(text).length > 0;
  }

  /** The names all of whose words are words of `text`, in rank order. */
  private candidates(text: string): Compiled<T>[] {
    const lower = text.toLowerCase();
    const words = wordSetOf(text);
    // A domain is written in one piece: "office" and "com" apart in a text do not make office.com.
    const holds = (pattern: Compiled<T>): boolean =>
      pattern.words.every((w) => words.has(w)) && (pattern.kind !== 'domain' || lower.includes(pattern.lower));
    const found = new Set<Compiled<T>>(this.byWord.get('') ?? []);
    for (const word of words) for (const pattern of this.byWord.get(word) ?? []) if (holds(pattern)) found.add(pattern);
    return [...found].sort((a, b) => a.rank - b.rank);
  }

  /** Every subject named in a parsed Markdown text (a Markdown file, or a YAML string parsed as Markdown). */
  inMarkdown(source: string, tree: Root): Mention<T>[] {
    const mentions: Mention<T>[] = [];
    const visit = (node: Nodes, block: number): void => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const here = BLOCKS.has(node.type) ? start : block;
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
        mentions.push(...this.inText(source, start, end, here));
      } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const found = this.inUrl(node.url, source, start, end, here);
        if (found) mentions.push(found);
      }
      if ('children' in node) for (const child of node.children) visit(child, here);
    };
    visit(tree, 0);
    return mentions.sort((a, b) => a.offset - b.offset);
  }

  /** Names in `source` between `start` and `end`, longest first, never two overlapping. */
  private inText(source: string, start: number, end: number, block: number): Mention<T>[] {
    const text = source.slice(start, end);
    const candidates: (Mention<T> & { rank: number })[] = [];
    for (const pattern of this.candidates(text)) {
      for (const match of text.matchAll(regexOf(pattern))) {
        const offset = start + match.index;
        if (pattern.kind === 'proper' && isCommonUse(source, offset, match[0].length)) continue;
        const { subject, kind, rank } = pattern;
        candidates.push({ subject, kind, rank, written: match[0], offset, block });
      }
    }
    candidates.sort((a, b) => b.written.length - a.written.length || a.rank - b.rank || a.offset - b.offset);
    const chosen: Mention<T>[] = [];
    for (const candidate of candidates) {
      const { subject, kind, written, offset } = candidate;
      const overlaps = chosen.some((c) => offset < c.offset + c.written.length && c.offset < offset + written.length);
      if (!overlaps) chosen.push({ subject, kind, written, offset, block });
    }
    return chosen;
  }

  /** The subject whose domain a link points to; pointed at the host where the source shows it. */
  private inUrl(url: string, source: string, start: number, end: number, block: number): Mention<T> | undefined {
    const host = hostOf(url);
    if (!host) return undefined;
    const pattern = this.patterns
      .filter(
        (p) => p.kind === 'domain' && (host === p.text.toLowerCase() || host.endsWith(`.${p.text.toLowerCase()}`)),
      )
      .sort((a, b) => b.text.length - a.text.length || a.rank - b.rank)[0];
    if (!pattern) return undefined;
    const at = source.slice(start, end).toLowerCase().lastIndexOf(host);
    return { subject: pattern.subject, kind: 'domain', written: host, offset: at < 0 ? start : start + at, block };
  }
}

/** Markdown nodes that are one place each: a tool named twice in one paragraph is reported once. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'definition', 'html']);

/** The host of a web address or the domain of a `mailto:` address; undefined for relative links and the like. */
export function hostOf(url: string): string | undefined {
  try {
    const { protocol, hostname, pathname } = new URL(url);
    if (protocol === 'mailto:') return pathname.split('@')[1]?.toLowerCase() || undefined;
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
