import { parseArgs } from 'node:util';
import { runDoctor } from '../../doctor/doctor.js';
import { packageInfo } from '../../core/package-info.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';

export const doctorHelp = `Usage: bcp doctor

Says which browser, fonts and git bcp will use, and for anything missing the one command that fixes it.
Exit code 0 when everything is there, 1 when something is missing.

Environment:
  PUPPETEER_EXECUTABLE_PATH, CHROME_PATH  the browser to print with; otherwise the usual install paths of Chrome,
                                          Chromium and Edge, then a browser in puppeteer's cache
  PUPPETEER_CACHE_DIR                     puppeteer's cache (default ~/.cache/puppeteer)
`;

export async function doctorCommand(args: string[], io: CliIo): Promise<number> {
  parseArgs({ args, options: {}, allowPositionals: false, strict: true });
  const checks = await runDoctor(io.env);
  const width = Math.max(...checks.map((check) => check.name.length));
  const lines = checks.flatMap((check) => {
    const head = `${check.ok ? 'ok     ' : 'missing'}  ${check.name.padEnd(width)}  ${check.found}`;
    if (check.ok) return [head];
    return [
      head,
      `${' '.repeat(width + 11)}needed for ${check.neededFor}`,
      `${' '.repeat(width + 11)}fix: ${check.fix}`,
    ];
  });
  io.stdout(
    `bcp ${packageInfo().version} on Node.js ${process.version} (${process.platform} ${process.arch})\n${lines.join('\n')}\n`,
  );
  return checks.every((check) => check.ok) ? ExitCode.ok : ExitCode.findings;
}
