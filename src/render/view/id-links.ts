import Handlebars from 'handlebars';
import { siteHref } from '../site-hrefs.js';

/** Where each kind of id the plan's text may name lives on the site. Scenarios map to their titles. */
export interface IdTargets {
  scenarios: Map<string, string>;
  templates: Set<string>;
  documents: Set<string>;
  forms: Set<string>;
  premises: Set<string>;
}

/** Links the ids in a piece of HTML; `self` is the id of the page it goes on, which is not linked to itself. */
export type IdLinker = (html: Handlebars.SafeString, self?: string) => Handlebars.SafeString;

const TAG_OR_TEXT = /(<[^>]*>)|([^<]+)/g;

/**
 * A run of word characters and hyphens: an id is linked only where it is a whole run (`crm-outage`, not the end of
 * `old-crm-outage` or the start of `crm-outage_2`), so each run is looked up as it stands. One pattern of every id
 * did the same, but took half a second on a plan of a thousand scenarios.
 */
const RUN = /[\w-]+/g;

/**
 * Turns the plan's ids written in running text ("follow the internet-outage scenario first", "template
 * staff-update") into links to where they are on the site, so a cross-reference is one tap away. Only ids with a
 * hyphen count: a one-word id ("fire") is also an everyday word and would turn prose into links. Text already
 * in a link is left alone. Built once per page depth (`root`): the links are made once, not per step.
 */
export function idLinker(targets: IdTargets, root: string): IdLinker {
  const hrefs = idHrefs(targets, root);
  if (hrefs.size === 0) return (html) => html;
  return (html, self) => {
    let inLink = 0;
    const out = html.toString().replace(TAG_OR_TEXT, (whole, tag: string | undefined) => {
      if (tag) {
        if (/^<a[\s>]/i.test(tag)) inLink++;
        else if (/^<\/a>/i.test(tag)) inLink = Math.max(0, inLink - 1);
        return whole;
      }
      if (inLink > 0) return whole;
      return whole.replace(RUN, (run: string) => {
        const link = run === self ? undefined : hrefs.get(run);
        return link ? link(run) : run;
      });
    });
    return new Handlebars.SafeString(out);
  };
}

/** Each linkable id and how to draw its link; where two kinds share an id, the one listed first wins. */
function idHrefs(targets: IdTargets, root: string): Map<string, (id: string) => string> {
  const hrefs = new Map<string, (id: string) => string>();
  const add = (id: string, href: string, title?: string): void => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)+$/.test(id) || hrefs.has(id)) return;
    const titled = title ? ` title="${Handlebars.escapeExpression(title)}"` : '';
    hrefs.set(id, (text) => `<a class="ref" href="${href}"${titled}>${text}</a>`);
  };
  for (const [id, title] of targets.scenarios) add(id, siteHref('scenario', id, root), title);
  for (const id of targets.templates) add(id, siteHref('template', id, root));
  for (const id of targets.documents) add(id, siteHref('document', id, root));
  for (const id of targets.forms) add(id, siteHref('form', id, root));
  for (const id of targets.premises) add(id, siteHref('premises', id, root));
  return hrefs;
}
