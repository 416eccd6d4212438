import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The typeface of the binder: designed for legibility, which is what a reader under stress needs. */
export const FONT_FAMILY = 'Atkinson Hyperlegible Next';

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

export interface FontFace {
  file: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
}

/** Regular, bold and italic, each in the latin subset and in latin-ext (loaded only when a page uses it). */
export const FONT_FACES: readonly FontFace[] = (
  [
    [400, 'normal'],
    [700, 'normal'],
    [400, 'italic'],
  ] as const
).flatMap(([weight, style]) =>
  (
    [
      ['latin', LATIN],
      ['latin-ext', LATIN_EXT],
    ] as const
  ).map(([subset, unicodeRange]) => ({
    file: `atkinson-hyperlegible-next-${subset}-${weight}-${style}.woff2`,
    weight,
    style,
    unicodeRange,
  })),
);

/**
 * A `file:` URL with every character outside a small safe set percent-encoded, so that it can sit inside a CSS
 * `url("…")` in a `<style>` element (where HTML escaping does not apply) without ending the string.
 */
export function cssSafeFileUrl(file: string): string {
  // pathToFileURL has already encoded everything outside ASCII; what is left to encode is one byte each.
  return pathToFileURL(path.resolve(file)).href.replace(
    /[^A-Za-z0-9/:._~%-]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** `@font-face` rules that load the binder's fonts from local files: nothing comes from the network. */
export function fontFaceCss(fontDir: string): string {
  return FONT_FACES.map(
    (face) =>
      `@font-face { font-family: '${FONT_FAMILY}'; font-style: ${face.style}; font-weight: ${face.weight}; ` +
      `font-display: block; src: url("${cssSafeFileUrl(path.join(fontDir, face.file))}") format('woff2'); ` +
      `unicode-range: ${face.unicodeRange}; }`,
  ).join('\n');
}
