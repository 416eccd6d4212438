import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { comparePlan } from '../diff/compare.js';
import { printedCopyFacts, type PrintedCopyFacts } from '../diff/printed-copies.js';
import { loadConfig, type LintConfig } from '../lint/config.js';
import { gitFacts } from '../lint/git/git-facts.js';
import { planHistory } from '../lint/git/plan-history.js';
import { runLint } from '../lint/run-lint.js';
import { loadPlan, type LoadedPlan } from '../load/load-plan.js';
import { buildModel, type PlanModel } from '../model/plan-model.js';
import { validatePlan } from '../validate/validate-plan.js';

export interface CheckOptions {
  /** YYYY-MM-DD, from `resolveToday`. */
  today: string;
  /** In a pull request: the base branch to diff against (`--base origin/main`). */
  base?: string;
  /** Path of bcp.config.yaml; when left out, the nearest bcp.config.yaml from the plan folder to the repository root. */
  configFile?: string;
  /** Run the lint rules (false: validation only). */
  lint?: boolean;
  /** Told when each stage starts (the CLI shows the ones that take over a second). */
  onProgress?: (step: string) => void;
}

export interface CheckResult {
  loaded: LoadedPlan;
  /** Present when the plan is valid. */
  model?: PlanModel;
  diagnostics: Diagnostic[];
  /** What history says about the printed copies the plan lists (for the binder's cover), when it was linted. */
  printedCopies?: PrintedCopyFacts[];
}

/**
 * The whole check in stage order: load, validate, then (only for a valid plan) model, git history and lint.
 * Lint rules assume a valid plan, so an invalid one stops after validation.
 */
export async function checkPlan(planDir: string, options: CheckOptions): Promise<CheckResult> {
  const progress = options.onProgress ?? (() => undefined);
  const { config, diagnostics: configProblems } = await loadConfig(options.configFile, planDir);
  progress('reading the plan');
  const loaded = await loadPlan(planDir);
  progress('validating the plan');
  const problems = [...configProblems, ...validatePlan(loaded)];
  if (problems.some((d) => d.severity === 'error')) return { loaded, diagnostics: problems.sort(compareDiagnostics) };
  const model = buildModel(loaded);
  if (options.lint === false) return { loaded, model, diagnostics: problems };
  const printedCopies = await printedCopyFacts(loaded);
  const diagnostics = [...problems, ...(await lintModel(model, loaded, options, config, printedCopies))];
  return { loaded, model, diagnostics: diagnostics.sort(compareDiagnostics), printedCopies };
}

async function lintModel(
  model: PlanModel,
  loaded: LoadedPlan,
  options: CheckOptions,
  config: LintConfig,
  printedCopies: PrintedCopyFacts[],
): Promise<Diagnostic[]> {
  options.onProgress?.('reading the git history');
  const [git, history] = await Promise.all([
    gitFacts(model.dir, model.data.plan.tech_paths ?? [], options.base),
    planHistory(model.dir),
  ]);
  // In a pull request, the rules on risky changes read what the plan's meaning changed since the base.
  const changes = options.base === undefined ? undefined : await comparePlan(model.dir, options.base, loaded);
  options.onProgress?.('linting');
  const context = { today: options.today, git, history, printedCopies, ...(changes ? { changes } : {}) };
  const found = runLint(model, context, config);
  return changes?.ok === false ? [...found, noBase(model, changes.problem)] : found;
}

/** Without the base, the rules on risky changes cannot run: say so rather than pass in silence. */
function noBase(model: PlanModel, problem: string): Diagnostic {
  const message = `The pull request's changes to the plan could not be checked: ${problem}`;
  return { ruleId: 'base', severity: 'warning', message, ...model.locate(['plan']), path: 'plan' };
}
