import Handlebars from 'handlebars';
import { durationText, isTbc, knownMinutes, readFact, stepsOf, textOf, factWords } from '../../model/fact.js';
import type { ExerciseStatus } from '../../model/exercise-status.js';
import type { Scenario, StepsOrTbc, Template } from '../../core/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';
import { markdownToHtml } from '../markdown.js';
import { telUrl } from '../safe-url.js';
import {
  premisesView,
  systemView,
  vendorView,
  type PremisesView,
  type SystemView,
  type VendorView,
} from './contacts.js';
import { reachableView, type PersonView } from './people.js';
import { recoveryTimeView, type RecoveryTimeView } from './recovery-time.js';
import { stepViews, type StepView } from './steps.js';

export interface TemplateView {
  id: string;
  title: string;
  audience: string;
  channel: string | null;
  html: Handlebars.SafeString;
}

/** Someone to call in this scenario, with why and what the caller needs to have at hand. */
export interface CallView {
  name: string;
  why: string;
  phone: string;
  phoneHref: string | null;
  /** What the caller is asked for or needs to know: "Account HP-2231", "Mon-Fri 08:00-18:00", "PIN: …". */
  needs: string[];
}

export interface ScenarioView {
  id: string;
  /** The in-page anchor and file name stem. */
  slug: string;
  title: string;
  /** The everyday words people use for it ("fire, flood, power cut"), printed under the title. */
  alsoCalled: string[];
  kind: string;
  description: string | null;
  /** What stops, or "to be confirmed" / "not stated". */
  impact: string;
  financialImpact: string | null;
  /** `after` is the plan's duration or the words for an unknown; `description` null when the plan gives none. */
  trigger: { after: string | null; description: string | null };
  /** The plan's duration (`4h`) or the words for an unknown ("to be confirmed", "does not apply", "not stated"). */
  mtd: string;
  rto: string;
  rpo: string;
  /** Who finds out each objective still to be confirmed: "RTO: Mei asks the vendor". Printed beside the numbers. */
  objectiveNotes: string[];
  /** Which objectives are stated durations (printed large); the others are words (printed smaller). */
  stated: { mtd: boolean; rto: boolean; rpo: boolean };
  /** Minutes only when the plan states a duration: charts and comparisons skip the rest. */
  mtdMinutes: number | null;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  /** Who leads; null while the lead is to be confirmed (`leadUnknown` says so). */
  lead: PersonView | null;
  leadUnknown: string | null;
  systems: SystemView[];
  vendors: VendorView[];
  premises: PremisesView[];
  people: PersonView[];
  documents: { id: string; title: string }[];
  workaround: StepView[];
  firstActions: StepView[];
  recovery: StepView[];
  /** How long the recovery steps take along their critical path, beside the RTO. */
  recoveryTime: RecoveryTimeView;
  backToNormal: StepView[];
  /** For each list of steps not worked out yet, the words to print instead ("to be confirmed (who)"). */
  stepsUnknown: { workaround: string | null; recovery: string | null; backToNormal: string | null };
  procedureHtml: Handlebars.SafeString | null;
  communication: { lead: PersonView | null; updateEvery: string | null; templates: TemplateView[] };
  whoToCall: CallView[];
  /** Who should be on the call list but has no number in the plan: said on the plan-health page, not in the list. */
  noPhone: { name: string; why: string }[];
  exercises: { type: string; last: string | null; due: string | null; current: boolean }[];
}

export function templateView(template: Template): TemplateView {
  return {
    id: template.id,
    title: template.title,
    audience: template.audience,
    channel: template.channel ?? null,
    html: new Handlebars.SafeString(markdownToHtml(template.text)),
  };
}

