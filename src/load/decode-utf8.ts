import type { Position } from '../core/diagnostic.js';

export type DecodeResult = { ok: true; text: string } | { ok: false; position: Position; byte: number };

/** Decodes a file as UTF-8, or says where the first byte that is not UTF-8 sits, so the owner can find it. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return locateInvalidByte(bytes);
  }
}

function locateInvalidByte(bytes: Uint8Array): DecodeResult {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  let offset = 0;
  while (offset < bytes.length) {
    const length = sequenceLength(bytes, offset);
    if (length === 0) {
      // Columns count UTF-16 units, as the yaml package's LineCounter (and so every other diagnostic) does.
      const column = decoder.decode(bytes.subarray(lineStart, offset)).length + 1;
      return { ok: false, position: { line, column }, byte: bytes[offset] ?? 0 };
    }
    if (bytes[offset] === 0x0a) {
      line += 1;
      lineStart = offset + 1;
    }
    offset += length;
  }
  return { ok: false, position: { line, column: 1 }, byte: 0 };
}

/** The length of the UTF-8 sequence starting at `offset`, or 0 when it is not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, offset: number): number {
  const first = bytes[offset] ?? 0;
  const length =
    first < 0x80
      ? 1
      : first >= 0xc2 && first < 0xe0
        ? 2
        : first >= 0xe0 && first < 0xf0
          ? 3
          : first >= 0xf0 && first < 0xf5
            ? 4
            : 0;
  if (length === 0 || offset + length > bytes.length) return 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(offset, offset + length));
    return length;
  } catch {
    return 0;
  }
}
