import {
  isRecord,
  planSchema,
  valuesAt,
  type FieldPattern,
  type FieldValue,
  type SchemaNode,
} from '../core/plan-schema.js';

/** How far a value may travel: personal data stays with staff, secrets stay with the plan's owners. */
export type Sensitivity = 'personal' | 'secret';

/** Who a build is for: owners see everything, staff no secrets, the public neither secrets nor personal data. */
export type Audience = 'owners' | 'staff' | 'public';

export const AUDIENCES: readonly Audience[] = ['owners', 'staff', 'public'];

const HIDDEN_FROM: Record<Audience, readonly Sensitivity[]> = {
  owners: [],
  staff: ['secret'],
  public: ['secret', 'personal'],
};

/** A field the schema marks with `x-sensitivity`. */
export interface SensitiveField {
  pattern: FieldPattern;
  sensitivity: Sensitivity;
  /** The schema requires it (a person's phone): a template shows it, so it is replaced by words, not dropped. */
  required: boolean;
  /** It holds a phone number (uses the phone definition). */
  phone: boolean;
}

const definitionName = (ref: string): string => ref.replace('#/definitions/', '');

function requiredIn(parent: SchemaNode, key: string): boolean {
  const lists = [parent.required, (parent.else as SchemaNode | undefined)?.required];
  return lists.some((list) => Array.isArray(list) && list.includes(key));
}

/** Every field the schema marks as personal or secret, read once from the schema (following `$ref`s). */
export function sensitiveFields(schema: SchemaNode = planSchema()): SensitiveField[] {
  const found: SensitiveField[] = [];
  const walk = (node: SchemaNode | undefined, path: string[], visiting: Set<string>, required: boolean): void => {
    if (!node) return;
    const sensitivity = node['x-sensitivity'];
    if (sensitivity === 'personal' || sensitivity === 'secret') {
      found.push({ pattern: path, sensitivity, required, phone: node.$ref === '#/definitions/phone' });
      return;
    }
    if (node.$ref) {
      const name = definitionName(node.$ref);
      // A reference definition is an id, never sensitive; a definition already on the path would loop.
      if (!visiting.has(name) && !name.endsWith('Ref')) {
        walk(schema.definitions?.[name], path, new Set([...visiting, name]), required);
      }
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      walk(child, [...path, key], visiting, requiredIn(node, key));
    }
    walk(node.items, [...path, '*'], visiting, false);
    for (const branch of node.anyOf ?? []) walk(branch, path, visiting, required);
  };
  walk(schema, [], new Set(), false);
  return found;
}

/**
 * The values in plan data that an audience may not see, with the field that marks each. A value the plan also
 * states in a field with no mark (a contact's number that is also one of the plan's emergency numbers) is public
 * by the owner's own choice, and stays.
 */
export function hiddenValues(
  data: unknown,
  audience: Audience,
  schema: SchemaNode = planSchema(),
): (FieldValue & { field: SensitiveField })[] {
  const marked = sensitiveFields(schema).flatMap((field) =>
    valuesAt(data, field.pattern).map((found) => ({ ...found, field })),
  );
  const markedPaths = new Set(marked.map(({ path }) => path.join('\u0000')));
  const open = new Set(openStrings(data, [], markedPaths).map(sameValue));
  return marked.filter(
    ({ value, field }) =>
      HIDDEN_FROM[audience].includes(field.sensitivity) && !(typeof value === 'string' && open.has(sameValue(value))),
  );
}

/** Phone numbers are the same however they are spaced; other values only as written. */
const sameValue = (text: string): string => (/^[+\d\s().-]+$/.test(text) ? text.replace(/\D/g, '') : text);

function openStrings(value: unknown, path: (string | number)[], marked: Set<string>): string[] {
  if (marked.has(path.join('\u0000'))) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item, index) => openStrings(item, [...path, index], marked));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => openStrings(item, [...path, key], marked));
  return [];
}
