import Handlebars from 'handlebars';
import { formatDuration, parseDuration } from '../../model/duration.js';
import type { ExerciseStatus } from '../../model/exercise-status.js';
import type { Scenario, Template } from '../../model/plan.generated.js';
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
import { personById, type PersonView } from './people.js';
import { recoveryTimeView, type RecoveryTimeView } from './recovery-time.js';
import { stepViews, type StepView } from './steps.js';

export interface TemplateView {
  id: string;
  title: string;
  audience: string;
  channel: string | null;
  html: Handlebars.SafeString;
}

/** Someone to call in this scenario, with why. */
export interface CallView {
  name: string;
  why: string;
  phone: string | null;
  phoneHref: string | null;
}

export interface ScenarioView {
  id: string;
  /** The in-page anchor and file name stem. */
  slug: string;
  title: string;
  kind: string;
  description: string | null;
  impact: string;
  financialImpact: string | null;
  trigger: { after: string | null; description: string };
  mtd: string;
  rto: string;
  rpo: string;
  mtdMinutes: number;
  rtoMinutes: number;
  rpoMinutes: number;
  lead: PersonView;
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
  procedureHtml: Handlebars.SafeString | null;
  communication: { lead: PersonView | null; updateEvery: string | null; templates: TemplateView[] };
  whoToCall: CallView[];
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
  const workaround = stepViews(plan, scenario.workaround);
  const lead = personById(plan, scenario.lead);
  const communication = communicationOf(plan, scenario);
  return {
    id: scenario.id,
    slug: `scenario-${scenario.id}`,
    title: scenario.title,
    kind: scenario.kind,
    description: scenario.description ?? null,
    impact: scenario.impact,
    financialImpact: scenario.financial_impact ?? null,
    trigger: { after: scenario.trigger.after ?? null, description: scenario.trigger.description },
    ...durations(scenario),
    lead,
    systems,
    vendors,
    premises: (scenario.premises ?? []).flatMap((id) => lookup(plan.premises, id)).map((p) => premisesView(plan, p)),
    people: (scenario.people ?? []).map((id) => personById(plan, id)),
    documents: (scenario.documents ?? [])
      .flatMap((id) => lookup(plan.documents, id))
      .map(({ id, title }) => ({ id, title })),
    workaround,
    firstActions: workaround.slice(0, 3),
    recovery: stepViews(plan, scenario.recovery),
    recoveryTime: recoveryTimeView(scenario),
    backToNormal: stepViews(plan, scenario.back_to_normal),
    procedureHtml: procedureHtml(plan, scenario),
    communication,
    whoToCall: whoToCall(lead, communication.lead, vendors),
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
): Pick<ScenarioView, 'mtd' | 'rto' | 'rpo' | 'mtdMinutes' | 'rtoMinutes' | 'rpoMinutes'> {
  const minutes = (text: string): number => parseDuration(text) ?? 0;
  return {
    mtd: formatDuration(minutes(scenario.mtd)),
    rto: formatDuration(minutes(scenario.rto)),
    rpo: formatDuration(minutes(scenario.rpo)),
    mtdMinutes: minutes(scenario.mtd),
    rtoMinutes: minutes(scenario.rto),
    rpoMinutes: minutes(scenario.rpo),
  };
}

/** The scenario's own vendors, then the vendors of its systems, each once. */
function vendorsOf(plan: PlanModel, scenario: Scenario): NonNullable<ReturnType<PlanModel['vendors']['get']>>[] {
  const ids = [
    ...(scenario.vendors ?? []),
    ...(scenario.systems ?? []).flatMap((id) => plan.systems.get(id)?.vendor ?? []),
  ];
  return [...new Set(ids)].flatMap((id) => lookup(plan.vendors, id));
}

function procedureHtml(plan: PlanModel, scenario: Scenario): Handlebars.SafeString | null {
  const file = scenario.procedure ? plan.markdown.get(scenario.procedure) : undefined;
  return file ? new Handlebars.SafeString(markdownToHtml(file.text, { idPrefix: `scenario-${scenario.id}-` })) : null;
}

function communicationOf(plan: PlanModel, scenario: Scenario): ScenarioView['communication'] {
  const own = scenario.communication;
  const shared = plan.data.communication;
  const leadId = own?.lead ?? shared?.lead;
  const templates = own?.templates
    ? own.templates.flatMap((id) => lookup(plan.templates, id))
    : (shared?.templates ?? []);
  return {
    lead: leadId ? personById(plan, leadId) : null,
    updateEvery: own?.update_every ?? shared?.update_every ?? null,
    templates: templates.map(templateView),
  };
}

function whoToCall(lead: PersonView, communicationLead: PersonView | null, vendors: VendorView[]): CallView[] {
  const calls: CallView[] = [
    { name: lead.name, why: 'leads the response', phone: lead.phone, phoneHref: lead.phoneHref },
  ];
  if (lead.deputy) {
    const { name, phone, phoneHref } = lead.deputy;
    calls.push({ name, why: `deputy for ${lead.name}`, phone, phoneHref });
  }
  if (communicationLead && communicationLead.id !== lead.id) {
    const { name, phone, phoneHref } = communicationLead;
    calls.push({ name, why: 'sends the updates', phone, phoneHref });
  }
  for (const vendor of vendors) {
    const phone = vendor.support?.phone ?? vendor.contacts[0]?.phone ?? null;
    calls.push({ name: vendor.name, why: vendor.service, phone, phoneHref: telUrl(phone ?? undefined) ?? null });
  }
  return calls;
}
