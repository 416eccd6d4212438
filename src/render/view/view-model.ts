import type { Diagnostic } from '../../diagnostic.js';
import type { PrintedCopyFacts } from '../../diff/printed-copies.js';
import type { VersionRecord } from '../../diff/record-of-changes.js';
import { addMinutes } from '../../model/dates.js';
import { exerciseStatuses } from '../../model/exercise-status.js';
import { parseDuration } from '../../model/duration.js';
import type { PlanModel } from '../../model/plan-model.js';
import type { Revision, SourceCommit } from '../revisions.js';
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
import { healthView, type HealthView } from './health.js';
import { copyViews, type CopyView } from './copies.js';
import { personById, personView, type PersonView } from './people.js';
import { scenarioView, templateView, type ScenarioView, type TemplateView } from './scenarios.js';

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
    version: string;
    classification: string | null;
    owner: PersonView;
    reviewed: string;
    reviewInterval: string;
    nextReview: string;
    nextExerciseDue: string | null;
    validUntil: string;
    generated: string;
    today: string;
    commit: SourceCommit | null;
    copies: CopyView[];
    /** How many of the listed copies this print replaces (made before outage-relevant changes). */
    replaces: number;
    paper: 'a4' | 'letter';
  };
  scenarios: ScenarioView[];
  people: PersonView[];
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
  contacts: CriticalContactsView | null;
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
  return {
    meta: meta(plan, facts, due),
    scenarios: (plan.data.scenarios ?? []).map((scenario) => scenarioView(plan, scenario, statuses)),
    people: (plan.data.people ?? []).filter((p) => p.status !== 'left').map((p) => personView(plan, p)),
    callTree: (plan.data.people ?? []).map((p) => personView(plan, p)).filter((p) => p.onCallTree),
    vendors: (plan.data.vendors ?? []).map((vendor) => vendorView(plan, vendor)),
    systems: (plan.data.systems ?? []).map((system) => systemView(plan, system)),
    premises: (plan.data.premises ?? []).map((premises) => premisesView(plan, premises)),
    communication: communication(plan),
    documents: documentViews(plan),
    contacts: criticalContactsView(plan),
    exercises,
    openActions: exercises.flatMap((exercise) => exercise.actions).filter((action) => !action.done),
    coverage: coverageViews(plan, statuses),
    due,
    health: healthView(facts.diagnostics, plan.dir),
    revisions: facts.revisions,
    changeRecord: facts.changeRecord ?? [],
  };
}

function meta(plan: PlanModel, facts: BuildFacts, due: DueView[]): ViewModel['meta'] {
  const info = plan.data.plan;
  const nextReview = addMinutes(info.reviewed, parseDuration(info.review_interval) ?? 0);
  const dates = due
    .map((d) => d.due)
    .filter((d): d is string => d !== null)
    .sort();
  // A rehearsal that never happened is due now: the binder is already out of date for it.
  const nextExerciseDue = due.some((d) => d.due === null) ? facts.today : (dates[0] ?? null);
  const validUntil = nextExerciseDue && nextExerciseDue < nextReview ? nextExerciseDue : nextReview;
  const copies = copyViews(plan, facts.printedCopies ?? []);
  return {
    organization: info.organization,
    title: info.title ?? 'Business continuity plan',
    version: info.version,
    classification: info.classification ?? null,
    owner: personById(plan, info.owner),
    reviewed: info.reviewed,
    reviewInterval: info.review_interval,
    nextReview,
    nextExerciseDue,
    validUntil,
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
    lead: section?.lead ? personById(plan, section.lead) : null,
    deputy: section?.deputy ? personById(plan, section.deputy) : null,
    updateEvery: section?.update_every ?? null,
    channels: section?.channels ?? [],
    templates: (section?.templates ?? []).map(templateView),
  };
}
