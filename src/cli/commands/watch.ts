import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CONFIG_FILE } from '../../lint/config.js';
import { formatters } from '../../report/index.js';
import { WatchSession, type WatchEvent } from '../../watch/watch-session.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { useColor, type CliIo } from '../io.js';
import { planFolder } from '../options.js';
import { outputHelp, outputOptions, readOutputOptions } from '../output-options.js';
import { stopGracefully } from '../signals.js';

const options = {
  ...outputOptions,
  serve: { type: 'boolean', default: false },
  port: { type: 'string', default: '4000' },
  host: { type: 'string', default: '127.0.0.1' },
} as const;

export const watchHelp = `Usage: bcp watch [planDir] [options]

Builds the plan (default: plan) like \`bcp build\`, then rebuilds the site on every save and the binder once
the edits stop. A bad edit is reported with file:line:column and never replaces the last good output.
Press Ctrl-C to stop.

Options:
${outputHelp}
  --serve            serve a live preview that reloads after each rebuild
  --port <n>         preview port (default 4000; 0 picks a free one)
  --host <addr>      preview address (default 127.0.0.1: this machine only)
`;

/** Runs until Ctrl-C (SIGINT), SIGTERM or SIGHUP, then stops the watcher, the server and Chromium. */
export async function watchCommand(args: string[], io: CliIo, stop: Promise<void> = interrupted()): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
  const planDir = planFolder(positionals);
  const output = readOutputOptions(values, io);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number, not \`${values.port}\``);
  const session = new WatchSession(planDir, {
    ...output,
    ...(values.serve ? { serve: { host: values.host, port } } : {}),
    ...(existsSync(CONFIG_FILE) ? { alsoWatch: [CONFIG_FILE] } : {}),
    onEvent: (event) => report(event, io),
  });
  const url = await session.start();
  io.stderr(`bcp: watching ${planDir}${url ? `; preview at ${url}` : ''} (Ctrl-C to stop)\n`);
  await stop;
  io.stderr('bcp: stopping\n');
  await session.close();
  return ExitCode.ok;
}

/** "(7 of 110 pages rendered again)": how much of the site a save redid; said only when some pages were left as they were. */
function pagesRendered({ rendered, total }: { rendered: number; total: number }): string {
  return rendered < total ? ` (${rendered} of ${total} pages rendered again)` : '';
}

function report(event: WatchEvent, io: CliIo): void {
  const changed = 'changed' in event && event.changed.length > 0 ? ` after ${event.changed.join(', ')} changed` : '';
  switch (event.type) {
    case 'site':
      io.stderr(`bcp: site rebuilt${changed} in ${Math.round(event.ms)} ms${pagesRendered(event.pages)}\n`);
      break;
    case 'binder':
      io.stderr(`bcp: binder printed (${event.pages ?? 0} pages) in ${(event.ms / 1000).toFixed(1)} s\n`);
      break;
    case 'invalid':
      io.stdout(formatters.stylish(event.diagnostics, { color: useColor(io) }));
      io.stderr(`bcp: the plan is not valid${changed}; the last good output is kept\n`);
      break;
    case 'failed':
      io.stderr(
        event.stage === 'watch'
          ? `bcp: watching stopped working: ${event.message}; saves are not picked up until bcp watch is restarted\n`
          : `bcp: the ${event.stage} could not be built: ${event.message}\n`,
      );
      break;
  }
}

/**
 * The first SIGINT, SIGTERM or SIGHUP stops watching in order (watcher, server, Chromium) once the build under way
 * ends; a second one stops bcp at once through the CLI's own handler, which kills Chromium and removes its folders.
 */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    stopGracefully(() => resolve());
  });
}
