import type { Diagnostic } from '../core/diagnostic.js';
import type { LoadedPlan } from '../load/load-plan.js';
import { formatPath } from '../core/plan-path.js';
import { formatDuration, parseDuration } from '../core/duration.js';

/** A system that comes back after the business has already failed is no plan: RTO must not exceed the MTD. */
export function checkRtoWithinMtd(plan: LoadedPlan): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  (plan.data.scenarios ?? []).forEach((scenario, index) => {
    if (typeof scenario?.rto !== 'string' || typeof scenario.mtd !== 'string') return;
    const rto = parseDuration(scenario.rto);
    const mtd = parseDuration(scenario.mtd);
    if (rto === undefined || mtd === undefined || rto <= mtd) return;
    const path = ['scenarios', index, 'rto'];
    diagnostics.push({
      ruleId: 'rto-exceeds-mtd',
      severity: 'error',
      message: `scenario \`${scenario.id}\` has an RTO of ${formatDuration(rto)}, longer than its maximum tolerable downtime (MTD) of ${formatDuration(mtd)}`,
      hint: 'Recover faster (shorter `rto`) or confirm the business can last longer (`mtd`).',
      ...plan.locate(path),
      path: formatPath(path),
    });
  });
  return diagnostics;
}
