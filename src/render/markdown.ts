import type { Root } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// GitHub's rules, plus `tel:` links (contact pages call people) and without the `user-content-` id prefix
// that would break in-page anchors. Sanitizing runs last: remark-rehype keeps `javascript:` and `data:` links.
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

const toHtml = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);
const parser = unified().use(remarkParse);

/** Markdown (a procedure file's tree, or a step's text) as sanitized HTML: no script, no handler, no unsafe link. */
export function markdownToHtml(markdown: string | Root): string {
  const tree = typeof markdown === 'string' ? parser.parse(markdown) : markdown;
  return toHtml.stringify(toHtml.runSync(structuredClone(tree)));
}

/** Inline Markdown (one sentence, like a step) without the wrapping paragraph. */
export function inlineMarkdownToHtml(markdown: string): string {
  const html = markdownToHtml(markdown).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]?.includes('<p>') ? (single[1] ?? '') : html;
}
