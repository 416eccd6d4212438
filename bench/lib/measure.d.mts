// Types for bench/lib/measure.mjs, so that the TypeScript test can import it.
import type { Measured } from './report.mjs';

export interface Command {
  key: string;
  command: string;
  args: string[];
  ok?: (number | string)[];
  cwd?: string;
}

export function measureRounds(
  commands: Command[],
  options: {
    runs: number;
    warmup?: number;
    intervalMs?: number;
    timeoutMs?: number;
    cwd?: string;
    env?: NodeJS.ProcessEnv;
  },
): Promise<Record<string, Measured>>;
