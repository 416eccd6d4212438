/**
 * The last drawings, by what they were drawn from: `bcp watch` rebuilds after every save, and most saves change no
 * chart, while laying out a large dependency diagram takes a good part of a rebuild. Only pure drawings belong here:
 * the same key must always give the same picture. Bounded: emptied when it grows past the limit.
 */
const drawn = new Map<string, unknown>();
const DRAWN_LIMIT = 32;

export async function drawOnce<T>(key: string, draw: () => Promise<T>): Promise<T> {
  if (drawn.has(key)) return drawn.get(key) as T;
  const picture = await draw();
  if (drawn.size >= DRAWN_LIMIT) drawn.clear();
  drawn.set(key, picture);
  return picture;
}
