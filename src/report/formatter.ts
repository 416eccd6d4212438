import type { Diagnostic } from '../core/diagnostic.js';

export interface FormatContext {
  /** Whether the output may use terminal colours. */
  color: boolean;
  /** The working directory that diagnostics' file names are relative to (default: the process's). */
  cwd?: string;
  /** The repository root, for formats whose paths CI reads relative to it (SARIF, GitHub annotations). */
  root?: string;
}

/** Turns diagnostics into text; writing it somewhere is the caller's job. */
export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;
