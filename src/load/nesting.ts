import { isCollection, isPair, type Document, type LineCounter, type Node } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { positionAt, positionInText } from '../core/position.js';

/**
 * How deeply lists and mappings may nest in a plan file. The deepest place in a real plan (an exercise's action's
 * list of steps) is about six levels; the yaml parser, ajv and bcp's own walks recurse, and 10,000 nested `[`
 * ended in "maximum call stack size exceeded" at an arbitrary column.
 */
export const MAX_NESTING = 64;

const message = `this is nested too deeply: more than ${MAX_NESTING} levels of lists and mappings inside each other; a plan needs fewer than ten`;

/** The first place where `[` and `{` nest deeper than the limit, ignoring quoted text and comments. */
export function flowTooDeep(file: string, text: string): Diagnostic | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '#') {
      i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > MAX_NESTING) return textAt(file, text, i);
    } else if (char === ']' || char === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/** The first node nested deeper than the limit, by block indentation or `- - -` (walked without recursion). */
export function blockTooDeep(file: string, doc: Document, lineCounter: LineCounter): Diagnostic | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= MAX_NESTING) return at(file, lineCounter, (node as Node).range?.[0] ?? 0);
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Before parsing there is no LineCounter: count the lines up to `offset`. */
function textAt(file: string, text: string, offset: number): Diagnostic {
  return { ruleId: 'yaml', severity: 'error', message, file, ...positionInText(text, offset) };
}

function at(file: string, lineCounter: LineCounter, offset: number): Diagnostic {
  return { ruleId: 'yaml', severity: 'error', message, file, ...positionAt(lineCounter, offset) };
}
