import type { PlanModel } from '../../model/plan-model.js';
import type { Finding, LintRule } from '../types.js';

/** The lists a plan is hollow without, and what to write in each, in the order an owner fills them in. */
const SECTIONS = [
  {
    key: 'systems',
    message: 'The plan lists no systems yet',
    hint:
      'List the systems the business runs on (CRM, accounting, e-mail, phones, bookings, point of sale ...) under ' +
      '`systems:`, with who provides them, how critical they are and how they are backed up.',
  },
  {
    key: 'scenarios',
    message: 'The plan has no scenarios yet',
    hint:
      'Add what could stop the business under `scenarios:`: start with the system you could least do without. For ' +
      'each: the trigger, how long the business can last (mtd), the rto and rpo, the steps by hand, and who leads.',
  },
] as const;

/**
 * A new plan (`bcp init`) is valid with empty lists, because it states only what is known. This rule is what
 * `bcp check` then says to fill in next; on a plan that has systems and scenarios it says nothing.
 */
const rule: LintRule = {
  id: 'unfilled-section',
  description: 'The plan has no systems or no scenarios yet.',
  severity: 'info',
  check(plan) {
    return SECTIONS.flatMap((section): Finding[] => {
      if (listed(plan, section.key) > 0) return [];
      const written = plan.data[section.key] !== undefined;
      return [
        {
          // An empty list is pointed at where it is written; a missing one at the plan itself.
          path: written ? [section.key] : ['plan'],
          anchor: 'key',
          message: section.message,
          hint: section.hint,
        },
      ];
    });
  },
};

function listed(plan: PlanModel, key: (typeof SECTIONS)[number]['key']): number {
  return plan.data[key]?.length ?? 0;
}

export default rule;
