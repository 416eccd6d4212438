/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colours, progress). */
  isTTY: boolean;
  /** Whether someone can answer questions: standard input and output are a terminal, and this is not CI. */
  interactive?: boolean;
  cwd: string;
}

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI,
  cwd: process.cwd(),
});

/** Colours only on a terminal, and never when NO_COLOR is set (no-color.org) or FORCE_COLOR=0. */
export function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0';
  return io.isTTY;
}
