import { readFileSync } from 'node:fs';
import { lazy } from './lazy.js';
import { isRecord } from './is-record.js';

export { isRecord };

/** A JSON Schema node, loosely typed: the walkers below only read a few keywords. */
export interface SchemaNode {
  $ref?: string;
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  definitions?: Record<string, SchemaNode>;
  [keyword: string]: unknown;
}

/** The published schema, read from the package's `schemas/` folder (the same file editors use). */
export const planSchema = lazy(
  () => JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8')) as SchemaNode,
);

/** A path pattern into the plan data; `*` stands for any list index. */
export type FieldPattern = readonly string[];

const definitionName = (ref: string): string => ref.replace('#/definitions/', '');

/**
 * Every place in the plan format where a value uses the named definition, for example every field that
 * holds a `personRef`. Reading this from the schema keeps reference checks and the schema from drifting apart.
 */
export function fieldsUsing(definition: string, schema: SchemaNode = planSchema()): FieldPattern[] {
  const found: string[][] = [];
  const walk = (node: SchemaNode | undefined, path: string[], visiting: Set<string>): void => {
    if (!node) return;
    if (node.$ref) {
      const name = definitionName(node.$ref);
      if (name === definition) found.push(path);
      // A reference definition is a leaf: looking inside would find `id` everywhere a reference is made.
      else if (!visiting.has(name) && !name.endsWith('Ref')) {
        walk(schema.definitions?.[name], path, new Set([...visiting, name]));
      }
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, [...path, key], visiting);
    walk(node.items, [...path, '*'], visiting);
    for (const branch of node.anyOf ?? []) walk(branch, path, visiting);
  };
  walk(schema, [], new Set());
  return found;
}

export interface FieldValue {
  path: (string | number)[];
  value: unknown;
}

/** The values in `data` that a pattern points at, with their concrete paths. Values of the wrong shape are skipped. */
export function valuesAt(data: unknown, pattern: FieldPattern): FieldValue[] {
  let current: FieldValue[] = [{ path: [], value: data }];
  for (const segment of pattern) {
    const next: FieldValue[] = [];
    for (const { path, value } of current) {
      if (segment === '*') {
        if (Array.isArray(value)) value.forEach((item, index) => next.push({ path: [...path, index], value: item }));
      } else if (isRecord(value) && segment in value) {
        next.push({ path: [...path, segment], value: value[segment] });
      }
    }
    current = next;
  }
  return current;
}

/** The top-level sections that are lists (joined across files) and those that are single mappings. */
export function sectionShapes(schema: SchemaNode = planSchema()): { lists: Set<string>; mappings: Set<string> } {
  const lists = new Set<string>();
  const mappings = new Set<string>();
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    (node.type === 'array' ? lists : mappings).add(name);
  }
  return { lists, mappings };
}
