import type { CliIo } from './io.js';

/** A step is shown once it has taken this long: quick runs stay quiet, a long one never looks hung. */
const SHOW_AFTER_MS = 1000;

/**
 * Progress for the long steps, on a terminal only (stderr): a step that runs longer than a second is named, and
 * its time is printed when it ends. In CI logs and pipes it stays silent so output is stable.
 */
export function progressReporter(io: CliIo): { step: (name: string) => void; done: () => void } {
  const enabled = io.isTTY && io.env.CI === undefined;
  let current: { name: string; started: number; shown: boolean; timer: NodeJS.Timeout } | undefined;
  const finish = (): void => {
    if (!current) return;
    clearTimeout(current.timer);
    if (current.shown) io.stderr(` ${((performance.now() - current.started) / 1000).toFixed(1)} s\n`);
    current = undefined;
  };
  return {
    step(name) {
      if (!enabled) return;
      finish();
      const step = { name, started: performance.now(), shown: false, timer: setTimeout(() => show(), SHOW_AFTER_MS) };
      // A pending line must not keep bcp running once the work is done.
      step.timer.unref();
      const show = (): void => {
        step.shown = true;
        io.stderr(`  ${name}…`);
      };
      current = step;
    },
    done() {
      if (enabled) finish();
    },
  };
}

/** Runs `work` with a progress reporter, and ends the last step's line however the work ends. */
export async function withProgress<T>(io: CliIo, work: (step: (name: string) => void) => Promise<T>): Promise<T> {
  const progress = progressReporter(io);
  try {
    return await work(progress.step);
  } finally {
    progress.done();
  }
}
