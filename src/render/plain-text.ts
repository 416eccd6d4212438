import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/**
 * The text of sanitized HTML, for the search index and the wallet cards: as a browser would show it (entities
 * decoded, nothing of the markup), with the spaces collapsed.
 */
export function plainText(html: string): string {
  // Most steps are a sentence with no markup: no need to parse them.
  const text = /[<&]/.test(html) ? toText(fromHtml(html, { fragment: true })) : html;
  return text.replace(/\s+/g, ' ').trim();
}
