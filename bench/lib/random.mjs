/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same plan on every machine and every
 * run, so a change in the benchmark's numbers is a change in bcp, not in its input. Math.random cannot be seeded.
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return {
    int,
    pick,
    chance: (probability) => next() < probability,
    /** `count` different items of `list` (fewer when the list is shorter), in the order drawn. */
    sample(list, count) {
      const wanted = Math.min(count, list.length);
      const chosen = new Set();
      // Drawing indexes, not shuffling a copy: lists of 5,000 people would make every draw O(n).
      while (chosen.size < wanted) chosen.add(int(0, list.length - 1));
      return [...chosen].map((index) => list[index]);
    },
  };
}
