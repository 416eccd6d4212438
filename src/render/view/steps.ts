import Handlebars from 'handlebars';
import type { Step } from '../../core/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';
import { reachable } from './people.js';
import { inlineMarkdownToHtml } from '../markdown.js';

/** One step of a checklist: its text as sanitized HTML (a SafeString, so templates need no triple-stash). */
export interface StepView {
  number: number;
  html: Handlebars.SafeString;
  /** The step as plain text, for search and for the quick reference. */
  text: string;
  owner: { id: string; name: string; phone: string } | null;
  /** Each reference carries the id of the element the binder prints it at (`document-price-list`). */
  documents: Reference[];
  note: string | null;
  /** How long it takes, as written (`45m`), when the step says. */
  takes: string | null;
  /** What it waits for, when not simply the step before: "after step 1", "at once". */
  waits: string | null;
  /** The condition of a decision step (`if:`), in the plan's words: "the office internet is also down". */
  condition: string | null;
  /** The scenario a decision step sends the reader to (`go_to:`). */
  goTo: Reference | null;
  /** Premises whose details the step uses (call rerouting), and the message templates it sends. */
  premises: Reference[];
  templates: Reference[];
}

export interface Reference {
  id: string;
  title: string;
  anchor: string;
}

export function stepViews(plan: PlanModel, steps: readonly Step[]): StepView[] {
  return steps.map((step, index) => {
    const detail = typeof step === 'string' ? { action: step } : step;
    const owner = detail.owner ? reachable(plan, detail.owner) : undefined;
    return {
      number: index + 1,
      html: new Handlebars.SafeString(inlineMarkdownToHtml(detail.action)),
      text: detail.action,
      owner: owner ? { id: owner.id, name: owner.name, phone: owner.phone ?? '' } : null,
      documents: named(plan.documents, detail.documents).map(({ id, title }) => reference('document', id, title)),
      note: detail.note ?? null,
      takes: detail.takes ?? null,
      waits: waitsText(steps, detail.after),
      condition: detail.if ?? null,
      goTo: goTo(plan, detail.go_to),
      premises: named(plan.premises, detail.premises).map(({ id, name }) => reference('premises', id, name)),
      templates: named(plan.templates, detail.templates).map(({ id, title }) => reference('template', id, title)),
    };
  });
}

/** Only an explicit `after` is shown: without it a step waits for the one before, as any checklist reads. */
function waitsText(steps: readonly Step[], after: readonly string[] | undefined): string | null {
  if (after === undefined) return null;
  if (after.length === 0) return 'start at once';
  const numbers = after.map((id) => steps.findIndex((step) => typeof step !== 'string' && step.id === id) + 1);
  return `after step${numbers.length === 1 ? '' : 's'} ${numbers.join(', ')}`;
}

/** The things a step names that the plan has (validation has already reported any it does not). */
function named<T>(known: ReadonlyMap<string, T>, ids: readonly string[] | undefined): T[] {
  return (ids ?? []).flatMap((id) => known.get(id) ?? []);
}

function goTo(plan: PlanModel, id: string | undefined): StepView['goTo'] {
  const scenario = id === undefined ? undefined : plan.scenarios.get(id);
  return scenario ? reference('scenario', scenario.id, scenario.title) : null;
}

function reference(kind: string, id: string, title: string): Reference {
  return { id, title, anchor: `${kind}-${id}` };
}
