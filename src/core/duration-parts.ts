const PARTS = [
  ['w', 7 * 24 * 60],
  ['d', 24 * 60],
  ['h', 60],
  ['m', 1],
] as const;

/**
 * A sum of durations in whole units, largest first: 255 → `4h 15m`, 1680 → `1d 4h`. A sum of step times rarely
 * lands on one unit, and `255m` or `4.25h` is harder to read under stress than hours and minutes.
 */
export function formatDurationParts(minutes: number): string {
  let rest = Math.round(minutes);
  const parts: string[] = [];
  for (const [unit, size] of PARTS) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return parts.length > 0 ? parts.join(' ') : '0m';
}
