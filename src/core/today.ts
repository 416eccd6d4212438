const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** `--today` or `BCP_TODAY` is not a real date: a usage error, told apart by its type, not its message. */
export class InvalidTodayError extends RangeError {
  override readonly name = 'InvalidTodayError';
  constructor(readonly given: string) {
    super(`today must be a real date written YYYY-MM-DD, not \`${given}\``);
  }
}

/**
 * "Today" for every date rule, from one place: `--today`, else `BCP_TODAY`, else the clock. Tests and builds
 * set it so that their results do not change with the calendar. Returns a YYYY-MM-DD string.
 */
export function resolveToday(
  option: string | undefined,
  env: NodeJS.ProcessEnv,
  clock: () => Date = () => new Date(),
): string {
  const given = option ?? env.BCP_TODAY;
  if (given === undefined || given === '') return clock().toISOString().slice(0, 10);
  if (!isRealDate(given)) throw new InvalidTodayError(given);
  return given;
}

export function isRealDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
