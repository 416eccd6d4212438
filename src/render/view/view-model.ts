import { breakLongWords } from './long-words.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { PrintedCopyFacts } from '../../diff/printed-copies.js';
import type { VersionRecord } from '../../diff/record-of-changes.js';
import { addMinutes } from '../../core/dates.js';
import { exerciseStatuses } from '../../model/exercise-status.js';
import { parseDuration } from '../../core/duration.js';
import type { PlanModel } from '../../model/plan-model.js';
import { telUrl } from '../safe-url.js';
import type { Revision, SourceCommit } from '../../git/revisions.js';
import {
  premisesView,
  systemView,
  vendorView,
  type PremisesView,
  type SystemView,
  type VendorView,
} from './contacts.js';
import { criticalContactsView, documentViews, type CriticalContactsView, type DocumentView } from './documents.js';
import {
  coverageViews,
  dueViews,
  exerciseViews,
  type ActionView,
  type CoverageView,
  type DueView,
  type ExerciseView,
} from './exercises.js';
import { formViews, type FormView } from './forms.js';
import { overdueViews, type OverdueView } from './overdue.js';
import { healthView, type HealthView } from './health.js';
import { knowHowViews, type KnowHowView } from './know-how.js';
import { copyViews, type CopyView } from './copies.js';
import { personView, reachable, reachableView, type PersonView } from './people.js';
import { notCharted, scenarioView, templateView, type ScenarioView, type TemplateView } from './scenarios.js';

export interface BuildFacts {
  /** YYYY-MM-DD: what lint took as today. */
  today: string;
  /** YYYY-MM-DD printed as "generated on": from SOURCE_DATE_EPOCH when set, else today. */
  generated: string;
  commit: SourceCommit | null;
  revisions: Revision[];
  diagnostics: Diagnostic[];
  paper: 'a4' | 'letter';
  /** What history says about the plan's printed copies: those out of date are replaced by this print. */
  printedCopies?: PrintedCopyFacts[];
  /** The record of changes, newest version first, from the plan's history. */
  changeRecord?: VersionRecord[];
}

/** Everything the templates show, computed once; templates only arrange it. Absent values are null, never missing. */
export interface ViewModel {
  meta: {
    organization: string;
    title: string;
    version: string | null;
    classification: string | null;
    owner: PersonView;
    reviewed: string;
    reviewInterval: string;
    nextReview: string;
    nextExerciseDue: string | null;
    /** When the contacts list is next to be reviewed; null without a contacts list. */
    nextContactsReview: string | null;
    /** The earliest of the next review, exercise and contacts review; null once one of them has come. */
    validUntil: string | null;
    /** What has come due, in plain words, when `validUntil` is null: "the plan review was due on 2026-10-01". */
    outOfDate: string | null;
    generated: string;
    today: string;
    commit: SourceCommit | null;
    copies: CopyView[];
    /** How many of the listed copies this print replaces (made before outage-relevant changes). */
    replaces: number;
    paper: 'a4' | 'letter';
  };
  scenarios: ScenarioView[];
  /** Scenarios left out of the RTO/MTD chart for want of a stated RTO or MTD. */
  notCharted: string[];
  people: PersonView[];
  knowHow: KnowHowView[];
  callTree: PersonView[];
  vendors: VendorView[];
  systems: SystemView[];
  premises: PremisesView[];
  communication: {
    lead: PersonView | null;
    deputy: PersonView | null;
    updateEvery: string | null;
    channels: { name: string; use: string }[];
    templates: TemplateView[];
  };
  documents: DocumentView[];
  forms: FormView[];
  contacts: CriticalContactsView | null;
  /** Lists whose review has come due (critical contacts, fallback documents): flagged on their pages and the cover. */
  overdue: OverdueView[];
  exercises: ExerciseView[];
  openActions: ActionView[];
  coverage: CoverageView[];
  due: DueView[];
  health: HealthView;
  revisions: Revision[];
  changeRecord: VersionRecord[];
}

export function buildViewModel(plan: PlanModel, facts: BuildFacts): ViewModel {
  const statuses = exerciseStatuses(plan, facts.today);
  const due = dueViews(statuses, facts.today);
  const exercises = exerciseViews(plan, facts.today);
  const scenarios = (plan.data.scenarios ?? []).map((scenario) => scenarioView(plan, scenario, statuses));
  return breakLongWords({
    meta: meta(plan, facts, due),
    scenarios,
    notCharted: notCharted(scenarios),
    knowHow: knowHowViews(plan),
    people: (plan.data.people ?? []).filter((p) => p.status !== 'left').map((p) => personView(plan, p)),
    callTree: (plan.data.people ?? []).map((p) => personView(plan, p)).filter((p) => p.onCallTree),
    vendors: (plan.data.vendors ?? []).map((vendor) => vendorView(plan, vendor)),
    systems: (plan.data.systems ?? []).map((system) => systemView(plan, system)),
    premises: (plan.data.premises ?? []).map((premises) => premisesView(plan, premises)),
    communication: communication(plan),
    documents: documentViews(plan),
    forms: formViews(plan),
    contacts: criticalContactsView(plan),
    overdue: overdueViews(plan, facts.today),
    exercises,
    openActions: exercises.flatMap((exercise) => exercise.actions).filter((action) => !action.done),
    coverage: coverageViews(plan, statuses),
    due,
    health: healthView(facts.diagnostics, plan),
    revisions: facts.revisions,
    changeRecord: facts.changeRecord ?? [],
  });
}

