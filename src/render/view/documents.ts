import Handlebars from 'handlebars';
import { reachableName } from './people.js';
import type { PlanModel } from '../../model/plan-model.js';
import { markdownToHtml } from '../markdown.js';
import { mailtoUrl, telUrl } from '../safe-url.js';

export interface DocumentView {
  id: string;
  title: string;
  kind: string;
  description: string | null;
  owner: string | null;
  copies: { location: string; format: string | null; holder: string | null }[];
  refresh: string | null;
  reviewInterval: string | null;
  reviewed: string | null;
  html: Handlebars.SafeString | null;
}

export interface CriticalContactsView {
  owner: string | null;
  reviewed: string;
  reviewInterval: string;
  copies: DocumentView['copies'];
  entries: {
    name: string;
    organization: string | null;
    kind: string;
    phone: string | null;
    phoneHref: string | null;
    email: string | null;
    emailHref: string | null;
    notes: string | null;
  }[];
}

function copiesOf(plan: PlanModel, copies: { location: string; format?: string; holder?: string }[] | undefined) {
  return (copies ?? []).map((copy) => ({
    location: copy.location,
    format: copy.format ?? null,
    holder: copy.holder ? reachableName(plan, copy.holder) : null,
  }));
}

/** What goes before the ids a document's Markdown makes, as for procedures. */
export const documentIdPrefix = (document: { id: string }): string => `document-${document.id}-`;

export function documentViews(plan: PlanModel): DocumentView[] {
  return (plan.data.documents ?? []).map((document) => {
    const file = document.file ? plan.markdown.get(document.file) : undefined;
    return {
      id: document.id,
      title: document.title,
      kind: document.kind,
      description: document.description ?? null,
      owner: document.owner ? reachableName(plan, document.owner) : null,
      copies: copiesOf(plan, document.copies),
      refresh: document.refresh ?? null,
      reviewInterval: document.review_interval ?? null,
      reviewed: document.reviewed ?? null,
      html: file
        ? new Handlebars.SafeString(markdownToHtml(file.text, { idPrefix: documentIdPrefix(document) }))
        : null,
    };
  });
}

export function criticalContactsView(plan: PlanModel): CriticalContactsView | null {
  const contacts = plan.data.contacts;
  if (!contacts) return null;
  return {
    owner: contacts.owner ? reachableName(plan, contacts.owner) : null,
    reviewed: contacts.reviewed,
    reviewInterval: contacts.review_interval,
    copies: copiesOf(plan, contacts.copies),
    entries: contacts.entries.map((entry) => ({
      name: entry.name,
      organization: entry.organization ?? null,
      kind: entry.kind,
      phone: entry.phone ?? null,
      phoneHref: telUrl(entry.phone) ?? null,
      email: entry.email ?? null,
      emailHref: mailtoUrl(entry.email) ?? null,
      notes: entry.notes ?? null,
    })),
  };
}
