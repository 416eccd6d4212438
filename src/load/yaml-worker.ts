// A worker thread that parses plan files: started by parse-in-workers.ts when a plan has many of them.
import { parentPort } from 'node:worker_threads';
import type { ParsedInWorker, ParseRequest } from './parse-in-workers.js';
import { parseYaml } from './parse-yaml.js';
import { flattenTree } from './yaml-tree.js';

parentPort?.on('message', ({ index, file, text }: ParseRequest) => {
  const { doc, lineCounter, diagnostics } = parseYaml(file, text);
  // A file with problems goes back to be parsed where its document is used: error messages read more of it.
  const tree = diagnostics.length === 0 ? flattenTree(doc) : undefined;
  const data: unknown = tree && doc.contents !== null ? doc.toJS({ maxAliasCount: 0 }) : undefined;
  const lineStarts = Uint32Array.from(lineCounter.lineStarts);
  const reply: ParsedInWorker = tree ? { index, tree, lineStarts, data, diagnostics } : { index };
  parentPort?.postMessage(reply);
});
