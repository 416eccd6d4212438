import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { BoundedCache } from '../core/bounded-cache.js';

/**
 * The trees of HTML that bcp made itself from Markdown, by the HTML: the site fits each procedure's headings and
 * links, and the search index and the cards take its text, and parsing the HTML again for each costs more than the
 * Markdown did (parse5 is thorough, not fast). Bounded by the characters of HTML the trees stand for: a tree takes
 * many times the memory of its HTML, and a large plan has megabytes of it.
 */
const trees = new BoundedCache<Root>(4_000_000, (_tree, html) => html.length);

/** Remembers the tree `html` was written from (markdown.ts, right after writing it). */
export function rememberTree(html: string, tree: Root): void {
  if (!trees.get(html)) trees.set(html, tree);
}

/**
 * The tree of a fragment of HTML: the one it was written from when bcp wrote it, else parsed. Shared: a caller
 * that changes it must take `htmlTreeCopy`.
 */
export function htmlTree(html: string): Root {
  return trees.get(html) ?? fromHtml(html, { fragment: true });
}

/** A tree of a fragment of HTML that the caller may change. */
export function htmlTreeCopy(html: string): Root {
  const known = trees.get(html);
  return known ? structuredClone(known) : fromHtml(html, { fragment: true });
}
