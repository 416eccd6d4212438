import { isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';

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
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' });
  const problems = [...doc.errors, ...doc.warnings].map((error) => fromYamlError(file, text, error));
  problems.push(...findAliasesAndMergeKeys(file, doc, lineCounter));
  const seen = new Set<number>();
  const diagnostics = problems
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((d) => !seen.has(d.line) && seen.add(d.line))
    .slice(0, MAX_ERRORS_PER_FILE);
  return { doc, lineCounter, diagnostics };
}

function fromYamlError(file: string, text: string, error: YAMLError): Diagnostic {
  const [start, end] = error.linePos ?? [{ line: 1, col: 1 }];
  return {
    ruleId: 'yaml',
    severity: 'error',
    message: plainMessage(error, text),
    file,
    line: start.line,
    column: start.col,
    ...(end ? { endLine: end.line, endColumn: end.col } : {}),
  };
}

function plainMessage(error: YAMLError, text: string): string {
  const near = text.slice(error.pos[0], error.pos[1]).trim();
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML needs spaces here';
    case 'DUPLICATE_KEY':
      return `key \`${keyAt(text, error.pos[0])}\` appears more than once in the same mapping; keep one`;
    case 'MULTIPLE_DOCS':
      return 'this file holds more than one YAML document (`---`); keep one document per file';
    case 'TAG_RESOLVE_FAILED':
      return `unknown tag \`${near}\`; a plan holds plain values only, remove the tag`;
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a value on the same line as its key cannot contain `: `; quote the value, or move the mapping to its own lines';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a key must fit on one line; check the indentation and the quotes above this line';
    case 'BAD_INDENT':
      return `the indentation is wrong here: ${yamlSentence(error)}`;
    default:
      return `YAML syntax error: ${yamlSentence(error)}`;
  }
}

/** The yaml package's own wording, without its trailing "at line L, column C:". */
function yamlSentence(error: YAMLError): string {
  const first = error.message.split('\n')[0] ?? error.message;
  const sentence = first.replace(/ at line \d+, column \d+:?$/, '');
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const match = /^(["']?)([^"':\n]+)\1\s*:/.exec(rest);
  return (match?.[2] ?? rest.split(/[:\n]/)[0] ?? '').trim();
}

function findAliasesAndMergeKeys(file: string, doc: Document, lineCounter: LineCounter): Diagnostic[] {
  const found: Diagnostic[] = [];
  const at = (offset: number, message: string): void => {
    const { line, col } = lineCounter.linePos(offset);
    found.push({ ruleId: 'yaml', severity: 'error', message, file, line, column: col });
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
  return found.filter((d, i) => !d.message.startsWith('aliases') || found.findIndex((x) => x.message.startsWith('aliases')) === i);
}
