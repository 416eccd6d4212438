import { styleText } from 'node:util';
import { countBySeverity, type Diagnostic, type Severity } from '../core/diagnostic.js';
import type { Formatter } from './formatter.js';

const colours: Record<Severity, 'red' | 'yellow' | 'blue'> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Readable in a terminal: diagnostics grouped by file, `line:column severity message rule`, then a count. */
export const stylish: Formatter = (diagnostics, { color }) => {
  const paint = (style: Parameters<typeof styleText>[0], text: string): string =>
    color ? styleText(style, text) : text;
  if (diagnostics.length === 0) return '';
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const width = Math.max(...diagnostics.map((d) => `${d.line}:${d.column}`.length));
  const blocks = [...byFile].map(([file, list]) => {
    const lines = list.map((d) => {
      const where = `${d.line}:${d.column}`.padEnd(width);
      const hint = d.hint ? `\n  ${' '.repeat(width)}  ${paint('dim', `hint: ${d.hint}`)}` : '';
      return `  ${paint('dim', where)}  ${paint(colours[d.severity], d.severity.padEnd(7))}  ${d.message}  ${paint('dim', d.ruleId)}${hint}`;
    });
    return `${paint('underline', file)}\n${lines.join('\n')}`;
  });
  return `${blocks.join('\n\n')}\n\n${summary(diagnostics, paint)}\n`;
};

function summary(diagnostics: readonly Diagnostic[], paint: (style: 'bold', text: string) => string): string {
  const counts = countBySeverity(diagnostics);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'note')];
  return paint('bold', `${plural(diagnostics.length, 'problem')} (${parts.join(', ')})`);
}
