import type { Root } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Root as HastRoot } from 'hast';
import { rememberTree } from './html-tree.js';
import { BoundedCache } from '../core/bounded-cache.js';

// GitHub's rules, plus `tel:` links (contact pages call people) and without the `user-content-` id prefix
// that would break in-page anchors. Sanitizing runs last: remark-rehype keeps `javascript:` and `data:` links.
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** `https:`, `data:`, or `//host` (from file:// that is a network share): anything that is not a path in the plan. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i;

/**
 * After sanitizing: images keep only relative sources, since the binder and the site are read with no network and a
 * remote image would be a request to someone else's server whenever the plan is opened (the alt text stays); links
 * lose `//host` addresses, which sanitizing takes for relative paths but which from file:// open a network share;
 * task-list boxes get a name.
 */
function keepLocal() {
  const walk = (node: HastNode): void => {
    const properties = node.properties;
    if (node.type === 'element' && properties) {
      if (node.tagName === 'img' && REMOTE.test(String(properties.src ?? ''))) delete properties.src;
      if (/^[\\/]{2}/.test(String(properties.href ?? ''))) delete properties.href;
      // A task list's box is read out by screen readers; without a name it is an unlabelled form control.
      if (node.tagName === 'input' && properties.type === 'checkbox')
        properties.ariaLabel = properties.checked ? 'done' : 'to do';
    }
    node.children?.forEach(walk);
  };
  return (tree: HastNode): void => walk(tree);
}

const processors = new Map<string, ReturnType<typeof processor>>();

function processor(idPrefix: string) {
  return unified()
    .use(remarkRehype, { clobberPrefix: idPrefix })
    .use(rehypeSanitize, schema)
    .use(keepLocal)
    .use(rehypeStringify);
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Markdown as the plan's authors write it: CommonMark with GitHub's tables, task lists, strikethrough and footnotes. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

export interface MarkdownOptions {
  /**
   * Put before the ids the Markdown makes (footnotes): give each document shown on one page its own, like
   * `scenario-crm-outage-`, so that two procedures with footnotes in the binder do not share ids. Default none.
   */
  idPrefix?: string;
}

/**
 * The HTML already made for a Markdown text: a watch rebuild re-renders every page, but an edit changes one
 * procedure, and a plan repeats its templates and steps. Bounded: emptied when it grows past the limit.
 */
const rendered = new BoundedCache<string>(20_000);

/** Markdown (a procedure file's tree, or a step's text) as sanitized HTML: no script, no handler, no unsafe link. */
export function markdownToHtml(markdown: string | Root, options: MarkdownOptions = {}): string {
  const idPrefix = options.idPrefix ?? '';
  // A caller's tree is the caller's: the HTML is made from a copy. A tree parsed here is nobody else's.
  if (typeof markdown !== 'string') return treeToHtml(structuredClone(markdown), idPrefix);
  return rendered.getOrMake(renderedKey(markdown, idPrefix), () => treeToHtml(parseMarkdown(markdown), idPrefix));
}

/** What the HTML of a Markdown text is remembered by: the text and the prefix of the ids it makes. */
export const renderedKey = (markdown: string, idPrefix: string): string => `${idPrefix}\0${markdown}`;

/** Whether `markdownToHtml` would answer from memory for this key (`renderedKey`). */
export function isRendered(key: string): boolean {
  return rendered.get(key) !== undefined;
}

/**
 * Remembers the HTML that `markdownToHtml(markdown, { idPrefix })` gives, made elsewhere by the same function (a
 * worker thread of markdown-ahead.ts), so that the view takes it from memory.
 */
export function rememberRendered(markdown: string, idPrefix: string, html: string): void {
  rendered.set(renderedKey(markdown, idPrefix), html);
}

function treeToHtml(tree: Root, idPrefix: string): string {
  let toHtml = processors.get(idPrefix);
  if (!toHtml) processors.set(idPrefix, (toHtml = processor(idPrefix)));
  const hast = toHtml.runSync(tree);
  const html = toHtml.stringify(hast);
  rememberTree(html, hast as HastRoot);
  return html;
}

/**
 * Text in which Markdown can do nothing: no character that starts markup, an entity, an autolink or a line break,
 * and no start that makes a list, heading or quote. Most steps are such sentences; they skip the parser.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must send a text to the parser
const PLAIN = /^(?![-+=\s]|\d+[.)])[^\\`*_[\]<>&!~|#@:\0-\x1f\x7f]*(?<!\s)$/;
const AUTOLINK_WORD = /www\./i;

/** Inline Markdown (one sentence, like a step) without the wrapping paragraph. */
export function inlineMarkdownToHtml(markdown: string): string {
  if (PLAIN.test(markdown) && !AUTOLINK_WORD.test(markdown)) return markdown;
  const html = markdownToHtml(markdown).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]?.includes('<p>') ? (single[1] ?? '') : html;
}
