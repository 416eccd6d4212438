import type { PlanModel } from '../../model/plan-model.js';
import type { Scenario, System } from '../../core/plan.generated.js';
import type { Finding, LintRule } from '../types.js';

/** A common disruption, with the impact the sources give it; when the plan makes it relevant; what covers it. */
interface Disruption {
  name: string;
  impact: string;
  /** Why this plan needs a scenario for it ("the inventory lists Xero"), or undefined when it does not. */
  relevant(plan: PlanModel): string | undefined;
  covers(scenario: Scenario, categories: ReadonlySet<string>): boolean;
}

/** Systems still in use: a retired CRM asks for no CRM scenario. */
const activeSystems = (plan: PlanModel): System[] =>
  [...plan.systems.values()].filter((system) => system.status !== 'retired');

/** Categories are compared in lower case: they are the owner's words. */
const categoryOf = (system: System): string => String(system.category).toLowerCase();

/** Relevant when the inventory has an active system of one of these categories; says which. */
const hasSystemOf =
  (...wanted: string[]) =>
  (plan: PlanModel): string | undefined => {
    const system = activeSystems(plan).find((candidate) => wanted.includes(categoryOf(candidate)));
    return system && `the inventory lists ${system.name} (${categoryOf(system)})`;
  };

/** A system outage covers a disruption when one of the scenario's systems is of one of these categories. */
const outageOf =
  (...wanted: string[]) =>
  (scenario: Scenario, categories: ReadonlySet<string>): boolean =>
    scenario.kind === 'system-outage' && wanted.some((category) => categories.has(category));

const ofKind =
  (kind: Scenario['kind']) =>
  (scenario: Scenario): boolean =>
    scenario.kind === kind;

/** Cloud systems stop with the internet: a system hosted in the cloud, with a web address, or the link itself. */
function reliesOnInternet(plan: PlanModel): string | undefined {
  const system = activeSystems(plan).find(
    (candidate) =>
      candidate.hosting === 'cloud' ||
      candidate.hosting === 'hybrid' ||
      candidate.url !== undefined ||
      categoryOf(candidate) === 'internet',
  );
  return system && `${system.name} is reached over the internet`;
}

function hasPremises(plan: PlanModel): string | undefined {
  const site = plan.premises.values().next().value;
  return site && `the plan lists the premises ${site.name}`;
}

function holdsData(plan: PlanModel): string | undefined {
  const count = activeSystems(plan).length;
  return count > 0 ? `the inventory lists ${count} system${count === 1 ? '' : 's'}` : undefined;
}

function hasVendors(plan: PlanModel): string | undefined {
  const vendor = plan.vendors.values().next().value;
  return vendor && `the plan depends on vendors such as ${vendor.name}`;
}

/** Every business depends on its people: the plan owner at least. */
function always(plan: PlanModel): string {
  const count = [...plan.people.values()].filter((person) => person.status !== 'left').length;
  return `the plan names ${count === 1 ? 'one person' : `${count} people`} the business depends on`;
}

/**
 * The five most likely disruptions from the sources (with their impacts), then the three the forum thread and the
 * backup-of-a-backup post add: the building, a breach, a vendor or partner who cannot deliver. Each is asked for
 * only when the plan makes it relevant: a practice with no CRM needs no CRM scenario, a business with no premises
 * no premises scenario.
 */
const DISRUPTIONS: readonly Disruption[] = [
  {
    name: 'a CRM vendor outage',
    impact: 'lead management stops',
    relevant: hasSystemOf('crm'),
    covers: outageOf('crm'),
  },
  // An ERP keeps the books too: its outage stops financial tracking.
  {
    name: 'an accounting system failure',
    impact: 'financial tracking stops',
    relevant: hasSystemOf('accounting', 'erp'),
    covers: outageOf('accounting', 'erp'),
  },
  {
    name: 'an email or communication platform failure',
    impact: 'marketing stops',
    relevant: hasSystemOf('email', 'chat', 'telephony'),
    covers: outageOf('email', 'chat', 'telephony'),
  },
  {
    name: 'an internet outage at the office',
    impact: 'all cloud systems are inaccessible',
    relevant: reliesOnInternet,
    covers: (scenario, categories) => ofKind('internet-outage')(scenario) || outageOf('internet')(scenario, categories),
  },
  {
    name: 'a key person being unavailable',
    impact: 'institutional knowledge is inaccessible',
    relevant: always,
    covers: ofKind('key-person'),
  },
  {
    name: 'the loss of the premises',
    impact: 'the team, the phones and data on local PCs need somewhere else to go',
    relevant: hasPremises,
    covers: ofKind('premises-loss'),
  },
  {
    name: 'a cyber incident',
    impact: 'a breach or corruption can make all business data inaccessible at once',
    relevant: holdsData,
    covers: ofKind('cyber-incident'),
  },
  {
    name: 'a key vendor failing',
    impact: 'deliveries or services the business depends on stop',
    relevant: hasVendors,
    covers: ofKind('vendor-failure'),
  },
];

/** "Pre-empt scenarios A, B, C, just to be at least ready for the known devil": which relevant ones are missing. */
const rule: LintRule = {
  id: 'scenario-coverage',
  description:
    'A common disruption that the inventory, premises and vendors make relevant (CRM, accounting, e-mail, internet, key person, premises, cyber, vendor) has no scenario.',
  severity: 'info',
  check(plan) {
    const scenarios = plan.data.scenarios ?? [];
    const covered = (disruption: Disruption): boolean =>
      scenarios.some((scenario) => disruption.covers(scenario, categoriesOf(plan, scenario)));
    const where: Pick<Finding, 'path' | 'anchor' | 'at'> =
      scenarios.length === 0 ? { path: ['plan'], anchor: 'key' } : { path: ['scenarios'], anchor: 'key' };
    return DISRUPTIONS.flatMap((disruption) => {
      const because = disruption.relevant(plan);
      if (because === undefined || covered(disruption)) return [];
      return [
        {
          ...where,
          message: `the plan has no scenario for ${disruption.name} (impact: ${disruption.impact}), and ${because}`,
          hint: `Add a scenario for ${disruption.name}: its impact, MTD, RTO, RPO, workaround, recovery and who leads.`,
        },
      ];
    });
  },
};

function categoriesOf(plan: PlanModel, scenario: Scenario): Set<string> {
  const systems = (scenario.systems ?? []).map((id) => plan.systems.get(id));
  return new Set(systems.flatMap((system) => (system ? [categoryOf(system)] : [])));
}

export default rule;
