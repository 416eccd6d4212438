import { parseDuration } from '../../core/duration.js';

const UNITS = [
  ['week', 7 * 24 * 60],
  ['day', 24 * 60],
  ['hour', 60],
  ['minute', 1],
] as const;

/**
 * A plan duration in words for someone under stress: `2d` → "2 days", `90m` → "1.5 hours", `0m` → "0 minutes"
 * (a stated zero is a decision, not "none"). Anything else (the words for an unknown) is kept as written.
 */
export function durationInWords(text: string): string {
  const minutes = parseDuration(text);
  if (minutes === undefined) return text;
  for (const [unit, size] of UNITS) {
    const value = minutes / size;
    if (value >= 1 && Number.isInteger(value * 10)) return `${value} ${unit}${value === 1 ? '' : 's'}`;
  }
  return `${minutes} minutes`;
}
