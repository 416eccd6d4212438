import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/load/decode-utf8.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeUtf8', () => {
  it('decodes UTF-8 text, accents and all', () => {
    expect(decodeUtf8(bytes('name: José García\n'))).toEqual({ ok: true, text: 'name: José García\n' });
  });

  it('drops a byte order mark', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'plan:\n'))).toEqual({ ok: true, text: 'plan:\n' });
  });

  it('decodes an empty file', () => {
    expect(decodeUtf8(new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it('points at a Latin-1 byte by line and column', () => {
    expect(decodeUtf8(bytes('people:\n  - name: Jos', [0xe9], '\n'))).toEqual({
      ok: false,
      position: { line: 2, column: 14 },
      byte: 0xe9,
    });
  });

  it('counts a character before the bad byte once, however many bytes it takes', () => {
    expect(decodeUtf8(bytes('a: é', [0xe9]))).toMatchObject({ position: { line: 1, column: 5 } });
  });

  it('counts columns in UTF-16 units, like the YAML positions, so an emoji takes two', () => {
    expect(decodeUtf8(bytes('b: \u{1F600}x', [0xff]))).toMatchObject({ position: { line: 1, column: 7 }, byte: 0xff });
  });

  it('counts lines the same with Windows line endings', () => {
    expect(decodeUtf8(bytes('a: 1\r\nb: 2\r\nc: ', [0xfc]))).toMatchObject({ position: { line: 3, column: 4 } });
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a sequence cut off at the end of the file', [0xe2, 0x82]],
    ['a lone continuation byte', [0x80]],
    ['a UTF-16 byte order mark', [0xff, 0xfe]],
  ])('rejects %s', (_, invalid) => {
    expect(decodeUtf8(bytes('a: ', invalid))).toEqual({
      ok: false,
      position: { line: 1, column: 4 },
      byte: invalid[0],
    });
  });
});
