import type { PlanModel } from '../../model/plan-model.js';
import { reachableName } from './people.js';

const ITEM = /^([a-z_]+)\[(\d+)\]/;

/**
 * Who answers for the part of the plan a finding is about, by its path: a document's or the contacts list's
 * owner, a scenario's lead, a system's owner; otherwise the plan's owner, who answers for the whole plan.
 */
export function fixedBy(plan: PlanModel, path: string | undefined): string {
  const data = plan.data;
  const owner = reachableName(plan, data.plan.owner) ?? 'the plan owner';
  const match = path ? ITEM.exec(path) : null;
  const index = Number(match?.[2]);
  const item = match
    ? itemOwner(plan, match[1]!, index)
    : path?.startsWith('contacts')
      ? data.contacts?.owner
      : undefined;
  const named = typeof item === 'string' ? reachableName(plan, item) : null;
  return named ?? owner;
}

function itemOwner(plan: PlanModel, section: string, index: number): string | undefined {
  const data = plan.data;
  if (section === 'documents') return data.documents?.[index]?.owner;
  if (section === 'systems') return data.systems?.[index]?.owner;
  if (section === 'scenarios') {
    const lead = data.scenarios?.[index]?.lead;
    return typeof lead === 'string' ? lead : undefined;
  }
  return undefined;
}
