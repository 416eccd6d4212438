import { isRecord, valuesAt } from '../core/plan-schema.js';
import { diffFields, type DiffScope, type FieldSpec } from './fields.js';
import { findRenames, type Rename } from './renames.js';
import {
  communicationFields,
  contactsFields,
  documentFields,
  personFields,
  planFields,
  premisesFields,
  scenarioFields,
  systemFields,
  vendorFields,
} from './sections.js';
import type { ChangedItem, DiffInput, PlanChange } from './types.js';
import { same } from './values.js';

/** A list section: its items have ids and are matched by them. */
interface ListSection {
  section: string;
  noun: string;
  fields: Record<string, FieldSpec>;
  /** Adding or removing one changes what people read in an outage. */
  relevant: boolean;
  added?: (name: string) => string;
  removed?: (name: string) => string;
}

const LISTS: ListSection[] = [
  {
    section: 'scenarios',
    noun: 'scenario',
    fields: scenarioFields,
    relevant: true,
    added: (name) => `the quick reference now has a row for “${name}”`,
    removed: (name) => `the quick reference no longer has a row for “${name}”`,
  },
  {
    section: 'people',
    noun: 'person',
    fields: personFields,
    relevant: true,
    added: (name) => `${name} now appears on the contact pages`,
    removed: (name) => `${name} is no longer in the binder`,
  },
  {
    section: 'vendors',
    noun: 'vendor',
    fields: vendorFields,
    relevant: true,
    added: (name) => `the vendor pages now list ${name}`,
    removed: (name) => `the vendor pages no longer list ${name}`,
  },
  { section: 'systems', noun: 'system', fields: systemFields, relevant: false },
  {
    section: 'premises',
    noun: 'site',
    fields: premisesFields,
    relevant: true,
    added: (name) => `the binder now covers the site ${name}`,
    removed: (name) => `the binder no longer covers the site ${name}`,
  },
  { section: 'documents', noun: 'document', fields: documentFields, relevant: true },
  { section: 'exercises', noun: 'exercise', fields: {}, relevant: false },
];

/** Sections that are one mapping, compared field by field. */
const MAPPINGS: { section: string; noun: string; fields: Record<string, FieldSpec> }[] = [
  { section: 'plan', noun: 'plan', fields: planFields },
  { section: 'communication', noun: 'communication', fields: communicationFields },
  { section: 'contacts', noun: 'critical contacts', fields: contactsFields },
  { section: 'testing', noun: 'testing cadence', fields: {} },
];

export interface PlanDiff {
  changes: PlanChange[];
  renames: Rename[];
}

/**
 * What changed in meaning between two versions of a plan: items matched by id (renamed ids followed), fields
 * compared by what they say. Key order, quoting, folding and re-wrapping of YAML are no change.
 */
export function diffPlans(before: DiffInput, after: DiffInput): PlanDiff {
  const { renames, before: rewritten } = findRenames(before.data, after.data);
  const old: DiffInput = { data: rewritten, markdown: before.markdown };
  const scope: DiffScope = { before: old, after, names: namer(old.data, after.data), out: [] };
  scope.out.push(...renames.map((rename) => renamed(after.data, rename)));
  for (const list of LISTS) diffList(scope, list);
  for (const mapping of MAPPINGS) diffMapping(scope, mapping.section, mapping.noun, mapping.fields);
  const known = new Set([...LISTS.map((l) => l.section), ...MAPPINGS.map((m) => m.section)]);
  for (const section of otherSections(old.data, after.data, known)) diffOther(scope, section);
  return { changes: scope.out, renames };
}

function diffList(scope: DiffScope, list: ListSection): void {
  const old = itemsOf(scope.before.data, list.section);
  const now = itemsOf(scope.after.data, list.section);
  const oldById = new Map(old.map((item) => [item.id, item]));
  const nowIds = new Set(now.map((item) => item.id));
  for (const [index, item] of now.entries()) {
    const match = oldById.get(item.id);
    // Most items of a large plan did not change: one comparison of the whole item skips their fields.
    if (match && same(match, item)) continue;
    const at = { item: changedItem(list, item), path: [list.section, index] };
    if (match) diffFields(scope, at, match, item, list.fields);
    else scope.out.push(itemChange(list, at, 'added', list.added));
  }
  for (const item of old.filter((o) => !nowIds.has(o.id))) {
    const at = { item: changedItem(list, item), path: [list.section] };
    const change = itemChange(list, at, 'removed', list.removed);
    if (list.section === 'people') change.risk = 'person-removed';
    scope.out.push(change);
  }
}

