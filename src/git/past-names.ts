import { parse } from 'yaml';
import type { Commit } from './commits.js';

/** A name a system or vendor had in an earlier commit of the plan. */
export interface PastName {
  name: string;
  /** What it named: a system (by its name or an alias) or a vendor. */
  kind: 'system' | 'vendor';
  /** The newest commit that changed a version of a file holding it: for a name gone now, the one that removed it. */
  commit: Commit;
}

type Kind = PastName['kind'];
const SECTIONS: Record<string, Kind> = { systems: 'system', vendors: 'vendor' };

/**
 * Reads the names of systems (with their aliases) and vendors from old versions of the plan's YAML files.
 * Successive versions of a file differ in a few entries, so each `systems:` or `vendors:` entry is parsed on its
 * own and remembered by its text: a long history costs about as much as its distinct entries, not its versions
 * (parsing YAML takes about a second per megabyte here).
 */
export class PastNameReader {
  private readonly entries = new Map<string, { name: string; kind: Kind }[]>();

  /**
   * Entries of a file as it is now: the plan itself has their names, so an old version's entry written the same
   * way is not parsed again.
   */
  knowCurrent(text: string): void {
    for (const { kind, entry } of sectionEntries(text) ?? []) this.entries.set(`${kind}\n${entry}`, []);
  }

  namesIn(text: string, commit: Commit): PastName[] {
    if (!/^(systems|vendors):/m.test(text)) return [];
    const sections = sectionEntries(text);
    const named = sections ? sections.flatMap(({ kind, entry }) => this.entryNames(kind, entry)) : wholeFile(text);
    return named.map((found) => ({ ...found, commit }));
  }

  private entryNames(kind: Kind, entry: string): { name: string; kind: Kind }[] {
    const key = `${kind}\n${entry}`;
    let names = this.entries.get(key);
    if (!names) {
      names = namesOf(kind, parseQuietly(entry));
      this.entries.set(key, names);
    }
    return names;
  }
}

/**
 * The entries of the top-level `systems:` and `vendors:` lists, each as the YAML text of a one-item list, or
 * undefined when a list is not written one `- ` item per block (a flow list `systems: [...]`): then the whole file
 * is parsed.
 */
function sectionEntries(text: string): { kind: Kind; entry: string }[] | undefined {
  const lines = text.split('\n');
  const found: { kind: Kind; entry: string }[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const header = /^(systems|vendors):\s*(#.*)?$/.exec(lines[at] ?? '');
    if (!header) {
      if (/^(systems|vendors):/.test(lines[at] ?? '')) return undefined;
      continue;
    }
    const kind = SECTIONS[header[1] ?? ''] as Kind;
    let end = at + 1;
    // The list goes on over indented, blank and comment lines, and dash lines at the key's own indentation.
    while (end < lines.length && /^(\s|#|-(\s|$)|$)/.test(lines[end] ?? '')) end += 1;
    found.push(...splitItems(lines.slice(at + 1, end)).map((entry) => ({ kind, entry })));
    at = end - 1;
  }
  return found;
}

/** A block list's lines cut at each item: a line with the first item's indentation and a dash. */
function splitItems(lines: string[]): string[] {
  const first = lines.find((line) => /^\s*- /.test(line) || /^\s*-$/.test(line));
  if (first === undefined) return [];
  const indent = /^\s*/.exec(first)?.[0] ?? '';
  const items: string[][] = [];
  for (const line of lines) {
    const starts = line.startsWith(`${indent}-`) && /^[-]\s|^-$/.test(line.slice(indent.length));
    if (starts) items.push([]);
    items[items.length - 1]?.push(line.startsWith(indent) ? line.slice(indent.length) : line);
  }
  // Trailing blank lines and spaces are not part of an entry: the last entry of a file ends differently.
  return items.map((item) => item.join('\n').trimEnd());
}

function wholeFile(text: string): { name: string; kind: Kind }[] {
  const data = parseQuietly(text);
  if (!isObject(data)) return [];
  return [...namesOf('system', data.systems), ...namesOf('vendor', data.vendors)];
}

/** An old version may be broken YAML: it then names nothing. No aliases: plans need none, and they can loop. */
function parseQuietly(text: string): unknown {
  try {
    return parse(text, { maxAliasCount: 0 });
  } catch {
    return undefined;
  }
}

function namesOf(kind: Kind, list: unknown): { name: string; kind: Kind }[] {
  const found: { name: string; kind: Kind }[] = [];
  for (const item of Array.isArray(list) ? list.filter(isObject) : []) {
    const aliases = kind === 'system' && Array.isArray(item.aliases) ? (item.aliases as unknown[]) : [];
    for (const name of [item.name, ...aliases]) {
      if (typeof name === 'string' && name.trim() !== '') found.push({ name, kind });
    }
  }
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
