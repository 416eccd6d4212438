import { UNITS } from './duration.js';

/**
 * A sum of durations in whole units, largest first: 255 → `4h 15m`, 1680 → `1d 4h`. A sum of step times rarely
 * lands on one unit, and `255m` or `4.25h` is harder to read under stress than hours and minutes.
 */
export function formatDurationParts(minutes: number): string {
  let rest = Math.round(minutes);
  const parts: string[] = [];
  for (const unit of UNITS) {
    const count = Math.floor(rest / unit.minutes);
    if (count > 0) parts.push(`${count}${unit.letter}`);
    rest -= count * unit.minutes;
  }
  return parts.length > 0 ? parts.join(' ') : '0m';
}
