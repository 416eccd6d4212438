const MINUTES = { m: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60 } as const;
const SHORT = /^([0-9]+(?:\.[0-9]+)?)(m|h|d|w)$/;
const ISO = /^P(?=[0-9]|T[0-9])(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?)?$/;

/** Minutes in a plan duration (`30m`, `4h`, `2d`, `1w`, or ISO 8601 `PT4H`), or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const short = SHORT.exec(text);
  if (short) return Number(short[1]) * MINUTES[short[2] as keyof typeof MINUTES];
  const iso = ISO.exec(text);
  if (!iso) return undefined;
  const [weeks, days, hours, minutes] = iso.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return weeks * MINUTES.w + days * MINUTES.d + hours * MINUTES.h + minutes;
}

/** A duration in the plan's own notation, largest whole unit first: 90 → `1.5h`, 2880 → `2d`. */
export function formatDuration(minutes: number): string {
  for (const unit of ['w', 'd', 'h'] as const) {
    const value = minutes / MINUTES[unit];
    if (value >= 1 && Number.isInteger(value * 10)) return `${value}${unit}`;
  }
  return `${minutes}m`;
}
