/** How serious a finding is. Exit code 1 is decided by comparing it with `--fail-on`. */
export type Severity = 'error' | 'warning' | 'info';

export const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** One problem found anywhere in the pipeline, from a YAML syntax error to a lint finding. */
export interface Diagnostic {
  /** What kind of problem: `yaml`, `schema`, `reference`, or a lint rule's id. */
  ruleId: string;
  severity: Severity;
  /** Plain words for a continuity owner. Never a phone number or e-mail address (CI logs are kept by others). */
  message: string;
  /** Path of the file, as the plan folder was given (relative paths stay relative). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Where in the plan the value lives, like `scenarios[2].rto`. */
  path?: string;
  /** What to do about it. */
  hint?: string;
  /** A page that explains the rule. */
  url?: string;
}

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Orders diagnostics by file, then line and column, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}
