import type { Severity } from '../core/diagnostic.js';
import type { PlanComparison } from '../diff/compare.js';
import type { PrintedCopyFacts } from '../diff/printed-copies.js';
import type { SourceLocation } from '../load/load-plan.js';
import type { Anchor } from '../core/locate.js';
import type { PlanPath } from '../core/plan-path.js';
import type { PlanModel } from '../model/plan-model.js';
import type { SchemaNode } from '../core/plan-schema.js';
import type { GitFacts } from '../git/git-facts.js';
import type { PlanHistory } from '../git/plan-history.js';

/** What a rule is given besides the plan. Rules do no I/O and never read the clock. */
export interface LintContext {
  /** YYYY-MM-DD: "today" for every date rule (`--today`, `BCP_TODAY`, else the clock). */
  today: string;
  /** What git history says about the plan and the tech paths; undefined outside a git repository. */
  git: GitFacts | undefined;
  /** The names the plan's earlier commits gave systems and vendors; undefined when not gathered (library use). */
  history?: PlanHistory;
  /**
   * This rule's options from bcp.config.yaml (`rule-id: [severity, { ... }]`), already checked against the rule's
   * `optionsSchema`; empty when the config gives none. The engine sets it for each rule.
   */
  config?: Readonly<Record<string, unknown>>;
  /** In a pull request (`--base`): what the plan's meaning changed since the base; undefined without `--base`. */
  changes?: PlanComparison;
  /** For each copy in `plan.copies` that says when it was printed: what changed since, or why that is unknown. */
  printedCopies?: PrintedCopyFacts[];
}

/** One thing a rule found, before the engine adds rule id, severity, file, line and column. */
export interface Finding {
  message: string;
  /** Where in the plan: the engine turns it into file, line and column. */
  path?: PlanPath;
  anchor?: Anchor;
  /** A place outside the plan's YAML (a line of a Markdown procedure), when `path` cannot say it. */
  at?: SourceLocation;
  hint?: string;
  /** For rules that report two levels (never exercised: error; exercised too long ago: warning). */
  severity?: Severity;
}

/** A lint rule: one file under src/lint/rules/, named by its id, with a docs page at docs/rules/<id>.md. */
export interface LintRule {
  id: string;
  /** One line: what the rule checks. */
  description: string;
  /** Severity unless bcp.config.yaml says otherwise. */
  severity: Severity;
  /**
   * JSON Schema of the options the rule takes in bcp.config.yaml, as ESLint's `meta.schema`: bcp checks the
   * config against it and reports mistakes at their line. A rule without one takes no options.
   */
  optionsSchema?: SchemaNode;
  check(plan: PlanModel, context: LintContext): Finding[];
}
