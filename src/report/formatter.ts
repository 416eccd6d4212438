import type { Diagnostic } from '../diagnostic.js';

export interface FormatContext {
  /** Whether the output may use terminal colours. */
  color: boolean;
}

/** Turns diagnostics into text; writing it somewhere is the caller's job. */
export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;
