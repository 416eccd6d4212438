import { readdir, readFile } from 'node:fs/promises';

interface ProcInfo {
  pid: number;
  state: string;
  pgrp: number;
  cmdline: string;
}

/** Every process on this machine, read from /proc: its state (Z is a zombie), process group and command line. */
export async function processes(): Promise<ProcInfo[]> {
  const found: ProcInfo[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    if (stat === '') continue;
    const [state = '', , pgrp = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');
    found.push({ pid: Number(entry), state, pgrp: Number(pgrp), cmdline });
  }
  return found;
}

/** The process groups of the processes whose command line holds `text` (a Chromium profile folder). */
export async function groupsUsing(text: string): Promise<number[]> {
  return [...new Set((await processes()).filter((p) => p.cmdline.includes(text)).map((p) => p.pgrp))];
}

/** The processes of these groups that still run (a zombie has exited and only waits to be reaped). */
export async function stillRunning(groups: number[]): Promise<string[]> {
  return (await processes())
    .filter((p) => groups.includes(p.pgrp) && p.state !== 'Z')
    .map((p) => `${p.pid} ${p.cmdline.slice(0, 80)}`);
}

/** The processes still running whose command line holds `text`. */
export async function runningWith(text: string): Promise<string[]> {
  return (await processes())
    .filter((p) => p.cmdline.includes(text) && p.state !== 'Z')
    .map((p) => `${p.pid} ${p.cmdline.slice(0, 80)}`);
}
