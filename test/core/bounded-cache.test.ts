import { describe, expect, it } from 'vitest';
import { BoundedCache, LastByFile } from '../../src/core/bounded-cache.js';

describe('BoundedCache', () => {
  it('makes a value once per key, and empties itself before it would hold more than its limit', () => {
    const cache = new BoundedCache<string>(10, (value, key) => value.length + key.length);
    let made = 0;
    const make = (value: string) => () => {
      made++;
      return value;
    };
    expect(cache.getOrMake('a', make('1234'))).toBe('1234');
    expect(cache.getOrMake('a', make('other'))).toBe('1234');
    expect(made).toBe(1);
    cache.set('b', '1234'); // 5 + 5 = 10: still within the limit
    expect(cache.get('a')).toBe('1234');
    cache.set('c', 'x'); // 12: everything before goes
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, undefined, 'x']);
    cache.set('c', 'yyyyyyy'); // replacing counts the new value, not both
    expect(cache.get('c')).toBe('yyyyyyy');
  });

  it('counts one per entry unless told', () => {
    const cache = new BoundedCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, undefined, 3]);
  });
});

describe('LastByFile', () => {
  it("gives back what was made from a file's text only while the text is the same", () => {
    const last = new LastByFile<number>();
    expect(last.getOrMake('plan/people.yaml', 'a: 1', () => 1)).toBe(1);
    expect(last.getOrMake('plan/people.yaml', 'a: 1', () => 2)).toBe(1);
    expect(last.get('plan/people.yaml', 'a: 2')).toBeUndefined();
    expect(last.getOrMake('plan/people.yaml', 'a: 2', () => 3)).toBe(3);
    expect(last.get('plan/people.yaml', 'a: 1')).toBeUndefined();
    expect(last.get('plan/other.yaml', 'a: 2')).toBeUndefined();
  });
});
