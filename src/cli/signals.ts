import { runInterruptActions } from '../fs/cleanup.js';
import type { CliIo } from './io.js';

/** The signals that stop bcp, with the exit code a shell gives for each (128 + the signal's number). */
export const STOP_SIGNALS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof STOP_SIGNALS;

let graceful: ((signal: StopSignal) => void) | undefined;

/**
 * Lets a long-running command (watch) stop in its own way on the first signal; a second signal stops bcp at once.
 * @returns a function that removes the handler.
 */
export function stopGracefully(handler: (signal: StopSignal) => void): () => void {
  graceful = handler;
  return () => {
    if (graceful === handler) graceful = undefined;
  };
}

/**
 * Installs bcp's handlers for SIGINT, SIGTERM and SIGHUP: undo what the running stage holds (Chromium's process
 * group, staging and temporary folders, a half-moved output), say so in one line and exit with 128 + the signal.
 */
export function exitOnSignals(io: CliIo, exit: (code: number) => never = process.exit): void {
  for (const signal of Object.keys(STOP_SIGNALS) as StopSignal[]) {
    process.on(signal, () => {
      if (graceful) {
        const handler = graceful;
        graceful = undefined;
        handler(signal);
        return;
      }
      const failures = runInterruptActions();
      const left = failures.length > 0 ? `; could not clean up: ${failures.join('; ')}` : '';
      // On a terminal the progress line may be half written: start a fresh one.
      io.stderr(
        `${io.isTTY ? '\n' : ''}bcp: stopped by ${signal}; nothing was replaced, temporary files removed${left}\n`,
      );
      exit(STOP_SIGNALS[signal]);
    });
  }
}
