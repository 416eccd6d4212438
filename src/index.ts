/**
 * bcp's library API: load a plan folder, validate it, and (in later stages) lint and render it.
 * The CLI in `cli/` is a thin layer over these functions.
 */
export { compareDiagnostics, countBySeverity, severityRank, type Diagnostic, type Severity } from './diagnostic.js';
export { loadPlan, type LoadedPlan, type SourceLocation } from './load/load-plan.js';
export { PlanLoadError } from './load/load-error.js';
export { formatDuration, parseDuration } from './model/duration.js';
export type * from './model/plan.generated.js';
export { resolveToday } from './model/today.js';
export { formatters, type FormatName, type Formatter } from './report/index.js';
export { validatePlan } from './validate/validate-plan.js';

import type { Diagnostic } from './diagnostic.js';
import { loadPlan, type LoadedPlan } from './load/load-plan.js';
import { validatePlan } from './validate/validate-plan.js';

/** Loads and validates a plan folder in one call. */
export async function validate(planDir: string): Promise<{ plan: LoadedPlan; diagnostics: Diagnostic[] }> {
  const plan = await loadPlan(planDir);
  return { plan, diagnostics: validatePlan(plan) };
}
