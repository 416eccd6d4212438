import { countBySeverity } from '../core/diagnostic.js';
import type { Formatter } from './formatter.js';

/** For programs: every diagnostic with all its fields, and the counts per severity. */
export const json: Formatter = (diagnostics) =>
  `${JSON.stringify({ diagnostics, counts: countBySeverity(diagnostics) }, null, 2)}\n`;
