import path from 'node:path';
import { countBySeverity, type Diagnostic, type Severity } from '../../diagnostic.js';

export interface HealthView {
  counts: Record<Severity, number>;
  clean: boolean;
  findings: { ruleId: string; severity: Severity; message: string; where: string; hint: string | null }[];
}

/** The lint summary printed in the binder and on the site: where each finding is, relative to the plan folder. */
export function healthView(diagnostics: readonly Diagnostic[], planDir: string): HealthView {
  return {
    counts: countBySeverity(diagnostics),
    clean: diagnostics.length === 0,
    findings: diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      where: `${path.relative(planDir, d.file).split(path.sep).join('/')}:${d.line}`,
      hint: d.hint ?? null,
    })),
  };
}
