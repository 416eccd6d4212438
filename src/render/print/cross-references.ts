import Handlebars from 'handlebars';
import type { ViewModel } from '../view/view-model.js';

/** Where a cross-reference leads in the binder: the id of the element, and what the reader knows it by. */
export interface CrossTarget {
  anchor: string;
  title: string;
}

/**
 * Every thing of the plan a text may refer to by its id or by its Markdown file, and where the binder prints it.
 * Scenarios first: when a scenario and a document share an id, a procedure that names it most likely means the
 * scenario.
 */
export function crossTargets(view: ViewModel): Map<string, CrossTarget> {
  const targets = new Map<string, CrossTarget>();
  const add = (id: string, anchor: string, title: string): void => {
    if (!targets.has(id)) targets.set(id, { anchor, title });
  };
  for (const scenario of view.scenarios) add(scenario.id, scenario.slug, scenario.title);
  const templates = [...view.communication.templates, ...view.scenarios.flatMap((s) => s.communication.templates)];
  for (const template of templates) add(template.id, `template-${template.id}`, template.title);
  for (const document of view.documents) add(document.id, `document-${document.id}`, document.title);
  for (const form of view.forms) add(form.id, form.anchor, form.title);
  for (const premises of view.premises) add(premises.id, `premises-${premises.id}`, premises.name);
  return targets;
}

const escape = Handlebars.escapeExpression;

/** The page a link leads to, inside the link: the reader of the paper copy turns to it, the PDF reader clicks it. */
export function pageSuffix(anchor: string): string {
  const id = escape(anchor);
  return `<span class="xref-page"> (page <span class="page-num" data-page-ref="${id}">000</span>)</span>`;
}

/** A cross-reference as the binder prints it: the title the reader knows, and its page. */
export function crossReference(target: CrossTarget): string {
  return `<a class="xref" href="#${escape(target.anchor)}">${escape(target.title)}${pageSuffix(target.anchor)}</a>`;
}

/** A Markdown file the plan points to (`manual-lead-to-close.md`), by the id that its stem is. */
export function markdownTarget(href: string, targets: Map<string, CrossTarget>): CrossTarget | undefined {
  const file = safeDecode(href.split(/[?#]/)[0] ?? '');
  if (!file.toLowerCase().endsWith('.md')) return undefined;
  return targets.get(file.split('/').pop()!.slice(0, -'.md'.length));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
