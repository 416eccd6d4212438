import { Document, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

/**
 * A parsed YAML document flattened into typed arrays, to send from a worker thread: a `Document` is a tree of class
 * instances, which `postMessage` would turn into plain objects. Only what bcp reads from a document survives the
 * trip: maps, sequences and scalars, their ranges (for positions) and the scalars' values. A document holding
 * anything else (an alias) is not flattened: its file is parsed again where it is needed.
 */
export interface FlatTree {
  /** One per node, in document order: 0 nothing, 1 scalar, 2 map (then key, value for each pair), 3 sequence. */
  kinds: Uint8Array;
  /** Three per node that is there: its range in the text. */
  ranges: Uint32Array;
  /** One per map or sequence: how many pairs or items it has. */
  counts: Uint32Array;
  /** One per scalar: its value. */
  values: unknown[];
}

const NOTHING = 0;
const SCALAR = 1;
const MAP = 2;
const SEQUENCE = 3;

/** The document's tree, flattened; undefined when it holds a node other than a map, a sequence or a scalar. */
export function flattenTree(doc: Document): FlatTree | undefined {
  const kinds: number[] = [];
  const ranges: number[] = [];
  const counts: number[] = [];
  const values: unknown[] = [];
  const walk = (node: unknown): boolean => {
    if (node === null || node === undefined) return kinds.push(NOTHING) > 0;
    const range = (node as Node).range ?? [0, 0, 0];
    ranges.push(range[0], range[1], range[2]);
    if (isScalar(node)) {
      kinds.push(SCALAR);
      values.push(node.value);
      return true;
    }
    if (isMap(node)) {
      kinds.push(MAP);
      counts.push(node.items.length);
      return node.items.every((pair) => walk(pair.key) && walk(pair.value));
    }
    if (isSeq(node)) {
      kinds.push(SEQUENCE);
      counts.push(node.items.length);
      return node.items.every(walk);
    }
    return false;
  };
  if (!walk(doc.contents)) return undefined;
  return { kinds: Uint8Array.from(kinds), ranges: Uint32Array.from(ranges), counts: Uint32Array.from(counts), values };
}

/** A document with the tree `flattenTree` made, parsed with the options `parseYaml` uses. */
export function rebuildTree(tree: FlatTree): Document {
  let kind = 0;
  let range = 0;
  let count = 0;
  let value = 0;
  const read = (): Node | null => {
    const what = tree.kinds[kind++];
    if (what === NOTHING) return null;
    const at: [number, number, number] = [tree.ranges[range]!, tree.ranges[range + 1]!, tree.ranges[range + 2]!];
    range += 3;
    const node = what === SCALAR ? new Scalar(tree.values[value++]) : what === MAP ? readMap() : readSequence();
    node.range = at;
    return node;
  };
  const readMap = (): YAMLMap => {
    const map = new YAMLMap();
    const pairs = tree.counts[count++]!;
    for (let i = 0; i < pairs; i++) {
      const key = read();
      map.items.push(new Pair(key, read()));
    }
    return map;
  };
  const readSequence = (): YAMLSeq => {
    const sequence = new YAMLSeq();
    const items = tree.counts[count++]!;
    for (let i = 0; i < items; i++) sequence.items.push(read());
    return sequence;
  };
  const doc = new Document(null, { version: '1.2', uniqueKeys: true, strict: true });
  doc.contents = read();
  return doc;
}
