import { resolveToday } from '../core/today.js';
import { UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

/** The options `bcp build` and `bcp watch` share: one definition, so their defaults and checks cannot drift. */
export const outputOptions = {
  out: { type: 'string', default: 'dist' },
  today: { type: 'string' },
  paper: { type: 'string', default: 'a4' },
  'no-pdf': { type: 'boolean', default: false },
} as const;

export const outputHelp = `  --out <dir>        output folder (default: dist); bcp never replaces a folder it did not write
  --paper <size>     a4 (default) or letter
  --no-pdf           build the site only
  --today <date>     the date taken as today (YYYY-MM-DD; default BCP_TODAY, else the clock)`;

export interface OutputValues {
  out: string;
  today?: string;
  paper: string;
  'no-pdf': boolean;
}

/** The checked values: a paper size bcp prints on and the date taken as today. */
export function readOutputOptions(
  values: OutputValues,
  io: CliIo,
): { out: string; today: string; paper: 'a4' | 'letter'; pdf: boolean } {
  const paper = values.paper === 'letter' || values.paper === 'a4' ? values.paper : undefined;
  if (!paper) throw new UsageError(`--paper must be a4 or letter, not \`${values.paper}\``);
  return { out: values.out, today: resolveToday(values.today, io.env), paper, pdf: !values['no-pdf'] };
}
