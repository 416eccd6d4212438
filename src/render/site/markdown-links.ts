import Handlebars from 'handlebars';
import { demoteHeadings } from './headings.js';

/** What a relative link in a Markdown file may point to: the plan's documents and scenarios, by id. */
export interface LinkTargets {
  documents: Set<string>;
  scenarios: Set<string>;
}

const ANCHOR = /<a href="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g;
const IMAGE = /<img\b[^>]*>/g;

/**
 * Fits sanitized Markdown HTML into a site page at `root` (`''` or `'../'`): headings under the page's own, a
 * link to another Markdown file of the plan (`manual-lead-to-close.md`) turned into a link to the page that
 * shows it, and a link or image the site cannot follow turned into plain text, so nothing on a USB stick is
 * dead and nothing is fetched.
 */
export function fitMarkdownHtml(
  html: Handlebars.SafeString,
  options: { top: number; root: string; targets: LinkTargets },
): Handlebars.SafeString {
  const text = demoteHeadings(html, options.top).toString();
  const ids = new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]));
  const linked = text.replace(ANCHOR, (whole, href: string, rest: string, inner: string) => {
    if (/^(https?:|mailto:|tel:)/i.test(href)) return whole;
    if (href.startsWith('#')) return ids.has(href.slice(1)) ? whole : `<span>${inner}</span>`;
    const target = siteTarget(href, options);
    return target ? `<a href="${target}"${rest}>${inner}</a>` : `<span>${inner}</span>`;
  });
  // Images would be fetched from outside the site (and blocked by its CSP): their alt text stands in.
  const imageless = linked.replace(IMAGE, (tag) => {
    const alt = /\salt="([^"]*)"/.exec(tag)?.[1];
    return alt ? `<span class="image-alt">[${alt}]</span>` : '';
  });
  return new Handlebars.SafeString(imageless);
}

function siteTarget(href: string, { root, targets }: { root: string; targets: LinkTargets }): string | null {
  const file = safeDecode(href.split(/[?#]/)[0] ?? '');
  if (!file.toLowerCase().endsWith('.md')) return null;
  const stem = file.split('/').pop()!.slice(0, -'.md'.length);
  if (targets.documents.has(stem)) return `${root}documents.html#document-${stem}`;
  if (targets.scenarios.has(stem)) return `${root}scenarios/${stem}.html#procedure`;
  return null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