function meta(plan: PlanModel, facts: BuildFacts, due: DueView[]): ViewModel['meta'] {
  const info = plan.data.plan;
  const nextReview = addMinutes(info.reviewed, parseDuration(info.review_interval) ?? 0);
  const contacts = plan.data.contacts;
  const nextContactsReview = contacts
    ? addMinutes(contacts.reviewed, parseDuration(contacts.review_interval) ?? 0)
    : null;
  const dates = due
    .map((d) => d.due)
    .filter((d): d is string => d !== null)
    .sort();
  const nextExerciseDue = dates[0] ?? null;
  const neverRehearsed = due.filter((d) => d.due === null).length;
  const reasons = outOfDateReasons(facts.today, { nextReview, nextContactsReview, nextExerciseDue, neverRehearsed });
  const candidates = [nextReview, nextContactsReview, nextExerciseDue].filter((d): d is string => d !== null).sort();
  const validUntil = reasons.length > 0 ? null : (candidates[0] ?? null);
  const copies = copyViews(plan, facts.printedCopies ?? []);
  return {
    organization: info.organization,
    title: info.title ?? 'Business continuity plan',
    version: info.version ?? null,
    classification: info.classification ?? null,
    owner: ownerView(plan),
    reviewed: info.reviewed,
    reviewInterval: info.review_interval,
    nextReview,
    nextExerciseDue,
    nextContactsReview,
    validUntil,
    outOfDate: reasons.length > 0 ? reasons.join('; ') : null,
    generated: facts.generated,
    today: facts.today,
    commit: facts.commit,
    copies,
    replaces: copies.filter((copy) => copy.replace).length,
    paper: facts.paper,
  };
}

function communication(plan: PlanModel): ViewModel['communication'] {
  const section = plan.data.communication;
  return {
    lead: section?.lead ? reachableView(plan, section.lead) : null,
    deputy: section?.deputy ? reachableView(plan, section.deputy) : null,
    updateEvery: section?.update_every ?? null,
    channels: section?.channels ?? [],
    templates: (section?.templates ?? []).map(templateView),
  };
}

/**
 * The plan owner as the cover and call tree show them, with the plan's deputy owner as their deputy when named.
 * An owner who left is replaced by whoever answers for them (the deputy owner first), never printed as a contact.
 */
function ownerView(plan: PlanModel): PersonView {
  const info = plan.data.plan;
  const deputyOwner = info.deputy ? reachable(plan, info.deputy) : undefined;
  const here = reachable(plan, info.owner) ?? deputyOwner;
  const fallback = (plan.data.people ?? []).find((p) => p.status !== 'left') ?? plan.people.get(info.owner);
  const owner = here ?? fallback;
  if (!owner) throw new Error(`plan owner ${info.owner} is not in the plan`);
  const view = personView(plan, owner, owner.id !== info.owner);
  if (!deputyOwner || deputyOwner.id === owner.id) return view;
  const { id, name, phone } = deputyOwner;
  return { ...view, deputy: { id, name, phone: phone ?? '', phoneHref: telUrl(phone) ?? null } };
}

/**
 * What has already come due, in words: a binder printed then is out of date, and a date would look like a promise.
 * Something due today counts: the print date is not a validity.
 */
function outOfDateReasons(
  today: string,
  dates: {
    nextReview: string;
    nextContactsReview: string | null;
    nextExerciseDue: string | null;
    neverRehearsed: number;
  },
): string[] {
  const when = (date: string, what: string): string =>
    date < today ? `${what} was due on ${date}` : `${what} is due today`;
  const reasons: string[] = [];
  if (dates.nextReview <= today) reasons.push(when(dates.nextReview, 'the plan review'));
  if (dates.nextContactsReview !== null && dates.nextContactsReview <= today)
    reasons.push(when(dates.nextContactsReview, 'the review of the critical contacts list'));
  if (dates.neverRehearsed > 0)
    reasons.push(
      `${dates.neverRehearsed} scenario${dates.neverRehearsed === 1 ? ' has' : 's have'} never been rehearsed`,
    );
  if (dates.nextExerciseDue !== null && dates.nextExerciseDue <= today)
    reasons.push(when(dates.nextExerciseDue, 'an exercise'));
  return reasons;
}
