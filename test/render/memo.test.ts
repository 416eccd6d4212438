import { describe, expect, it } from 'vitest';
import { keyOnce, remembered } from '../../src/render/memo.js';

describe('keyOnce', () => {
  it('gives objects with the same content the same key, and other content another', () => {
    const key = keyOnce((targets: Map<string, string>) => JSON.stringify([...targets]));
    const a = new Map([['backup', 'Backup procedure']]);
    expect(key(a)).toBe(key(new Map(a)));
    expect(key(a)).not.toBe(key(new Map([['backup', 'Restore procedure']])));
  });

  it('keeps the key short however large the object written out (it is part of every remembered key)', () => {
    const key = keyOnce((targets: string[]) => targets.join('\n'));
    const large = Array.from({ length: 100_000 }, (_, i) => `scenario-${i} Scenario number ${i}`);
    expect(key(large).length).toBeLessThan(64);
  });

  it('writes each object out once', () => {
    let writes = 0;
    const key = keyOnce((value: { id: string }) => {
      writes += 1;
      return value.id;
    });
    const value = { id: 'x' };
    key(value);
    key(value);
    expect(writes).toBe(1);
  });
});

describe('remembered', () => {
  it('computes a result once per key', () => {
    let computed = 0;
    const twice = remembered(
      (text: string) => text,
      (text) => {
        computed += 1;
        return text + text;
      },
    );
    expect([twice('a'), twice('a'), twice('b')]).toEqual(['aa', 'aa', 'bb']);
    expect(computed).toBe(2);
  });
});
