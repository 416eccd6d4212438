import type { Person } from '../core/plan.generated.js';
import type { PlanModel } from './plan-model.js';

/**
 * Who answers for a role the plan gives to `id`: that person while they are here; once they left, their deputy,
 * else someone who covers their know-how, followed until someone who is still here (or nobody).
 */
export function reachable(plan: Pick<PlanModel, 'people' | 'data'>, id: string): Person | undefined {
  const seen = new Set<string>();
  let current = plan.people.get(id);
  while (current?.status === 'left') {
    if (seen.has(current.id)) return undefined;
    seen.add(current.id);
    const next: string | undefined = current.deputy ?? coverOf(plan, current.id, seen);
    current = next ? plan.people.get(next) : undefined;
  }
  return current;
}

/** The first other holder or cover of know-how that `id` held. */
function coverOf(plan: Pick<PlanModel, 'data'>, id: string, seen: Set<string>): string | undefined {
  for (const item of plan.data.know_how ?? []) {
    if (!item.holders.includes(id)) continue;
    const other = [...item.holders, ...(item.cover ?? [])].find((p) => p !== id && !seen.has(p));
    if (other) return other;
  }
  return undefined;
}
