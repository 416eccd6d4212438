import { packageInfo } from '../core/package-info.js';
import { fsProblem } from '../fs/fs-problem.js';
import { PlanLoadError } from '../load/load-error.js';
import { OutputLockedError } from '../output/lock.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { processIo, type CliIo } from './io.js';
import { preloadOneByOne } from './preload.js';
import { exitOnSignals } from './signals.js';
import { InvalidTodayError } from '../core/today.js';

type Command = { summary: string; run: (args: string[], io: CliIo) => Promise<number>; help: () => Promise<string> };

// Each command's module is imported only when it runs, so `bcp --help` stays fast.
const commands: Record<string, Command> = {
  validate: {
    summary: 'check the plan against its schema and its cross-references',
    run: async (args, io) => (await import('./commands/validate.js')).validateCommand(args, io),
    help: async () => (await import('./commands/validate.js')).validateHelp,
  },
  lint: {
    summary: 'find rot in a valid plan: untested scenarios, stale tools, overdue reviews, ...',
    run: async (args, io) => (await import('./commands/check.js')).checkCommand(args, io, 'lint'),
    help: async () => (await import('./commands/check.js')).lintHelp,
  },
  check: {
    summary: 'validate and lint together; what CI runs',
    run: async (args, io) => (await import('./commands/check.js')).checkCommand(args, io, 'check'),
    help: async () => (await import('./commands/check.js')).checkHelp,
  },
  build: {
    summary: 'render the plan to an offline site and a printable binder (PDF)',
    run: async (args, io) => {
      await preloadOneByOne();
      return (await import('./commands/build.js')).buildCommand(args, io);
    },
    help: async () => (await import('./commands/build.js')).buildHelp,
  },
  watch: {
    summary: 'rebuild on every save, with an optional live preview',
    run: async (args, io) => {
      await preloadOneByOne();
      return (await import('./commands/watch.js')).watchCommand(args, io);
    },
    help: async () => (await import('./commands/watch.js')).watchHelp,
  },
  init: {
    summary: 'start a plan in this repository: plan files, config, CI workflow',
    run: async (args, io) => (await import('./commands/init.js')).initCommand(args, io),
    help: async () => (await import('./commands/init.js')).initHelp,
  },
  doctor: {
    summary: 'say which browser, fonts and git bcp will use, and how to get what is missing',
    run: async (args, io) => (await import('./commands/doctor.js')).doctorCommand(args, io),
    help: async () => (await import('./commands/doctor.js')).doctorHelp,
  },
  diff: {
    summary: 'what a change to the plan means: compared by id with a base commit, not line by line',
    run: async (args, io) => (await import('./commands/diff.js')).diffCommand(args, io),
    help: async () => (await import('./commands/diff.js')).diffHelp,
  },
  verify: {
    summary: 'check an off-site copy of a build against its manifest',
    run: async (args, io) => (await import('./commands/verify.js')).verifyCommand(args, io),
    help: async () => (await import('./commands/verify.js')).verifyHelp,
  },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const list = Object.entries(commands)
    .map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`)
    .join('\n');
  return `bcp: business continuity plans as code

Usage: bcp <command> [planDir] [options]

Commands:
${list}

Run \`bcp <command> --help\` for a command's options.

Options:
  -h, --help     show this help
  -v, --version  show bcp's version

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error or unreadable plan,
130/143/129 stopped by Ctrl-C, SIGTERM or SIGHUP.
`;
}

function version(): string {
  return `${packageInfo().version}\n`;
}

/** The `bcp` executable: main() with the process's terminal, stopping cleanly on SIGINT, SIGTERM and SIGHUP. */
export async function run(argv: string[]): Promise<number> {
  const io = processIo();
  exitOnSignals(io);
  return main(argv, io);
}

/** Runs bcp with command-line arguments and returns the exit code. Never throws for a user's mistake. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' && rest[0] ? commands[rest[0]] : undefined;
    io.stdout(topic ? await topic.help() : mainHelp());
    return ExitCode.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(version());
    return ExitCode.ok;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`bcp: unknown command \`${name}\`. Run \`bcp --help\` for the list.\n`);
    return ExitCode.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(await command.help());
    return ExitCode.ok;
  }
  return runCommand(name, command, rest, io);
}

async function runCommand(name: string, command: Command, args: string[], io: CliIo): Promise<number> {
  try {
    return await command.run(args, io);
  } catch (error) {
    if (
      error instanceof PlanLoadError ||
      error instanceof UsageError ||
      error instanceof OutputLockedError ||
      error instanceof InvalidTodayError
    ) {
      io.stderr(`bcp: ${error.message}\n`);
      return ExitCode.usage;
    }
    const problem = fsProblem(error);
    if (problem) {
      io.stderr(`bcp: ${problem}\n`);
      return ExitCode.usage;
    }
    if (isParseArgsError(error)) {
      io.stderr(
        `bcp: ${argumentProblem(error as Error & { code: string })} Run \`bcp ${name} --help\` for its options.\n`,
      );
      return ExitCode.usage;
    }
    io.stderr(
      `bcp crashed; this is a bug in bcp, please report it with the text below.\n${(error as Error).stack ?? String(error)}\n`,
    );
    return ExitCode.usage;
  }
}

/** Node's parseArgs messages, in bcp's words. */
function argumentProblem(error: Error & { code: string }): string {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? 'an option';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option \`${option}\`.`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option \`${option}\` needs a value.`;
  return `${error.message}.`;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
