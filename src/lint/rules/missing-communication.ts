import type { Scenario } from '../../core/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';
import type { Finding, LintRule } from '../types.js';

/**
 * During a disruption the team needs to know what happened and when things will be normal, and customers need
 * to hear it from us: every scenario needs a communication lead, an update cadence and a customer message.
 */
const rule: LintRule = {
  id: 'missing-communication',
  description: 'A scenario with no communication lead, update cadence or customer message.',
  severity: 'warning',
  check(plan) {
    const findings: Finding[] = [];
    (plan.data.scenarios ?? []).forEach((scenario, index) => {
      const missing = missingParts(plan, scenario);
      if (missing.length === 0) return;
      findings.push({
        path: ['scenarios', index, scenario.communication ? 'communication' : 'id'],
        anchor: 'key',
        message: `scenario \`${scenario.id}\` has no ${joinWords(missing)}`,
        hint: "Set them in the plan-wide `communication` section, or in the scenario's own `communication`.",
      });
    });
    return findings;
  },
};

function missingParts(plan: PlanModel, scenario: Scenario): string[] {
  const own = scenario.communication;
  const shared = plan.data.communication;
  const missing: string[] = [];
  if (!own?.lead && !shared?.lead) missing.push('communication lead');
  if (!own?.update_every && !shared?.update_every) missing.push('update cadence (`update_every`)');
  // The scenario's own templates when it lists some; otherwise any plan-wide message for customers will do.
  const templates = own?.templates ? own.templates.map((id) => plan.templates.get(id)) : (shared?.templates ?? []);
  if (!templates.some((template) => template?.audience === 'customers')) missing.push('message for customers');
  return missing;
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export default rule;