export function scenarioView(plan: PlanModel, scenario: Scenario, statuses: ExerciseStatus[]): ScenarioView {
  const systems = (scenario.systems ?? []).flatMap((id) => lookup(plan.systems, id)).map((s) => systemView(plan, s));
  const vendors = vendorsOf(plan, scenario).map((v) => vendorView(plan, v));
  const workaround = stepViews(plan, stepsOf(scenario.workaround));
  const lead = isTbc(scenario.lead) ? null : reachableView(plan, scenario.lead);
  const communication = communicationOf(plan, scenario);
  return {
    id: scenario.id,
    slug: `scenario-${scenario.id}`,
    title: scenario.title,
    alsoCalled: scenario.also_called ?? [],
    kind: scenario.kind,
    description: scenario.description ?? null,
    impact: textOf(scenario.impact),
    financialImpact: scenario.financial_impact ?? null,
    trigger: triggerView(scenario),
    ...durations(scenario),
    lead,
    leadUnknown: isTbc(scenario.lead) ? factWords(readFact(scenario.lead)) : null,
    systems,
    vendors,
    premises: (scenario.premises ?? []).flatMap((id) => lookup(plan.premises, id)).map((p) => premisesView(plan, p)),
    people: [
      ...new Map(
        (scenario.people ?? []).flatMap((id) => reachableView(plan, id) ?? []).map((person) => [person.id, person]),
      ).values(),
    ],
    documents: (scenario.documents ?? [])
      .flatMap((id) => lookup(plan.documents, id))
      .map(({ id, title }) => ({ id, title })),
    workaround,
    firstActions: workaround.slice(0, 3),
    recovery: stepViews(plan, stepsOf(scenario.recovery)),
    recoveryTime: recoveryTimeView(scenario),
    backToNormal: stepViews(plan, stepsOf(scenario.back_to_normal)),
    stepsUnknown: {
      workaround: stepsUnknown(scenario.workaround),
      recovery: stepsUnknown(scenario.recovery),
      backToNormal: stepsUnknown(scenario.back_to_normal),
    },
    procedureHtml: procedureHtml(plan, scenario),
    communication,
    ...callable(whoToCall(lead ?? ownerAsLead(plan), communication.lead, vendors, lead === null)),
    exercises: statuses
      .filter((status) => status.scenario.id === scenario.id)
      .map((s) => ({ type: s.type, last: s.last ?? null, due: s.due ?? null, current: s.current })),
  };
}

function lookup<T>(map: Map<string, T>, id: string): T[] {
  const found = map.get(id);
  return found ? [found] : [];
}

function durations(
  scenario: Scenario,
): Pick<
  ScenarioView,
  'mtd' | 'rto' | 'rpo' | 'mtdMinutes' | 'rtoMinutes' | 'rpoMinutes' | 'objectiveNotes' | 'stated'
> {
  // The big numbers say only "to be confirmed"; who finds out goes in a note, so the numbers stay readable.
  const short = (value: Scenario['mtd']): string => (isTbc(value) ? 'to be confirmed' : durationText(value));
  const note = (label: string, value: Scenario['mtd']): string[] => {
    const fact = readFact(value);
    return fact.state === 'tbc' && fact.who ? [`${label}: ${fact.who}`] : [];
  };
  return {
    stated: {
      mtd: knownMinutes(scenario.mtd) !== undefined,
      rto: knownMinutes(scenario.rto) !== undefined,
      rpo: knownMinutes(scenario.rpo) !== undefined,
    },
    objectiveNotes: [...note('RTO', scenario.rto), ...note('MTD', scenario.mtd), ...note('RPO', scenario.rpo)],
    mtd: short(scenario.mtd),
    rto: short(scenario.rto),
    rpo: short(scenario.rpo),
    mtdMinutes: knownMinutes(scenario.mtd) ?? null,
    rtoMinutes: knownMinutes(scenario.rto) ?? null,
    rpoMinutes: knownMinutes(scenario.rpo) ?? null,
  };
}

function triggerView(scenario: Scenario): ScenarioView['trigger'] {
  const trigger = scenario.trigger;
  if (trigger === undefined) return { after: null, description: null };
  if (trigger === 'tbc' || (trigger.tbc && !trigger.description && !trigger.after))
    return {
      after: null,
      description: factWords({ state: 'tbc', who: trigger === 'tbc' ? null : (trigger.tbc ?? null) }),
    };
  return { after: trigger.after ? durationText(trigger.after) : null, description: trigger.description ?? null };
}

function stepsUnknown(steps: StepsOrTbc | undefined): string | null {
  return steps !== undefined && isTbc(steps) ? factWords(readFact(steps)) : null;
}

/** The scenario's own vendors, then the vendors of its systems, each once. */
function vendorsOf(plan: PlanModel, scenario: Scenario): NonNullable<ReturnType<PlanModel['vendors']['get']>>[] {
  const ids = [
    ...(scenario.vendors ?? []),
    ...(scenario.systems ?? []).flatMap((id) => plan.systems.get(id)?.vendor ?? []),
  ];
  return [...new Set(ids)].flatMap((id) => lookup(plan.vendors, id));
}

/** What goes before the ids a scenario's procedure makes (footnotes), so that two procedures never share one. */
export const procedureIdPrefix = (scenario: { id: string }): string => `scenario-${scenario.id}-`;

