import type { PlanModel } from '../model/plan-model.js';
import type { System } from '../model/plan.generated.js';
import { caseInsensitiveNames, toolNames } from './business-tools.js';
import { isOrdinaryWords } from './english-words.js';
import type { PastName, PlanHistory } from './git/plan-history.js';
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
  const padded = (name: string): string => ` ${wordsOf(name)} `;
  // Each system's names and host once: a large inventory against the whole tool list is millions of comparisons.
  const systems = [...plan.systems.values()].map((system) => {
    const vendor = system.vendor ? plan.vendors.get(system.vendor) : undefined;
    const names = [system.name, ...(system.aliases ?? []), ...(vendor ? vendorNames(vendor) : [])].map(padded);
    return { system, host: system.url ? hostOf(system.url) : undefined, names };
  });
  const vendors = [...plan.vendors.values()].flatMap(vendorNames).map(padded);
  const links: ToolLinks = { systems: new Map(), vendors: new Set() };
  for (const listed of tools) {
    const names = namesToCompare(listed);
    const domains = listed.tool.domains ?? [];
    const holdsName = (own: string): boolean =>
      names.some(({ text, whole }) => (whole ? own === text : own.includes(text)));
    const isTool = ({ host, names: own }: (typeof systems)[number]): boolean =>
      (host !== undefined && domains.some((d) => host === d || host.endsWith(`.${d}`))) || own.some(holdsName);
    links.systems.set(
      listed,
      systems.filter(isTool).map(({ system }) => system),
    );
    if (vendors.some(holdsName)) links.vendors.add(listed);
  }
  return links;
}

const vendorNames = (vendor: { id: string; name: string }): string[] => [vendor.name, vendor.id.replace(/-/g, ' ')];

/**
 * A tool's names as words padded with spaces, to be found inside a system's or vendor's name. A name of everyday
 * words ("Box", "Teams") must be the whole name: "Lock box" and "Nursing Teams roster" are not those tools.
 */
function namesToCompare(listed: ListedTool): { text: string; whole: boolean }[] {
  return toolNames(listed.tool).map((name) => ({ text: ` ${wordsOf(name)} `, whole: isOrdinaryWords(name) }));
}

/** A name as its lower-case words joined by single spaces, so that names compare word by word. */
function wordsOf(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ');
}
