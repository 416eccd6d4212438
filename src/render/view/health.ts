import path from 'node:path';
import { countBySeverity, type Diagnostic, type Severity } from '../../core/diagnostic.js';
import type { PlanModel } from '../../model/plan-model.js';
import { unknownFacts } from '../../model/unknown-facts.js';
import { describe } from '../../core/nouns.js';
import { fixedBy } from './fixed-by.js';

export interface HealthView {
  counts: Record<Severity, number>;
  clean: boolean;
  findings: {
    ruleId: string;
    severity: Severity;
    message: string;
    where: string;
    hint: string | null;
    /** Who answers for what the finding is about (a document's owner, a scenario's lead, else the plan owner). */
    fixedBy: string;
  }[];
  /** Facts the plan marks `tbc` (to be confirmed) and `none` (does not apply): counted, and each one listed. */
  unknowns: { tbc: number; none: number; facts: { what: string; state: string; where: string }[] };
}

/** The lint summary printed in the binder and on the site: where each finding is, relative to the plan folder. */
export function healthView(diagnostics: readonly Diagnostic[], plan: PlanModel): HealthView {
  const planDir = plan.dir;
  const relative = (file: string): string => path.relative(planDir, file).split(path.sep).join('/');
  const unknowns = unknownFacts(plan.data);
  return {
    unknowns: {
      tbc: unknowns.filter((u) => u.state === 'tbc').length,
      none: unknowns.filter((u) => u.state === 'none').length,
      facts: unknowns.map((u) => {
        const at = plan.locate(u.path);
        return {
          what: describe(plan.data, u.path),
          state: u.state === 'none' ? 'does not apply' : `to be confirmed${u.who ? ` (${u.who})` : ''}`,
          where: `${relative(at.file)}:${at.line}`,
        };
      }),
    },
    counts: countBySeverity(diagnostics),
    clean: diagnostics.length === 0,
    findings: diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      where: `${relative(d.file)}:${d.line}`,
      hint: d.hint ?? null,
      fixedBy: fixedBy(plan, d.path),
    })),
  };
}
