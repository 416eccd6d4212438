import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { remembered } from './memo.js';

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
  (html) => collapse(toText(fromHtml(html, { fragment: true }))),
);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
