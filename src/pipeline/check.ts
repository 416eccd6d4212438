import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { comparePlan } from '../diff/compare.js';
import { printedCopyFacts, type PrintedCopyFacts } from '../diff/printed-copies.js';
import { loadConfig, type LintConfig } from '../lint/config.js';
import { gatherPlanHistory, type PlanGitHistory } from '../git/gather.js';
import { whyUnavailable } from '../git/repository.js';
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
  /** Told as soon as the plan is read, before it is validated: a build starts rendering its Markdown then. */
  onLoaded?: (loaded: LoadedPlan) => void;
}

export interface CheckResult {
  loaded: LoadedPlan;
  /** Present when the plan is valid. */
  model?: PlanModel;
  diagnostics: Diagnostic[];
  /** What history says about the printed copies the plan lists (for the binder's cover), when it was linted. */
  printedCopies?: PrintedCopyFacts[];
  /** What the plan's git history says (revisions, source commit), read once for lint and the outputs. */
  history?: PlanGitHistory;
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
  options.onLoaded?.(loaded);
  progress('validating the plan');
  const problems = [...configProblems, ...validatePlan(loaded)];
  if (problems.some((d) => d.severity === 'error')) return { loaded, diagnostics: problems.sort(compareDiagnostics) };
  const model = buildModel(loaded);
  if (options.lint === false) return { loaded, model, diagnostics: problems };
  options.onProgress?.('reading the git history');
  const tech = {
    techPaths: model.data.plan.tech_paths ?? [],
    ...(options.base === undefined ? {} : { base: options.base }),
  };
  const history = await gatherPlanHistory(planDir, tech);
  const printedCopies = await printedCopyFacts(loaded, history.access);
  const found = await lintModel(model, loaded, options, config, { history, printedCopies });
  const diagnostics = [...problems, ...found, ...historyNote(model, history)];
  return { loaded, model, diagnostics: diagnostics.sort(compareDiagnostics), printedCopies, history };
}

async function lintModel(
  model: PlanModel,
  loaded: LoadedPlan,
  options: CheckOptions,
  config: LintConfig,
  facts: { history: PlanGitHistory; printedCopies: PrintedCopyFacts[] },
): Promise<Diagnostic[]> {
  const { history, printedCopies } = facts;
  // In a pull request, the rules on risky changes read what the plan's meaning changed since the base.
  const changes =
    options.base === undefined ? undefined : await comparePlan(model.dir, options.base, loaded, history.access);
  options.onProgress?.('linting');
  const git = history.tech;
  const context = {
    today: options.today,
    git,
    history: history.pastNames,
    printedCopies,
    ...(changes ? { changes } : {}),
  };
  const found = runLint(model, context, config);
  return changes?.ok === false ? [...found, noBase(model, changes.problem)] : found;
}

/** Without the base, the rules on risky changes cannot run: say so rather than pass in silence. */
function noBase(model: PlanModel, problem: string): Diagnostic {
  const message = `The pull request's changes to the plan could not be checked: ${problem}`;
  return { ruleId: 'base', severity: 'warning', message, ...model.locate(['plan']), path: 'plan' };
}

/**
 * Git missing or a repository git cannot read is said once, as information: the revision history, the record of
 * changes and the rules that read history are left out, which is not the same as a plan with no history. A plan
 * kept outside git is the owner's choice (the binder says it is not under version control) and is not repeated.
 */
function historyNote(model: PlanModel, history: PlanGitHistory): Diagnostic[] {
  const { access } = history;
  if (access.state === 'available' || access.reason === 'not-a-repository') return [];
  const message =
    `The plan's git history could not be read: ${whyUnavailable(access, model.dir)}. ` +
    'The revision history, the record of changes and the checks that read history are left out';
  const hint =
    access.reason === 'git-missing'
      ? 'Install git where bcp runs.'
      : 'Check that git can read the repository (`git status` in the plan folder).';
  return [{ ruleId: 'git', severity: 'info', message, hint, ...model.locate(['plan']), path: 'plan' }];
}
