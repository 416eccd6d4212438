import type { PlanComparison } from '../compare.js';
import type { ChangedItem, PlanChange, Risk } from '../types.js';

/** The order sections are shown in: what people need in an outage first. */
const SECTION_ORDER = [
  'scenarios',
  'people',
  'vendors',
  'premises',
  'communication',
  'communication.templates',
  'systems',
  'documents',
  'contacts',
  'plan',
  'exercises',
  'testing',
];

export const SECTION_TITLES: Record<string, string> = {
  scenarios: 'Scenarios',
  people: 'People',
  vendors: 'Vendors',
  premises: 'Sites and call rerouting',
  communication: 'Communication',
  'communication.templates': 'Message templates',
  systems: 'Systems',
  documents: 'Documents',
  contacts: 'Critical contacts',
  plan: 'The plan itself',
  exercises: 'Exercises',
  testing: 'Testing cadence',
};

/** Why a risky change needs a second look, in a reviewer's words. */
export const RISK_WORDS: Record<Risk, string> = {
  'target-raised': 'a recovery target was raised: the business now accepts a longer outage or more lost data',
  'step-removed': 'a step was removed with no replacement: check that nothing it did is now left undone',
  'number-changed': 'a phone number changed or was removed: call it once before merging',
  'rerouting-changed': 'call rerouting changed: test the diversion before merging',
  'person-removed': 'a person was removed or left: check that nobody still expects them to act',
};

export interface ItemGroup {
  item: ChangedItem;
  changes: PlanChange[];
}

export interface SectionGroup {
  section: string;
  title: string;
  items: ItemGroup[];
}

/** Changes grouped by section, then by item, in the order the plan's readers need them. */
export function groupChanges(changes: readonly PlanChange[]): SectionGroup[] {
  const sections = new Map<string, Map<string, ItemGroup>>();
  for (const change of changes) {
    const items = sections.get(change.item.section) ?? new Map<string, ItemGroup>();
    sections.set(change.item.section, items);
    const key = change.item.id ?? change.item.name;
    const group = items.get(key) ?? { item: change.item, changes: [] };
    items.set(key, group);
    group.changes.push(change);
  }
  const rank = (section: string): number => {
    const index = SECTION_ORDER.indexOf(section);
    return index < 0 ? SECTION_ORDER.length : index;
  };
  return [...sections]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([section, items]) => ({
      section,
      title: SECTION_TITLES[section] ?? `\`${section}\``,
      items: [...items.values()],
    }));
}

/** "scenario “CRM is down” (`crm-outage`)": how an item is named in a sentence. */
export function itemLabel(item: ChangedItem): string {
  if (item.id === undefined) return item.noun;
  const name = item.name === item.id ? '' : ` “${item.name}”`;
  return `${item.noun}${name} (\`${item.id}\`)`;
}

export function headline(comparison: Extract<PlanComparison, { ok: true }>): string {
  const count = comparison.diff.changes.length;
  const base = `\`${comparison.base.ref}\` (${comparison.base.sha.slice(0, 7)})`;
  return count === 0
    ? `No change to what the plan says since ${base}.`
    : `${count} change${count === 1 ? '' : 's'} to what the plan says since ${base}.`;
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Outage sentences, each said once: several changes to one item often mean the same thing to a reader. */
export function outageLines(changes: readonly PlanChange[]): string[] {
  return [...new Set(changes.flatMap((change) => (change.outage ? [capitalize(change.outage)] : [])))];
}
