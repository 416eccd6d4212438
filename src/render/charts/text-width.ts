import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { fontDir } from '../fonts.js';

/** Advance widths of one face, in em, by code point. */
type Advances = Map<number, number>;

const faces = new Map<'normal' | 'bold', Advances>();

/**
 * The width in pixels of one line of `text` set in the bundled typeface, from its own advance widths (kerning is
 * ignored, which errs wide). Charts lay out labels with it: without a canvas, vega would guess 0.8 em a letter and
 * Graphviz would use Times, so boxes and margins would not fit the letters the reader sees.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const advances = face(bold ? 'bold' : 'normal');
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    em += advances.get(code) ?? fallbackEm(code);
  }
  return em * fontSize;
}

/** A letter the subsets lack is drawn from the reader's fallback font: allow a full em for wide scripts. */
function fallbackEm(code: number): number {
  return code >= 0x2e80 ? 1 : 0.65;
}

function face(weight: 'normal' | 'bold'): Advances {
  let advances = faces.get(weight);
  if (!advances) {
    const number = weight === 'bold' ? 700 : 400;
    advances = new Map();
    for (const subset of ['latin', 'latin-ext']) {
      const file = path.join(fontDir(), `atkinson-hyperlegible-next-${subset}-${number}-normal.woff`);
      for (const [code, em] of woffAdvances(readFileSync(file))) if (!advances.has(code)) advances.set(code, em);
    }
    faces.set(weight, advances);
  }
  return advances;
}

/** Reads `head`, `hhea`, `hmtx` and a format 4 `cmap` out of a WOFF 1.0 file (zlib-compressed OpenType tables). */
export function woffAdvances(woff: Buffer): Advances {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const at = 44 + i * 20;
    const [offset, compressed, original] = [
      woff.readUInt32BE(at + 4),
      woff.readUInt32BE(at + 8),
      woff.readUInt32BE(at + 12),
    ];
    const data = woff.subarray(offset, offset + compressed);
    tables.set(woff.toString('latin1', at, at + 4), compressed < original ? inflateSync(data) : data);
  }
  const table = (tag: string): Buffer => {
    const found = tables.get(tag);
    if (!found) throw new Error(`font has no ${tag} table`);
    return found;
  };
  const unitsPerEm = table('head').readUInt16BE(18);
  const metrics = table('hhea').readUInt16BE(34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number): number => hmtx.readUInt16BE(4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
  const advances: Advances = new Map();
  for (const [code, glyph] of cmapFormat4(table('cmap'))) advances.set(code, advanceOf(glyph));
  return advances;
}

function cmapFormat4(cmap: Buffer): Map<number, number> {
  const glyphs = new Map<number, number>();
  const records = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => 4 + i * 8);
  const unicode = records.find((r) => cmap.readUInt16BE(cmap.readUInt32BE(r + 4)) === 4 && cmap.readUInt16BE(r) !== 1);
  if (unicode === undefined) throw new Error('font has no format 4 cmap');
  const base = cmap.readUInt32BE(unicode + 4);
  const segments = cmap.readUInt16BE(base + 6) / 2;
  const ends = base + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const [end, start] = [cmap.readUInt16BE(ends + 2 * s), cmap.readUInt16BE(starts + 2 * s)];
    const delta = cmap.readInt16BE(deltas + 2 * s);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const indexed =
        rangeOffset === 0 ? code : cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
      const glyph = indexed === 0 && rangeOffset !== 0 ? 0 : (indexed + delta) & 0xffff;
      if (glyph !== 0) glyphs.set(code, glyph);
    }
  }
  return glyphs;
}
