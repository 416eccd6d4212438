import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import type { LoadedPlan } from '../load/load-plan.js';
import { checkDuplicateIds } from './duplicate-ids.js';
import { checkReferences } from './references.js';
import { checkRtoWithinMtd } from './rto-within-mtd.js';
import { checkSchema } from './schema-diagnostics.js';
import { checkStepOrder } from './step-order.js';

/**
 * Everything that makes a plan invalid: what the schema says, then what no schema can express (ids that point
 * nowhere, ids defined twice, an RTO beyond the MTD). A file that could not be read stops here: its other
 * errors would only be echoes.
 */
export function validatePlan(plan: LoadedPlan): Diagnostic[] {
  if (plan.diagnostics.some((d) => d.ruleId === 'yaml' || d.ruleId === 'encoding')) {
    return [...plan.diagnostics].sort(compareDiagnostics);
  }
  const diagnostics = [...plan.diagnostics, ...checkSchema(plan.files), ...checkPlanSection(plan)];
  diagnostics.push(...checkDuplicateIds(plan), ...checkReferences(plan), ...checkRtoWithinMtd(plan));
  diagnostics.push(...checkStepOrder(plan));
  return diagnostics.sort(compareDiagnostics);
}

function checkPlanSection(plan: LoadedPlan): Diagnostic[] {
  if (plan.data.plan) return [];
  return [
    {
      ruleId: 'schema',
      severity: 'error',
      message: 'the plan has no `plan:` section (organization, version, owner, review dates); add it to plan.yaml',
      ...plan.locate([]),
      path: 'plan',
    },
  ];
}
