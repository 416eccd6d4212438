import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { formatPath } from '../core/plan-path.js';
import type { PlanModel } from '../model/plan-model.js';
import type { LintConfig } from './config.js';
import { applyIgnoreComments, findIgnoreComments } from './ignore-comments.js';
import { rules } from './rules/index.js';
import { readSetting } from './rule-setting.js';
import { ruleDocsPath } from './rule-docs.js';
import type { Finding, LintContext, LintRule } from './types.js';

/** Where each rule's docs page lives, relative to the repository. */
export { ruleDocsPath };

/** Runs every enabled rule over a valid plan and returns the findings that were not silenced. */
export function runLint(
  plan: PlanModel,
  context: LintContext,
  config: LintConfig = { rules: {} },
  enabled: readonly LintRule[] = rules,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of enabled) {
    const { severity, options } = readSetting(config.rules[rule.id]);
    if (severity === 'off') continue;
    for (const finding of rule.check(plan, { ...context, config: options })) {
      const diagnostic = toDiagnostic(plan, rule, finding);
      // A severity set in the config wins; a rule's own two-level severities apply otherwise.
      if (severity) diagnostic.severity = severity;
      diagnostics.push(diagnostic);
    }
  }
  const comments = plan.sources.flatMap(({ path, text }) => findIgnoreComments(path, text));
  const known = new Set(rules.map((rule) => rule.id));
  return applyIgnoreComments(diagnostics, comments, known).sort(compareDiagnostics);
}

function toDiagnostic(plan: PlanModel, rule: LintRule, finding: Finding): Diagnostic {
  const location = finding.at ?? plan.locate(finding.path ?? [], finding.anchor);
  return {
    ruleId: rule.id,
    severity: finding.severity ?? rule.severity,
    message: finding.message,
    ...location,
    ...(finding.path ? { path: formatPath(finding.path) } : {}),
    ...(finding.hint ? { hint: finding.hint } : {}),
    url: ruleDocsPath(rule.id),
  };
}
