import type { SearchDocument } from '../sections/section.js';

/**
 * The documents as a script that sets a global: pages opened from file:// cannot fetch a JSON file. `<` is
 * escaped so that no text in the plan can close the script element.
 */
export function searchIndexScript(documents: SearchDocument[]): string {
  const json = JSON.stringify(documents)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.bcpSearchDocuments = ${json};\n`;
}
