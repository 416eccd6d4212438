import { createHash } from 'node:crypto';
import { BoundedCache } from '../core/bounded-cache.js';

/**
 * A pure function, remembered by a key that stands for everything its result depends on: `bcp watch` rebuilds
 * after every save and most fragments of a plan have not changed, while parsing one into a tree costs far more
 * than looking it up. Bounded: emptied when it grows past `limit`, so a long watch session does not keep every
 * version of every fragment.
 */
export function remembered<A>(
  keyOf: (argument: A) => string,
  compute: (argument: A) => string,
  limit = 20_000,
): (argument: A) => string {
  const results = new BoundedCache<string>(limit);
  return (argument) => results.getOrMake(keyOf(argument), () => compute(argument));
}

/**
 * A text that stands for an object in a `remembered` key, made once per object: the link targets of a build are
 * one object shared by every fragment, and writing them out for each fragment would cost more than the lookup saves.
 * The key is a digest of what `write` wrote, not the text itself: the large plan's link targets written out are
 * megabytes, and a key that held them, copied into every remembered fragment's key, kept 1.7 GB alive.
 */
export function keyOnce<T extends object>(write: (value: T) => string): (value: T) => string {
  const keys = new WeakMap<T, string>();
  return (value) => {
    let key = keys.get(value);
    if (key === undefined) {
      key = createHash('sha256').update(write(value)).digest('base64');
      keys.set(value, key);
    }
    return key;
  };
}
