import { toText } from 'hast-util-to-text';
import { remembered } from './memo.js';
import { htmlTree } from './html-tree.js';

/**
 * The text of sanitized HTML, for the search index and the wallet cards: as a browser would show it (entities
 * decoded, nothing of the markup), with the spaces collapsed.
 */
export function plainText(html: string): string {
  // Most steps are a sentence with no markup: no need to parse them.
  return /[<&]/.test(html) ? parsedText(html) : collapse(html);
}

const parsedText = remembered(
  (html: string) => html,
  (html) => collapse(toText(htmlTree(html))),
);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
