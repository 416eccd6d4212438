// Types for bench/lib/report.mjs, so that the TypeScript test can import it.

/** A measurement of one command at one size: timed, or why not, with the memory it had taken by then. */
export interface Measured {
  ms?: number;
  peak?: number;
  runs?: number[];
  samples?: (number | undefined)[];
  error?: string;
  peakBeforeError?: number;
}

export type Results = Record<string, Record<string, Measured | undefined> | undefined>;

export function targets(
  results: Results,
  ratios: Record<string, Record<string, Record<string, number | undefined>>>,
  sizes: string[],
  counts: Record<string, { scenarios: number } | undefined>,
): string;

export function formatBytes(bytes: number | undefined): string;
