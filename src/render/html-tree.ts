import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * The trees of HTML that bcp made itself from Markdown, by the HTML: the site fits each procedure's headings and
 * links, and the search index and the cards take its text, and parsing the HTML again for each costs more than the
 * Markdown did (parse5 is thorough, not fast). Bounded: emptied when it grows past the limit.
 */
const trees = new Map<string, Root>();
let treesSize = 0;
/** In characters of HTML: a tree takes many times the memory of its HTML, and a large plan has megabytes of it. */
const TREES_LIMIT = 4_000_000;

/** Remembers the tree `html` was written from (markdown.ts, right after writing it). */
export function rememberTree(html: string, tree: Root): void {
  if (trees.has(html)) return;
  if (treesSize + html.length > TREES_LIMIT) {
    trees.clear();
    treesSize = 0;
  }
  trees.set(html, tree);
  treesSize += html.length;
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
