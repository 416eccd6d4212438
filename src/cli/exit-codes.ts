/** 0: clean. 1: findings at or above `--fail-on`. 2: the command could not run (bad usage, unreadable plan, crash). */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;

/** A mistake in how bcp was called; shown as one sentence with exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
