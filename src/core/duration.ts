/** The plan's units of time, largest first: the letter a plan writes, the word a reader reads, the minutes in one. */
export const UNITS = [
  { letter: 'w', word: 'week', minutes: 7 * 24 * 60 },
  { letter: 'd', word: 'day', minutes: 24 * 60 },
  { letter: 'h', word: 'hour', minutes: 60 },
  { letter: 'm', word: 'minute', minutes: 1 },
] as const;

type Unit = (typeof UNITS)[number];

const MINUTES = Object.fromEntries(UNITS.map((unit) => [unit.letter, unit.minutes])) as Record<Unit['letter'], number>;
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

/**
 * The largest unit that holds the duration at least once, to a tenth: 90 → 1.5 hours, 2880 → 2 days; minutes when
 * none does (0, or 95, which no larger unit gives to a tenth).
 */
export function inLargestUnit(minutes: number): { value: number; unit: Unit } {
  for (const unit of UNITS) {
    const value = minutes / unit.minutes;
    if (value >= 1 && Number.isInteger(value * 10)) return { value, unit };
  }
  return { value: minutes, unit: UNITS[UNITS.length - 1] as Unit };
}

/** A duration in the plan's own notation, largest whole unit first: 90 → `1.5h`, 2880 → `2d`. */
export function formatDuration(minutes: number): string {
  const { value, unit } = inLargestUnit(minutes);
  return `${value}${unit.letter}`;
}
