import { isMap, visit, type Document, type LineCounter, type YAMLError, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { positionAt } from '../core/position.js';

/**
 * Turns one of the yaml package's errors or warnings into a `yaml` diagnostic in plain words. Positions come
 * from our LineCounter: with `prettyErrors: false` the error carries offsets only, no line and column.
 */
export function fromYamlError(
  file: string,
  text: string,
  doc: Document,
  lineCounter: LineCounter,
  error: YAMLError,
): Diagnostic {
  const [start, end] = errorRange(doc, error);
  const where = positionAt(lineCounter, start, end);
  return {
    ruleId: 'yaml',
    severity: 'error',
    message: plainMessage(error, text),
    file,
    ...where,
  };
}

/**
 * The yaml package reports an unclosed quote at the end of the file, where it gave up; the owner needs the
 * place where the quote was opened.
 */
function errorRange(doc: Document, error: YAMLError): [number, number] {
  const flow = unclosedFlow(doc, error);
  if (flow) return [flow.range![0], flow.range![0] + 1];
  if (error.code !== 'MISSING_CHAR' || !/quote/.test(error.message)) return error.pos;
  let opened: [number, number] | undefined;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[1] >= error.pos[0] && node.range[0] < error.pos[0]) {
        opened = [node.range[0], node.range[0] + 1];
      }
    },
  });
  return opened ?? error.pos;
}

/**
 * The `[` or `{` that a "must end with a ]" error is about. The parser notices the missing bracket only where the next
 * line starts (or at the end of the file); the owner needs the line where the list was opened. The innermost
 * collection of that kind that ends where the error is, and whose text does not end with its closing bracket.
 */
function unclosedFlow(doc: Document, error: YAMLError): YAMLSeq | YAMLMap | undefined {
  const kind = /^Flow (sequence|map) .*end with a [\]}]/.exec(error.message)?.[1];
  if (error.code !== 'BAD_INDENT' || !kind) return undefined;
  let found: YAMLSeq | YAMLMap | undefined;
  visit(doc, {
    Collection(_, node) {
      const range = node.range;
      if (!node.flow || !range || (kind === 'map') !== isMap(node)) return;
      if (range[1] === error.pos[0] && (!found || range[0] > found.range![0])) found = node;
    },
  });
  return found;
}

function plainMessage(error: YAMLError, text: string): string {
  const near = text.slice(error.pos[0], error.pos[1]).trim();
  if (/^Flow sequence .*end with a \]/.test(error.message)) {
    return 'the `[` that opens this list is never closed; add `]` after its last item';
  }
  if (/^Flow map .*end with a \}/.test(error.message)) {
    return 'the `{` that opens this mapping is never closed; add `}` after its last entry';
  }
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
    case 'BAD_SCALAR_START':
      return `a value cannot start with \`${near}\` unless it is quoted; put the value in quotes`;
    case 'BAD_INDENT':
      return `the indentation is wrong here: ${yamlSentence(error)}`;
    case 'MISSING_CHAR':
      return /quote/.test(error.message)
        ? 'the quote that opens this value is never closed; add the closing quote at the end of the value'
        : `YAML syntax error: ${yamlSentence(error)}`;
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
