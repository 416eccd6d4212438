import Handlebars from 'handlebars';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { htmlTreeCopy } from '../html-tree.js';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { keyOnce, remembered } from '../memo.js';
import { crossReference, markdownTarget, pageSuffix, type CrossTarget } from './cross-references.js';

export interface FragmentOptions {
  /** The heading level that a Markdown `##` becomes, so the fragment's headings nest under the binder's. */
  top: number;
  /** Drop a leading `# Title`: the binder prints its own heading for the document. */
  dropTitle: boolean;
  /**
   * What the text may refer to: an id written as code (`internet-outage`) or a link to another Markdown file of
   * the plan becomes a link with the title and page of what it names.
   */
  targets?: Map<string, CrossTarget>;
}

const PRINTABLE_LINK = /^(https?:|mailto:|tel:|#)/i;
/** `[ ]` or `[x]` at the start of an item's text: a task list written for Markdown without task lists. */
const TEXT_TASK = /^\[( |x|X)\]\s*/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Adapts sanitised Markdown HTML for paper, on its tree. Headings move down to sit under the binder's own
 * (bookmarks are made from headings, so a procedure's `# Title` must not become a top-level bookmark); `[ ]` task
 * items get a printed tick box; links to other files lose their href (in a PDF they would become links to the
 * build's temporary folder) or, when they name a file of the plan, point at it with its page; a web link whose
 * text is not its address gets the address in brackets, to type in; an id written as code that names a part of
 * the plan becomes a cross-reference with its page. Pictures that are not embedded (`data:`) become a note: the
 * print fetches nothing from the web, and the plan's own files are not next to the print HTML.
 */
export function printFragment(html: string, options: FragmentOptions): string {
  return adapted({ html, options });
}

/** `printFragment` for a SafeString from the view, keeping it safe for templates. */
export function printSafe(html: Handlebars.SafeString, options: FragmentOptions): Handlebars.SafeString {
  return new Handlebars.SafeString(printFragment(html.toString(), options));
}

/** Fragments repeat (a message template on every scenario page) and `bcp watch` rebuilds often: parse each once. */
const adapted = remembered(
  ({ html, options }: { html: string; options: FragmentOptions }) =>
    `${options.top}\0${options.dropTitle}\0${targetsKey(options.targets)}\0${html}`,
  ({ html, options }) => adapt(html, options),
);

const targetsKeyOnce = keyOnce((targets: Map<string, CrossTarget>) => JSON.stringify([...targets]));

function targetsKey(targets: Map<string, CrossTarget> | undefined): string {
  return targets ? targetsKeyOnce(targets) : '';
}

function adapt(html: string, options: FragmentOptions): string {
  const tree = htmlTreeCopy(html);
  if (options.dropTitle) dropLeadingTitle(tree);
  const targets = options.targets ?? new Map<string, CrossTarget>();
  visit(tree, 'element', (node, index, parent) => {
    if (/^h[1-6]$/.test(node.tagName)) moveHeading(node, options.top - 2);
    else if (node.tagName === 'li') tickBox(node);
    const replacement =
      node.tagName === 'img'
        ? picture(node)
        : node.tagName === 'a'
          ? printLink(node, targets)
          : node.tagName === 'code'
            ? codeReference(node, targets)
            : undefined;
    if (!replacement || index === undefined || !parent) return;
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
  return toHtml(tree);
}

/** A leading `# Title` (with the blank space around it) goes: the binder prints the document's own heading. */
function dropLeadingTitle(tree: Root): void {
  const first = tree.children.findIndex((node) => !(node.type === 'text' && node.value.trim() === ''));
  const node = tree.children[first];
  if (node?.type !== 'element' || node.tagName !== 'h1') return;
  let end = first + 1;
  while (tree.children[end]?.type === 'text' && (tree.children[end] as { value: string }).value.trim() === '') end++;
  tree.children.splice(0, end);
}

/** One line of text: headings keep their spaces (white-space: pre-wrap) for the bookmarks' sake. */
function moveHeading(node: Element, shift: number): void {
  node.tagName = `h${Math.min(6, Math.max(1, Number(node.tagName[1]) + shift))}`;
  visit(node, 'text', (text) => {
    text.value = text.value.replace(/\s+/g, ' ');
  });
  trimEdges(node);
}

function trimEdges(node: Element): void {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
}

/** A task item (GFM's checkbox, or `[ ]` left as text) gets a box to tick with a pen, where its text starts. */
function tickBox(item: Element): void {
  const gfm = Array.isArray(item.properties.className) && item.properties.className.includes('task-list-item');
  const holder = firstParagraph(item) ?? item;
  const at = holder.children.findIndex((child) => !(child.type === 'text' && child.value.trim() === ''));
  const start = holder.children[at];
  let checked: boolean;
  if (gfm && start?.type === 'element' && start.tagName === 'input') {
    checked = Boolean(start.properties.checked);
    holder.children.splice(at, 1);
    const next = holder.children[at];
    if (next?.type === 'text') next.value = next.value.trimStart();
  } else if (!gfm && start?.type === 'text' && TEXT_TASK.test(start.value)) {
    checked = start.value[1] !== ' ';
    start.value = start.value.replace(TEXT_TASK, '');
  } else return;
  item.properties = { ...item.properties, className: ['task'] };
  const box: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: checked ? ['box', 'checked'] : ['box'] },
    children: [],
  };
  holder.children.splice(Math.max(0, at), 0, box);
}

/** The item's own paragraph when the list is loose (`<li>\n<p>…`), where the box goes. */
function firstParagraph(item: Element): Element | undefined {
  const first = item.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
  return first?.type === 'element' && first.tagName === 'p' ? first : undefined;
}

function picture(image: Element): ElementContent[] | undefined {
  if (/^data:image\//i.test(String(image.properties.src ?? ''))) return undefined;
  const alt = typeof image.properties.alt === 'string' && image.properties.alt !== '' ? image.properties.alt : '';
  const note = `[Picture not printed${alt ? `: ${alt}` : ''}]`;
  return [{ type: 'element', tagName: 'span', properties: { className: ['no-picture'] }, children: [text(note)] }];
}

function printLink(link: Element, targets: Map<string, CrossTarget>): ElementContent[] | undefined {
  const href = typeof link.properties.href === 'string' ? link.properties.href : undefined;
  if (href === undefined) return undefined;
  if (!PRINTABLE_LINK.test(href)) {
    const target = markdownTarget(href, targets);
    if (!target) {
      delete link.properties.href;
      return undefined;
    }
    const xref: Element = {
      type: 'element',
      tagName: 'a',
      properties: { className: ['xref'], href: `#${target.anchor}` },
      children: [...link.children, ...fragment(pageSuffix(target.anchor))],
    };
    return [xref];
  }
  if (!/^https?:/i.test(href) || toText(link) === href) return undefined;
  const address: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['url'] },
    children: [text(`(${href})`)],
  };
  return [link, text(' '), address];
}

/** `internet-outage` written as code, when it names a part of the plan: its title and page instead. */
function codeReference(code: Element, targets: Map<string, CrossTarget>): ElementContent[] | undefined {
  const only = code.children.length === 1 ? code.children[0] : undefined;
  if (only?.type !== 'text' || !ID.test(only.value)) return undefined;
  const target = targets.get(only.value);
  return target ? fragment(crossReference(target)) : undefined;
}

function fragment(html: string): ElementContent[] {
  return fromHtml(html, { fragment: true }).children.filter(
    (node: RootContent): node is ElementContent => node.type !== 'doctype' && node.type !== 'comment',
  );
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
