/**
 * bcp's library API: everything the `bcp` command does, as functions. The CLI in `cli/` is a thin layer over them.
 *
 * ```ts
 * import { check, build } from 'bcp-plan';
 * const { diagnostics } = await check('plan', { today: '2026-11-27' });
 * await build('plan', { out: 'dist', today: '2026-11-27', paper: 'a4' });
 * await build('plan', { out: 'public', today: '2026-11-27', paper: 'a4', audience: 'public' });
 * ```
 */
export {
  compareDiagnostics,
  countBySeverity,
  severityRank,
  type Diagnostic,
  type Severity,
} from './core/diagnostic.js';
export { loadPlan, type LoadedPlan, type SourceLocation } from './load/load-plan.js';
export { PlanLoadError } from './load/load-error.js';
export { formatDuration, parseDuration } from './core/duration.js';
export type * from './core/plan.generated.js';
export { buildModel, type PlanModel } from './model/plan-model.js';
export { resolveToday } from './core/today.js';
export { redactPlanData } from './model/redact.js';
export { AUDIENCES, hiddenValues, sensitiveFields, type Audience, type Sensitivity } from './model/sensitive-fields.js';
export { validatePlan } from './validate/validate-plan.js';
export { checkPlan as check, type CheckOptions, type CheckResult } from './pipeline/check.js';
export { loadConfig, type LintConfig } from './lint/config.js';
export { runLint } from './lint/run-lint.js';
export { rules } from './lint/rules/index.js';
export type { Finding, LintContext, LintRule } from './lint/types.js';
export type { GitFacts } from './git/git-facts.js';
export { gatherPlanHistory, gitFacts, type PlanGitHistory } from './git/gather.js';
export {
  buildPlan as build,
  BinderFailedError,
  PlanInvalidError,
  type BuildOptions,
  type BuildResult,
} from './pipeline/build.js';
export { WatchSession as Watch, type WatchEvent, type WatchOptions } from './watch/watch-session.js';
export { verifyOutput as verify } from './output/verify.js';
export { formatters, type FormatContext, type FormatName, type Formatter } from './report/index.js';
export { findBrowser, type BrowserSearch, type FoundBrowser } from './output/find-browser.js';
export { runDoctor as doctor, type DoctorCheck } from './doctor/doctor.js';
export { initProject as init, InitConflictError, type InitResult } from './init/init-project.js';
export type { InitAnswers } from './init/scaffold.js';

import type { Diagnostic } from './core/diagnostic.js';
import { loadPlan, type LoadedPlan } from './load/load-plan.js';
import { validatePlan } from './validate/validate-plan.js';

/** Loads and validates a plan folder in one call. */
export async function validate(planDir: string): Promise<{ plan: LoadedPlan; diagnostics: Diagnostic[] }> {
  const plan = await loadPlan(planDir);
  return { plan, diagnostics: validatePlan(plan) };
}
