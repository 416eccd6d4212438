import type { PlanModel } from '../../model/plan-model.js';
import type { Scenario, System } from '../../model/plan.generated.js';
import type { Finding, LintRule } from '../types.js';

/** A common disruption, with the impact the sources give it, and how to tell that a scenario plans for it. */
interface Disruption {
  name: string;
  impact: string;
  covers(scenario: Scenario, categories: ReadonlySet<System['category']>): boolean;
}

/** A system outage covers a disruption when one of the scenario's systems is of one of these categories. */
const outageOf =
  (...wanted: System['category'][]) =>
  (scenario: Scenario, categories: ReadonlySet<System['category']>): boolean =>
    scenario.kind === 'system-outage' && wanted.some((category) => categories.has(category));

const ofKind =
  (kind: Scenario['kind']) =>
  (scenario: Scenario): boolean =>
    scenario.kind === kind;

/**
 * The five most likely disruptions from the sources (with their impacts), then the three the forum thread and the
 * backup-of-a-backup post add: the building, a breach, a vendor or partner who cannot deliver.
 */
const DISRUPTIONS: readonly Disruption[] = [
  { name: 'a CRM vendor outage', impact: 'lead management stops', covers: outageOf('crm') },
  // An ERP keeps the books too: its outage stops financial tracking.
  { name: 'an accounting system failure', impact: 'financial tracking stops', covers: outageOf('accounting', 'erp') },
  {
    name: 'an email or communication platform failure',
    impact: 'marketing stops',
    covers: outageOf('email', 'chat', 'telephony'),
  },
  {
    name: 'an internet outage at the office',
    impact: 'all cloud systems are inaccessible',
    covers: (scenario, categories) => ofKind('internet-outage')(scenario) || outageOf('internet')(scenario, categories),
  },
  {
    name: 'a key person being unavailable',
    impact: 'institutional knowledge is inaccessible',
    covers: ofKind('key-person'),
  },
  {
    name: 'the loss of the premises',
    impact: 'the team, the phones and data on local PCs need somewhere else to go',
    covers: ofKind('premises-loss'),
  },
  {
    name: 'a cyber incident',
    impact: 'a breach or corruption can make all business data inaccessible at once',
    covers: ofKind('cyber-incident'),
  },
  {
    name: 'a key vendor failing',
    impact: 'deliveries or services the business depends on stop',
    covers: ofKind('vendor-failure'),
  },
];

/** "Pre-empt scenarios A, B, C, just to be at least ready for the known devil": which common ones are missing. */
const rule: LintRule = {
  id: 'scenario-coverage',
  description:
    'A common disruption (CRM, accounting, e-mail, internet, key person, premises, cyber, vendor) has no scenario.',
  severity: 'info',
  check(plan) {
    const scenarios = plan.data.scenarios ?? [];
    const covered = (disruption: Disruption): boolean =>
      scenarios.some((scenario) => disruption.covers(scenario, categoriesOf(plan, scenario)));
    const where: Pick<Finding, 'path' | 'anchor' | 'at'> =
      scenarios.length === 0 ? { path: ['plan'], anchor: 'key' } : { path: ['scenarios'], anchor: 'key' };
    return DISRUPTIONS.filter((disruption) => !covered(disruption)).map((disruption) => ({
      ...where,
      message: `the plan has no scenario for ${disruption.name} (impact: ${disruption.impact})`,
      hint: `Add a scenario for ${disruption.name}: its impact, MTD, RTO, RPO, workaround, recovery and who leads.`,
    }));
  },
};

function categoriesOf(plan: PlanModel, scenario: Scenario): Set<System['category']> {
  const systems = (scenario.systems ?? []).map((id) => plan.systems.get(id));
  return new Set(systems.flatMap((system) => (system ? [system.category] : [])));
}

export default rule;
