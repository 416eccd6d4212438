import { distance } from 'fastest-levenshtein';

/**
 * The closest allowed word to what was written, when it is close enough to be a likely typo or
 * a decorated name (`rpo_hours` for `rpo`), else undefined.
 */
export function didYouMean(written: string, allowed: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  let best: { word: string; score: number } | undefined;
  for (const word of allowed) {
    const score = distance(lower, word);
    const decorated = lower.startsWith(`${word}_`) || lower.startsWith(`${word}-`) || lower.endsWith(`_${word}`);
    const close = score <= Math.max(1, Math.floor(word.length / 3));
    if ((close || decorated) && (!best || score < best.score)) best = { word, score };
  }
  return best?.word;
}
