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
  documents: { id: string; title: string }[];
  note: string | null;
  /** How long it takes, as written (`45m`), when the step says. */
  takes: string | null;
  /** What it waits for, when not simply the step before: "after step 1", "at once". */
  waits: string | null;
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
      documents: (detail.documents ?? []).flatMap((id) => {
        const document = plan.documents.get(id);
        return document ? [{ id, title: document.title }] : [];
      }),
      note: detail.note ?? null,
      takes: detail.takes ?? null,
      waits: waitsText(steps, detail.after),
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