function itemChange(
  list: ListSection,
  at: { item: ChangedItem; path: (string | number)[] },
  kind: 'added' | 'removed',
  outage: ((name: string) => string) | undefined,
): PlanChange {
  return {
    item: at.item,
    kind,
    summary: kind,
    path: at.path,
    outageRelevant: list.relevant,
    ...(outage ? { outage: outage(at.item.name) } : {}),
  };
}

function diffMapping(scope: DiffScope, section: string, noun: string, fields: Record<string, FieldSpec>): void {
  const [old, now] = [sectionOf(scope.before.data, section), sectionOf(scope.after.data, section)];
  if (old === undefined && now === undefined) return;
  diffFields(scope, { item: { section, noun, name: noun }, path: [section] }, old, now, fields);
}

/** A section bcp's diff has no words for yet (added to the format later): compared as a list or a mapping. */
function diffOther(scope: DiffScope, section: string): void {
  const value = sectionOf(scope.after.data, section) ?? sectionOf(scope.before.data, section);
  if (Array.isArray(value)) diffList(scope, { section, noun: section, fields: {}, relevant: false });
  else diffMapping(scope, section, section, {});
}

function renamed(after: unknown, rename: Rename): PlanChange {
  const section = rename.list.join('.');
  const list = LISTS.find((l) => l.section === section);
  const items = valuesAt(after, rename.list)[0]?.value;
  const index = Array.isArray(items) ? items.findIndex((item) => isRecord(item) && item.id === rename.to) : -1;
  const item = Array.isArray(items) ? (items[index] as Record<string, unknown>) : { id: rename.to };
  const noun = list?.noun ?? (section === 'communication.templates' ? 'message template' : section);
  return {
    item: { section, noun, name: itemName(item), id: rename.to },
    kind: 'renamed',
    summary: `id renamed from \`${rename.from}\` to \`${rename.to}\``,
    path: [...rename.list, ...(index >= 0 ? [index] : [])],
    outageRelevant: false,
  };
}

function changedItem(list: { section: string; noun: string }, item: Record<string, unknown>): ChangedItem {
  return { section: list.section, noun: list.noun, name: itemName(item), id: String(item.id) };
}

function itemName(item: Record<string, unknown>): string {
  const name = item.name ?? item.title ?? item.id;
  return typeof name === 'string' ? name : String(item.id);
}

function itemsOf(data: unknown, section: string): Record<string, unknown>[] {
  const value = sectionOf(data, section);
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => isRecord(item)) : [];
}

function sectionOf(data: unknown, section: string): unknown {
  return isRecord(data) ? data[section] : undefined;
}

function otherSections(before: unknown, after: unknown, known: Set<string>): string[] {
  const keys = [...Object.keys(isRecord(after) ? after : {}), ...Object.keys(isRecord(before) ? before : {})];
  return [...new Set(keys)].filter((key) => !known.has(key));
}

/** Names ids as people know them: a person's name, a scenario's title; the id itself when it is unknown. */
function namer(before: unknown, after: unknown): (list: string, id: unknown) => string {
  const cache = new Map<string, Map<string, string>>();
  const names = (list: string): Map<string, string> => {
    let map = cache.get(list);
    if (!map) {
      map = new Map();
      for (const data of [before, after]) {
        const items = valuesAt(data, list.split('.'))[0]?.value;
        if (!Array.isArray(items)) continue;
        for (const item of items) if (isRecord(item) && typeof item.id === 'string') map.set(item.id, itemName(item));
      }
      cache.set(list, map);
    }
    return map;
  };
  return (list, id) => names(list).get(String(id)) ?? `\`${String(id)}\``;
}
