import { execFileSync } from 'node:child_process';
import os from 'node:os';

function versionOf(command, args) {
  try {
    // Debian's chromium wrapper may print `[: …: unexpected operator` first (harmless): keep the last line.
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')
      .pop();
  } catch {
    return undefined;
  }
}

/** What the numbers were measured on, for the report and bench/RESULTS.md. */
export function machine({ chromium, hugo }) {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM`,
    os: `${os.type()} ${os.release()}`,
    // Other work on the machine slows every figure: the load average says how quiet it was.
    load: os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' '),
    node: process.version,
    chromium: (chromium && versionOf(chromium, ['--version'])) ?? 'no Chromium',
    hugo: hugo ? hugo.split(' ').slice(0, 2).join(' ') : 'no Hugo',
  };
}
