import Handlebars from 'handlebars';
import type { Step } from '../../model/plan.generated.js';
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
    };
  });
}
