import { fieldsUsing, isRecord, valuesAt, type FieldPattern } from '../core/plan-schema.js';
import { same } from './values.js';

/** The lists whose items have ids, and the reference definition that points at them. */
export const ID_LISTS: readonly { list: FieldPattern; ref?: string }[] = [
  { list: ['people'], ref: 'personRef' },
  { list: ['systems'], ref: 'systemRef' },
  { list: ['vendors'], ref: 'vendorRef' },
  { list: ['premises'], ref: 'premisesRef' },
  { list: ['scenarios'], ref: 'scenarioRef' },
  { list: ['documents'], ref: 'documentRef' },
  { list: ['communication', 'templates'], ref: 'templateRef' },
  { list: ['exercises'] },
];

export interface Rename {
  list: FieldPattern;
  from: string;
  to: string;
  /** Whether the item is otherwise the same (else it was renamed and changed). */
  sameContent: boolean;
}

type Item = Record<string, unknown>;

/**
 * Finds ids that were renamed, and returns the base plan rewritten with the new ids (the item's own and every
 * reference to it), so that what follows compares like with like: a renamed person is not "removed and added",
 * and the scenarios naming them did not change. An item whose content is the same apart from its id is a rename;
 * so is one whose name or title is the only one of its kind to have moved to a new id. Renames found in one list
 * can make items of another equal (a deputy renamed), so the search repeats until nothing new is found.
 */
export function findRenames(before: unknown, after: unknown): { renames: Rename[]; before: unknown } {
  let rewritten: unknown = structuredClone(before);
  const renames: Rename[] = [];
  for (let found = true; found;) {
    found = false;
    for (const { list, ref } of ID_LISTS) {
      for (const rename of renamesIn(list, rewritten, after, (a, b) => same(withoutId(a), withoutId(b)))) {
        renames.push({ list, ...rename, sameContent: true });
        rewritten = rewrite(rewritten, list, ref, rename.from, rename.to);
        found = true;
      }
    }
  }
  for (const { list, ref } of ID_LISTS) {
    for (const rename of renamesIn(list, rewritten, after, sameName)) {
      renames.push({ list, ...rename, sameContent: false });
      rewritten = rewrite(rewritten, list, ref, rename.from, rename.to);
    }
  }
  return { renames, before: rewritten };
}

function renamesIn(
  list: FieldPattern,
  before: unknown,
  after: unknown,
  match: (a: Item, b: Item) => boolean,
): { from: string; to: string }[] {
  const old = items(before, list);
  const now = items(after, list);
  const oldIds = new Set(old.map((item) => item.id));
  const nowIds = new Set(now.map((item) => item.id));
  const removed = old.filter((item) => !nowIds.has(item.id));
  const added = now.filter((item) => !oldIds.has(item.id));
  const found: { from: string; to: string }[] = [];
  for (const item of removed) {
    const candidates = added.filter((other) => match(item, other));
    const [only] = candidates;
    // Two equal candidates (or one claimed by two old items) are a guess, not a rename.
    if (candidates.length !== 1 || !only || removed.filter((other) => match(other, only)).length !== 1) continue;
    found.push({ from: String(item.id), to: String(only.id) });
  }
  return found;
}

function items(data: unknown, list: FieldPattern): Item[] {
  const [found] = valuesAt(data, list);
  return Array.isArray(found?.value)
    ? found.value.filter((v): v is Item => isRecord(v) && typeof v.id === 'string')
    : [];
}

function withoutId(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'id'));
}

function sameName(a: Item, b: Item): boolean {
  const name = (item: Item): unknown => item.name ?? item.title;
  return typeof name(a) === 'string' && same(name(a), name(b));
}

/** The plan with one id renamed: the item itself and every reference to it, as the schema lists them. */
function rewrite(data: unknown, list: FieldPattern, ref: string | undefined, from: string, to: string): unknown {
  for (const item of items(data, list)) if (item.id === from) item.id = to;
  if (!ref) return data;
  for (const pattern of fieldsUsing(ref)) {
    for (const { path, value } of valuesAt(data, pattern)) {
      if (value !== from) continue;
      const parent = parentAt(data, path);
      const key = path[path.length - 1];
      if (parent && key !== undefined) (parent as Record<string | number, unknown>)[key] = to;
    }
  }
  return data;
}

function parentAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const segment of path.slice(0, -1)) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}
