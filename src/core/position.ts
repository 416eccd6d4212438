import type { LineCounter } from 'yaml';
import type { Position } from './diagnostic.js';

/**
 * Where an offset into a YAML file is, 1-based. Columns count UTF-16 units, as the yaml package's LineCounter does,
 * so every diagnostic (YAML, schema, lint) agrees on where a character is.
 */
export function positionAt(lineCounter: LineCounter, start: number, end?: number): Position {
  const from = lineCounter.linePos(start);
  if (end === undefined) return { line: from.line, column: from.col };
  const to = lineCounter.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** The same for text that has no LineCounter: before parsing, or a Markdown paragraph inside a value. */
export function positionInText(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
