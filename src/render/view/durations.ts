import { inLargestUnit, parseDuration } from '../../core/duration.js';

/**
 * A plan duration in words for someone under stress: `2d` → "2 days", `90m` → "1.5 hours", `0m` → "0 minutes"
 * (a stated zero is a decision, not "none"). Anything else (the words for an unknown) is kept as written.
 */
export function durationInWords(text: string): string {
  const minutes = parseDuration(text);
  if (minutes === undefined) return text;
  const { value, unit } = inLargestUnit(minutes);
  return `${value} ${unit.word}${value === 1 ? '' : 's'}`;
}
