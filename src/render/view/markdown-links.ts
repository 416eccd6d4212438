import Handlebars from 'handlebars';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { keyOnce, remembered } from '../memo.js';
import { htmlTreeCopy, rememberTree } from '../html-tree.js';
import { demoteHeadings } from './headings.js';

/** What a relative link in a Markdown file may point to: the plan's documents and scenarios, by id. */
export interface LinkTargets {
  documents: Set<string>;
  scenarios: Set<string>;
}

/**
 * Fits sanitized Markdown HTML into a site page at `root` (`''` or `'../'`): headings under the page's own, a
 * link to another Markdown file of the plan (`manual-lead-to-close.md`) turned into a link to the page that
 * shows it, and a link or image the site cannot follow turned into plain text, so nothing on a USB stick is
 * dead and nothing is fetched.
 */
export function fitMarkdownHtml(html: Handlebars.SafeString, options: FitOptions): Handlebars.SafeString {
  const text = html.toString();
  // Nothing to fit without a heading, a link or an image (most message templates): no need to parse.
  if (!/<(h[1-6]|a|img)[\s>]/.test(text)) return html;
  return new Handlebars.SafeString(fitted({ text, ...options }));
}

type FitOptions = { top: number; root: string; targets: LinkTargets };

const fitted = remembered(
  ({ text, ...options }: FitOptions & { text: string }) =>
    `${options.top}\0${options.root}\0${targetsKey(options.targets)}\0${text}`,
  ({ text, ...options }) => fit(text, options),
);

/** The targets as text, made once per set of targets: part of what a fitted fragment is remembered by. */
const targetsKey = keyOnce((targets: LinkTargets) => JSON.stringify([[...targets.documents], [...targets.scenarios]]));

function fit(text: string, options: FitOptions): string {
  const tree = htmlTreeCopy(text);
  demoteHeadings(tree, options.top);
  const ids = elementIds(tree);
  visit(tree, 'element', (node, index, parent) => {
    if (index === undefined || !parent) return;
    const replacement =
      node.tagName === 'a' ? fitLink(node, ids, options) : node.tagName === 'img' ? altText(node) : undefined;
    if (!replacement) return;
    parent.children.splice(index, 1, ...replacement);
    // The link's own text is visited next, in its new place.
    return [SKIP, index];
  });
  const html = toHtml(tree);
  // The search index takes the text of the fitted procedure: it need not parse what was just written.
  rememberTree(html, tree);
  return html;
}

/**
 * The ids in the fragment. On the way, a `data-*` attribute written bare (`data-footnote-ref`, from the Markdown
 * pipeline), which parsing reads as `""`, is made bare again, so that the fitted HTML is written as it came.
 */
function elementIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    for (const [name, value] of Object.entries(node.properties)) {
      if (value === '' && name.startsWith('data')) node.properties[name] = true;
    }
  });
  return ids;
}

/**
 * A link that leads somewhere stays (pointed at the page that shows its target): undefined. One that leads
 * nowhere on the site is replaced by its text.
 */
function fitLink(
  link: Element,
  ids: Set<string>,
  options: { root: string; targets: LinkTargets },
): ElementContent[] | undefined {
  const href = link.properties.href;
  if (typeof href !== 'string' || /^(https?:|mailto:|tel:)/i.test(href)) return undefined;
  const target = href.startsWith('#') ? (ids.has(href.slice(1)) ? href : null) : siteTarget(href, options);
  if (target === null) return [{ type: 'element', tagName: 'span', properties: {}, children: link.children }];
  link.properties.href = target;
  return undefined;
}

/** Images would be fetched from outside the site (and blocked by its CSP): their alt text stands in. */
function altText(image: Element): ElementContent[] {
  const alt = image.properties.alt;
  if (typeof alt !== 'string' || alt === '') return [];
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['image-alt'] },
      children: [{ type: 'text', value: `[${alt}]` }],
    },
  ];
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
