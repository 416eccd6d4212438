import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Diagnostic } from '../../core/diagnostic.js';
import { FONT_FACES } from './fonts.js';
import { LastByFile } from '../../core/bounded-cache.js';

const execFileAsync = promisify(execFile);

/** A file of the plan as read: the path to show and its text. */
export interface PlanText {
  path: string;
  text: string;
}

interface Place {
  char: string;
  file: string;
  line: number;
  column: number;
  more: number;
}

/** The code point ranges of the binder's own font, from its `unicode-range`s. */
const OWN_FONT: readonly [number, number][] = FONT_FACES.flatMap((face) =>
  face.unicodeRange.split(',').map((range): [number, number] => {
    const [from, to] = range.replace(/^U\+/, '').split('-');
    const low = parseInt(from ?? '0', 16);
    return [low, to === undefined ? low : parseInt(to, 16)];
  }),
);

/** Characters that are never drawn: variation selectors, joiners, tags. They need no glyph of their own. */
const INVISIBLE: readonly [number, number][] = [
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];

function within(ranges: readonly (readonly [number, number])[], codePoint: number): boolean {
  return ranges.some(([low, high]) => codePoint >= low && codePoint <= high);
}

function inOwnFont(codePoint: number): boolean {
  return codePoint < 0x20 || within(OWN_FONT, codePoint);
}

/**
 * The first place each character outside the binder's font appears in the plan's files. YAML comment lines are left
 * out: they are never printed.
 */
function unusualCharacters(files: readonly PlanText[]): Map<string, Place> {
  const found = new Map<string, Place>();
  for (const file of files) {
    for (const [char, place] of charactersOf(file)) {
      const seen = found.get(char);
      if (seen) seen.more += place.more + 1;
      else found.set(char, { ...place });
    }
  }
  return found;
}

/** Each file's unusual characters as last found, by path: `bcp watch` looks again only at the file that changed. */
const lastFound = new LastByFile<Map<string, Place>>();

function charactersOf(file: PlanText): Map<string, Place> {
  return lastFound.getOrMake(file.path, file.text, () => findCharacters(file));
}

function findCharacters(file: PlanText): Map<string, Place> {
  const found = new Map<string, Place>();
  const yaml = /\.ya?ml$/i.test(file.path);
  file.text.split(/\r?\n/).forEach((text, index) => {
    if (yaml && /^\s*#/.test(text)) return;
    let column = 1;
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (!inOwnFont(codePoint) && !within(INVISIBLE, codePoint)) {
        const seen = found.get(char);
        if (seen) seen.more += 1;
        else found.set(char, { char, file: file.path, line: index + 1, column, more: 0 });
      }
      column += char.length;
    }
  });
  return found;
}

/** Whether fontconfig (which Chromium uses to pick fallback fonts) knows an installed font with this character. */
async function anyFontHas(codePoint: number): Promise<boolean> {
  const { stdout } = await execFileAsync('fc-list', [`:charset=${codePoint.toString(16)}`, 'family']);
  return stdout.trim() !== '';
}

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function warning(place: Place): Diagnostic {
  const codePoint = place.char.codePointAt(0) ?? 0;
  const elsewhere = place.more > 0 ? ` (and ${place.more} more time${place.more === 1 ? '' : 's'} in the plan)` : '';
  return {
    ruleId: 'glyph',
    severity: 'warning',
    message:
      `no font on this machine has the character "${place.char}" (${hex(codePoint)})${elsewhere}: ` +
      'the binder and the site show an empty box in its place',
    file: place.file,
    line: place.line,
    column: place.column,
    hint:
      'Install a font that has it where bcp build runs (for emoji: the package fonts-noto-color-emoji; for ' +
      'other scripts: a Noto font for that script), or write the text without it.',
  };
}

/**
 * A warning for each character of the plan that neither the binder's font nor any installed font has: it would
 * print as an empty box with no error. Without fontconfig (`fc-list`) nothing can be told, and nothing is said.
 */
export async function glyphWarnings(files: readonly PlanText[]): Promise<Diagnostic[]> {
  const warnings: Diagnostic[] = [];
  try {
    for (const place of unusualCharacters(files).values()) {
      if (!(await anyFontHas(place.char.codePointAt(0) ?? 0))) warnings.push(warning(place));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return warnings;
}
