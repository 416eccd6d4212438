import { Document, isScalar, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { blockTooDeep, flowTooDeep } from './nesting.js';
import { fromYamlError } from './yaml-error.js';
import { positionAt } from '../core/position.js';

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

// Later errors in a broken file are usually echoes of the first; a handful is enough to act on.
const MAX_ERRORS_PER_FILE = 5;

/**
 * Parses one plan file as YAML 1.2 with positions. Syntax errors, unknown tags, several documents,
 * aliases and merge keys all become `yaml` diagnostics: a plan needs none of them, and aliases can
 * expand without bound or build cycles that crash validation.
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // Checked before parsing: the parser recurses into every `[`, and past a few thousand it runs out of stack.
  const flowDeep = flowTooDeep(file, text);
  if (flowDeep) return { doc: new Document(null), lineCounter, diagnostics: [flowDeep] };
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' });
  const blockDeep = blockTooDeep(file, doc, lineCounter);
  if (blockDeep) return { doc, lineCounter, diagnostics: [blockDeep] };
  const problems = withoutFollowOns([...doc.errors, ...doc.warnings]).map((error) =>
    fromYamlError(file, text, doc, lineCounter, error),
  );
  // Neither can be there without a `*` or a `<<` in the text; most plan files have neither, and the walk is not free.
  if (/\*|<</.test(text)) problems.push(...findAliasesAndMergeKeys(file, doc, lineCounter));
  const seen = new Set<number>();
  const diagnostics = problems
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((d) => !seen.has(d.line) && seen.add(d.line))
    .slice(0, MAX_ERRORS_PER_FILE);
  return { doc, lineCounter, diagnostics };
}

/** Errors that do not throw the parser off: everything after them is read as the owner meant it. */
const STANDALONE = new Set(['DUPLICATE_KEY', 'TAG_RESOLVE_FAILED', 'MULTIPLE_DOCS']);

/**
 * The first syntax error of a file and nothing the parser said after it: a tab or an unclosed bracket throws the
 * parser off, and the three or four errors that follow (indentation, implicit keys) are echoes that point at lines
 * with nothing wrong.
 */
function withoutFollowOns(errors: YAMLError[]): YAMLError[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = sorted.find((error) => !STANDALONE.has(error.code));
  if (!first) return sorted;
  return sorted.filter((error) => error === first || (STANDALONE.has(error.code) && error.pos[0] < first.pos[0]));
}

function findAliasesAndMergeKeys(file: string, doc: Document, lineCounter: LineCounter): Diagnostic[] {
  const found: Diagnostic[] = [];
  const at = (offset: number, message: string): void => {
    found.push({ ruleId: 'yaml', severity: 'error', message, file, ...positionAt(lineCounter, offset) });
  };
  visit(doc, {
    Alias(_, node) {
      at(node.range?.[0] ?? 0, `aliases (\`*${node.source}\`) are not allowed in a plan; write the value out in full`);
      return visit.SKIP;
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        at(pair.key.range?.[0] ?? 0, 'merge keys (`<<`) are not supported; write the keys out in full');
      }
    },
  });
  // One alias is enough to point at; an alias bomb would otherwise print thousands of lines.
  return found.filter(
    (d, i) => !d.message.startsWith('aliases') || found.findIndex((x) => x.message.startsWith('aliases')) === i,
  );
}
