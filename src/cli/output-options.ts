import { resolveToday } from '../core/today.js';
import { AUDIENCES, type Audience } from '../model/sensitive-fields.js';
import { UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

/** The options `bcp build` and `bcp watch` share: one definition, so their defaults and checks cannot drift. */
export const outputOptions = {
  out: { type: 'string', default: 'dist' },
  today: { type: 'string' },
  paper: { type: 'string', default: 'a4' },
  'no-pdf': { type: 'boolean', default: false },
  audience: { type: 'string', default: 'owners' },
} as const;

export const outputHelp = `  --out <dir>        output folder (default: dist); bcp never replaces a folder it did not write
  --paper <size>     a4 (default) or letter
  --no-pdf           build the site only
  --audience <who>   owners (default: everything), staff (leaves out what the schema marks x-sensitivity: secret,
                     like account numbers and where passwords are kept) or public (also leaves out personal data:
                     people's own phones and e-mails; people are reached through the main number)
  --today <date>     the date taken as today (YYYY-MM-DD; default BCP_TODAY, else the clock)`;

export interface OutputValues {
  out: string;
  today?: string;
  paper: string;
  'no-pdf': boolean;
  audience: string;
}

/** The checked values: a paper size bcp prints on and the date taken as today. */
export function readOutputOptions(
  values: OutputValues,
  io: CliIo,
): { out: string; today: string; paper: 'a4' | 'letter'; pdf: boolean; audience: Audience } {
  const paper = values.paper === 'letter' || values.paper === 'a4' ? values.paper : undefined;
  if (!paper) throw new UsageError(`--paper must be a4 or letter, not \`${values.paper}\``);
  const audience = AUDIENCES.find((name) => name === values.audience);
  if (!audience) throw new UsageError(`--audience must be owners, staff or public, not \`${values.audience}\``);
  return { out: values.out, today: resolveToday(values.today, io.env), paper, pdf: !values['no-pdf'], audience };
}
