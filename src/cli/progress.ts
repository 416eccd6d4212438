import type { CliIo } from './io.js';

/**
 * Progress for the long steps, on a terminal only (stderr), each step with the time it took. In CI logs and
 * pipes it stays silent so output is stable.
 */
export function progressReporter(io: CliIo): { step: (name: string) => void; done: () => void } {
  const enabled = io.isTTY && io.env.CI === undefined;
  let current: { name: string; started: number } | undefined;
  const finish = (): void => {
    if (current) io.stderr(` ${((performance.now() - current.started) / 1000).toFixed(1)} s\n`);
    current = undefined;
  };
  return {
    step(name) {
      if (!enabled) return;
      finish();
      current = { name, started: performance.now() };
      io.stderr(`  ${name}…`);
    },
    done() {
      if (enabled) finish();
    },
  };
}
