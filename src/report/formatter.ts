import type { Diagnostic } from '../diagnostic.js';

export interface FormatContext {
  /** Whether the output may use terminal colours. */
  color: boolean;
  /** The working directory, for formats that need paths relative to the repository (SARIF). */
  cwd?: string;
}

/** Turns diagnostics into text; writing it somewhere is the caller's job. */
export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;
