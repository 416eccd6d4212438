import type { PlanModel } from '../model/plan-model.js';
import type { System } from '../core/plan.generated.js';
import { caseInsensitiveNames, toolNames } from './business-tools.js';
import { isOrdinaryWords } from './english-words.js';
import type { PastName, PlanHistory } from '../git/plan-history.js';
import type { ListedTool } from './tool-list.js';
import { hostOf, type NameKind, type NamePattern } from './tool-mentions.js';

/**
 * What a name in the prose turned out to name: a system of the inventory, a vendor of the plan (known, never
 * stale), a system or vendor name the plan had in an earlier commit and has no more, or a tool from the list.
 */
export type Subject = { system: System } | { vendor: string } | { past: PastName } | { tool: ListedTool };

/** The names the plan knows now, in lower case: its systems and their aliases, its vendors by name and id. */
export function knownNames(plan: PlanModel): Set<string> {
  const known = new Set<string>();
  for (const system of plan.systems.values()) {
    for (const name of [system.name, ...(system.aliases ?? [])]) known.add(name.toLowerCase());
  }
  for (const vendor of plan.vendors.values()) {
    known.add(vendor.name.toLowerCase());
    known.add(vendor.id.replace(/-/g, ' '));
  }
  return known;
}

/** A name of everyday words matches only as written: "Teams" is not "the nursing teams". */
const kindOf = (text: string): NameKind => (isOrdinaryWords(text) ? 'exact' : 'name');

/**
 * Every name to look for, the plan's own first, so that a retired system or a vendor wins over a listed tool of
 * the same name, and the plan's present over its past.
 */
export function namePatterns(
  plan: PlanModel,
  tools: readonly ListedTool[],
  history?: PlanHistory,
): NamePattern<Subject>[] {
  const patterns: NamePattern<Subject>[] = [];
  const add = (text: string, subject: Subject, kind: NameKind = kindOf(text)): void => {
    patterns.push({ text, kind, subject });
  };
  for (const system of plan.systems.values()) {
    for (const text of [system.name, ...(system.aliases ?? [])]) add(text, { system });
    const host = system.url ? hostOf(system.url) : undefined;
    if (host) add(host, { system }, 'domain');
  }
  for (const vendor of plan.vendors.values()) add(vendor.name, { vendor: vendor.name });
  for (const past of gonePastNames(plan, history)) add(past.name, { past });
  const personWords = new Set([...plan.people.values()].flatMap((person) => person.name.split(/\s+/)));
  for (const listed of tools) {
    const { tool } = listed;
    for (const text of caseInsensitiveNames(tool)) add(text, { tool: listed });
    // "Sage" is a tool, and the first name of someone in the plan: then it is the person.
    for (const text of tool.properNouns ?? []) if (!personWords.has(text)) add(text, { tool: listed }, 'proper');
    for (const text of tool.domains ?? []) add(text, { tool: listed }, 'domain');
  }
  return patterns;
}

/**
 * The names earlier commits gave systems and vendors that the plan no longer has. A past alias made only of
 * everyday words in lower case ("the phones", "backup internet") described a system rather than naming it: the
 * same words in today's prose are about today's system.
 */
function gonePastNames(plan: PlanModel, history: PlanHistory | undefined): PastName[] {
  if (history?.kind !== 'names') return [];
  const known = knownNames(plan);
  return history.names.filter(
    ({ name }) => !known.has(name.toLowerCase()) && !(name === name.toLowerCase() && isOrdinaryWords(name)),
  );
}

/** What the plan says about each listed tool: the systems that are that tool, and whether a vendor is. */
export interface ToolLinks {
  systems: Map<ListedTool, System[]>;
  /** Tools that a vendor of the plan is, or whose name a vendor's name holds: the business knows them. */
  vendors: Set<ListedTool>;
}

/**
 * A system is a listed tool when its name or an alias is one of the tool's names or holds one ("Acme card
 * terminals" is Acme), when its vendor is, or when its web address is on the tool's domain.
 */
export function inventoryLinks(plan: PlanModel, tools: readonly ListedTool[]): ToolLinks {
  // Indexed once, then each system is looked up by its words and host: a large inventory against the whole tool
  // list would otherwise be millions of comparisons.
  const index = new ToolIndex(tools);
  const links: ToolLinks = { systems: new Map(tools.map((listed) => [listed, []])), vendors: new Set() };
  for (const system of plan.systems.values()) {
    const vendor = system.vendor ? plan.vendors.get(system.vendor) : undefined;
    const names = [system.name, ...(system.aliases ?? []), ...(vendor ? vendorNames(vendor) : [])];
    const found = new Set([...names.flatMap((name) => index.named(name)), ...index.onDomain(system.url)]);
    for (const listed of found) links.systems.get(listed)?.push(system);
  }
  for (const vendor of plan.vendors.values()) {
    for (const listed of vendorNames(vendor).flatMap((name) => index.named(name))) links.vendors.add(listed);
  }
  return links;
}

/** The listed tools by the first word of each of their names, and by domain. */
class ToolIndex {
  private readonly byFirstWord = new Map<string, { words: string; whole: boolean; listed: ListedTool }[]>();
  private readonly byDomain = new Map<string, ListedTool[]>();

  constructor(tools: readonly ListedTool[]) {
    for (const listed of tools) {
      for (const name of toolNames(listed.tool)) {
        const words = wordsOf(name);
        const first = words.split(' ')[0] ?? '';
        // A name of everyday words ("Box", "Teams") must be the whole name: "Lock box" is not Box.
        const entry = { words, whole: isOrdinaryWords(name), listed };
        this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), entry]);
      }
      for (const domain of listed.tool.domains ?? []) {
        this.byDomain.set(domain, [...(this.byDomain.get(domain) ?? []), listed]);
      }
    }
  }

  /** The tools a name is, or whose name it holds as whole words. */
  named(name: string): ListedTool[] {
    const words = wordsOf(name);
    const padded = ` ${words} `;
    const found: ListedTool[] = [];
    for (const word of new Set(words.split(' '))) {
      for (const entry of this.byFirstWord.get(word) ?? []) {
        if (entry.whole ? words === entry.words : padded.includes(` ${entry.words} `)) found.push(entry.listed);
      }
    }
    return found;
  }

  /** The tools on whose domain (or a subdomain of it) a web address is. */
  onDomain(url: string | undefined): ListedTool[] {
    const host = url ? hostOf(url) : undefined;
    if (!host) return [];
    const labels = host.split('.');
    return labels.flatMap((_, at) => this.byDomain.get(labels.slice(at).join('.')) ?? []);
  }
}

const vendorNames = (vendor: { id: string; name: string }): string[] => [vendor.name, vendor.id.replace(/-/g, ' ')];

/** A name as its lower-case words joined by single spaces, so that names compare word by word. */
function wordsOf(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ');
}
