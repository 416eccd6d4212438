import { compareDiagnostics, countBySeverity, type Diagnostic, type Severity } from '../core/diagnostic.js';
import type { Formatter } from './formatter.js';
import { repoRelativePath } from './relative-path.js';

/**
 * Annotations per severity. GitHub shows only 10 of each kind per step (50 per job) as annotations; the rest
 * still show in the log, so a few more are useful, but a rotten plan must not bury the log in thousands.
 */
export const ANNOTATION_LIMIT = 50;

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const words: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** GitHub Actions workflow commands: one `::error file=…::message` line per finding, then a plain summary. */
export const github: Formatter = (diagnostics, { cwd, root }) => {
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    if (shown[d.severity] >= ANNOTATION_LIMIT) continue;
    shown[d.severity] += 1;
    lines.push(annotation(d, root, cwd));
  }
  const left = diagnostics.length - lines.length;
  return `${[...lines, summary(diagnostics, left)].join('\n')}\n`;
};

function annotation(d: Diagnostic, root: string | undefined, cwd: string | undefined): string {
  const properties: [string, string | number | undefined][] = [
    ['file', repoRelativePath(d.file, root, cwd)],
    ['line', d.line],
    ['col', d.column],
    ['endLine', d.endLine],
    ['endColumn', d.endColumn],
    ['title', `bcp ${d.ruleId}`],
  ];
  const list = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
  return `::${commands[d.severity]} ${list}::${escapeData(message)}`;
}

function summary(diagnostics: readonly Diagnostic[], left: number): string {
  if (diagnostics.length === 0) return 'bcp: no problems';
  const counts = countBySeverity(diagnostics);
  const parts = (Object.keys(words) as Severity[])
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${words[severity]}${counts[severity] === 1 ? '' : 's'}`);
  const rest = left > 0 ? ` (${left} not annotated; see the full report)` : '';
  return `bcp: ${parts.join(', ')}${rest}`;
}

/** As @actions/core escapes a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a command's property values: the message escapes plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
