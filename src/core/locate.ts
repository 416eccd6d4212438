import { isMap, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Position } from './diagnostic.js';
import type { PlanPath } from './plan-path.js';
import { positionAt } from './position.js';

/** Where to point inside a YAML node: at its key (unknown keys), or at its value. */
export type Anchor = 'key' | 'value';

/**
 * Finds the line and column of the value at `path` in one parsed file. A path that does not exist
 * (a missing property) falls back to its nearest existing ancestor, pointing at that ancestor's key.
 */
export function locate(doc: Document, lineCounter: LineCounter, path: PlanPath, anchor: Anchor = 'value'): Position {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const prefix = path.slice(0, depth);
    const missing = depth < path.length;
    const node = nodeAt(doc, prefix, missing || anchor === 'key' ? 'key' : 'value');
    if (node?.range) return positionAt(lineCounter, node.range[0], node.range[1]);
  }
  return { line: 1, column: 1 };
}

function nodeAt(doc: Document, path: PlanPath, anchor: Anchor): Node | undefined {
  if (path.length === 0) return (doc.contents as Node | null) ?? undefined;
  const parent = doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => keyOf(item.key) === last);
    if (!pair) return undefined;
    return ((anchor === 'key' ? pair.key : (pair.value ?? pair.key)) as Node | null) ?? undefined;
  }
  if (isSeq(parent) && typeof last === 'number') return (parent.items[last] as Node | undefined) ?? undefined;
  return undefined;
}

function keyOf(key: unknown): unknown {
  return key && typeof key === 'object' && 'value' in key ? (key as { value: unknown }).value : key;
}