function procedureHtml(plan: PlanModel, scenario: Scenario): Handlebars.SafeString | null {
  const file = scenario.procedure ? plan.markdown.get(scenario.procedure) : undefined;
  return file ? new Handlebars.SafeString(markdownToHtml(file.text, { idPrefix: procedureIdPrefix(scenario) })) : null;
}

function communicationOf(plan: PlanModel, scenario: Scenario): ScenarioView['communication'] {
  const own = scenario.communication;
  const shared = plan.data.communication;
  const leadId = own?.lead ?? shared?.lead;
  const templates = own?.templates
    ? own.templates.flatMap((id) => lookup(plan.templates, id))
    : (shared?.templates ?? []);
  return {
    lead: leadId ? reachableView(plan, leadId) : null,
    updateEvery: own?.update_every ?? shared?.update_every ?? null,
    templates: templates.map(templateView),
  };
}

/** While a scenario's lead is to be confirmed, the plan owner is who answers for it. */
function ownerAsLead(plan: PlanModel): PersonView | null {
  return (
    reachableView(plan, plan.data.plan.owner) ??
    (plan.data.plan.deputy ? reachableView(plan, plan.data.plan.deputy) : null)
  );
}

function whoToCall(
  lead: PersonView | null,
  communicationLead: PersonView | null,
  vendors: VendorView[],
  leadIsOwner = false,
): Candidate[] {
  const why = leadIsOwner
    ? 'plan owner: leads until a lead is named'
    : lead?.standsIn
      ? 'leads the response (standing in)'
      : 'leads the response';
  const calls: Candidate[] = lead ? [{ name: lead.name, why, phone: lead.phone, needs: [] }] : [];
  if (lead?.deputy) {
    const { name, phone } = lead.deputy;
    calls.push({ name, why: `deputy for ${lead.name}`, phone, needs: [] });
  }
  // Each person once: a communication lead who is already the lead or the deputy is already on the list.
  const listed = new Set([lead?.id, lead?.deputy?.id]);
  if (communicationLead && !listed.has(communicationLead.id)) {
    const { name, phone } = communicationLead;
    calls.push({ name, why: 'sends the updates', phone, needs: [] });
  }
  for (const vendor of vendors) {
    const contact = vendor.contacts.find((c) => c.phone ?? c.mobile);
    const phone = vendor.support?.phone ?? contact?.phone ?? contact?.mobile ?? null;
    calls.push({ name: vendor.name, why: vendor.service, phone, needs: callerNeeds(vendor, contact) });
  }
  return calls;
}

type Candidate = Omit<CallView, 'phone' | 'phoneHref'> & { phone: string | null };

/** Only those who can be called are listed; the others are named apart, so that someone adds their number. */
function callable(candidates: Candidate[]): Pick<ScenarioView, 'whoToCall' | 'noPhone'> {
  const whoToCall: CallView[] = [];
  const noPhone: ScenarioView['noPhone'] = [];
  for (const { phone, ...call } of candidates) {
    if (phone) whoToCall.push({ ...call, phone, phoneHref: telUrl(phone) ?? null });
    else noPhone.push({ name: call.name, why: call.why });
  }
  return { whoToCall, noPhone };
}

/** What a vendor's support asks a caller for, from the plan: the account, their hours, where the PIN is kept. */
function callerNeeds(vendor: VendorView, contact: VendorView['contacts'][number] | undefined): string[] {
  const hours = vendor.support?.phone ? vendor.support.hours : (contact?.hours ?? vendor.support?.hours);
  return [
    ...(vendor.account ? [`Account ${vendor.account}`] : []),
    ...(hours ? [`Answers ${hours}`] : []),
    ...(vendor.pinLocation ? [`PIN or password: ${vendor.pinLocation}`] : []),
    ...(!vendor.support?.phone && contact ? [`Ask for ${contact.name}`] : []),
  ];
}

/** Scenarios the RTO/MTD chart cannot draw, with what is missing, for a line under the chart. */
export function notCharted(scenarios: readonly ScenarioView[]): string[] {
  return scenarios
    .filter((s) => s.rtoMinutes === null || s.mtdMinutes === null)
    .map((s) => {
      const missing = [
        ...(s.rtoMinutes === null ? [`RTO ${s.rto}`] : []),
        ...(s.mtdMinutes === null ? [`MTD ${s.mtd}`] : []),
      ];
      return `${s.title} (${missing.join(', ')})`;
    });
}
