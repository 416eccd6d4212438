import { parseArgs } from 'node:util';
import { verifyOutput } from '../../output/verify.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { CliIo } from '../io.js';

export const verifyHelp = `Usage: bcp verify <dir>

Checks a copy of a build (a USB stick, an off-site folder) against its manifest.json: every file is there,
byte for byte as built, and nothing was added. Exit 0 when it matches, 1 when it does not.
`;

export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('give the folder to verify, like `bcp verify dist`');
  const dir = positionals[0] as string;
  const result = await verifyOutput(dir);
  if ('noManifest' in result) {
    throw new UsageError(`\`${dir}\` has no bcp manifest.json; give the folder \`bcp build\` wrote (like dist)`);
  }
  if (result.ok) {
    io.stdout(`${dir}: all ${result.files} files match the manifest\n`);
    return ExitCode.ok;
  }
  for (const { file, problem } of result.problems) io.stdout(`${problem.padEnd(10)}  ${file}\n`);
  io.stdout(
    `${dir}: ${result.problems.length} of ${result.files} files do not match the manifest; do not rely on this copy\n`,
  );
  return ExitCode.findings;
}
