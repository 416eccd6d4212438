#!/usr/bin/env node
// Runs one command and reports the peak resident memory of its process tree, in total and per kind of process
// (Node, and Chromium's browser, renderer, GPU and utility processes), sampled from /proc. A watchdog kills the
// command's whole process group when the machine's available memory falls below a floor, so that a build too
// large for a shared machine fails instead of starving everyone else's work.
//
//   node bench/memory-by-process.mjs [--interval 200] [--floor-gb 3] [--timeline file.tsv] -- node bin/bcp.js build …
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    interval: { type: 'string', default: '200' },
    'floor-gb': { type: 'string', default: '3' },
    timeline: { type: 'string' },
  },
});
if (positionals.length === 0) {
  process.stderr.write('usage: node bench/memory-by-process.mjs [--interval ms] [--floor-gb n] -- command …\n');
  process.exit(2);
}

const GB = 1024 ** 3;
const floor = Number(values['floor-gb']) * GB;

/** Reads a /proc file, or undefined when the process has gone meanwhile. */
function read(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function availableBytes() {
  const match = /MemAvailable:\s+(\d+) kB/.exec(read('/proc/meminfo') ?? '');
  return match ? Number(match[1]) * 1024 : Infinity;
}

/** Every process, by pid: its parent, its resident memory and its peak (VmRSS, VmHWM) and what it is. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const status = read(`/proc/${name}/status`);
    if (!status) continue;
    const field = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
    table.set(Number(name), {
      ppid: field('PPid') / 1024,
      rss: field('VmRSS'),
      hwm: field('VmHWM'),
      // Chromium rewrites its children's titles into one string: split on spaces too.
      cmdline: (read(`/proc/${name}/cmdline`) ?? '').split(/[\0 ]/),
    });
  }
  return table;
}

function kindOf(cmdline) {
  const [program] = cmdline;
  if (/chrom/i.test(program ?? '')) {
    const type = cmdline.find((arg) => arg.startsWith('--type='))?.slice(7);
    if (!type) return 'chromium browser';
    if (type === 'utility') {
      const sub = cmdline
        .find((arg) => arg.startsWith('--utility-sub-type='))
        ?.split('.')
        .at(-1);
      return `chromium utility${sub ? ` (${sub})` : ''}`;
    }
    return `chromium ${type}`;
  }
  if (/node$/.test(program ?? '')) return 'node';
  return program?.split('/').at(-1) ?? '?';
}

function descendants(table, root) {
  const found = [root];
  for (let i = 0; i < found.length; i += 1) {
    for (const [pid, entry] of table) if (entry.ppid === found[i]) found.push(pid);
  }
  return found.filter((pid) => table.has(pid));
}

const started = performance.now();
const child = spawn(positionals[0], positionals.slice(1), { stdio: 'inherit', detached: true });
const peakByPid = new Map(); // pid → { kind, hwm }
const peakByKind = new Map(); // kind → peak of the sum of that kind's resident memory in one sample
let peakTotal = 0;
let peakTotalAt = 0;
let lowestAvailable = Infinity;
let killed = false;
const timeline = [];

function sample() {
  const table = processTable();
  const sums = new Map();
  let total = 0;
  const tree = descendants(table, child.pid);
  for (const pid of tree) {
    const { rss, hwm, cmdline } = table.get(pid);
    const kind = kindOf(cmdline);
    sums.set(kind, (sums.get(kind) ?? 0) + rss);
    total += rss;
    const seen = peakByPid.get(pid);
    if (!seen || hwm > seen.hwm) peakByPid.set(pid, { kind, hwm });
  }
  for (const [kind, sum] of sums) peakByKind.set(kind, Math.max(peakByKind.get(kind) ?? 0, sum));
  const seconds = (performance.now() - started) / 1000;
  if (total > peakTotal) [peakTotal, peakTotalAt] = [total, seconds];
  const available = availableBytes();
  lowestAvailable = Math.min(lowestAvailable, available);
  if (values.timeline)
    timeline.push(
      [
        seconds.toFixed(1),
        (available / GB).toFixed(2),
        (total / GB).toFixed(2),
        ...[...sums].map(([k, b]) => `${k}=${(b / GB).toFixed(2)}`),
      ].join('\t'),
    );
  if (available < floor && !killed) {
    killed = true;
    process.stderr.write(`\nwatchdog: ${(available / GB).toFixed(1)} GB available, killing the process tree\n`);
    // Every process of the tree, not only the command's group: puppeteer starts Chromium in a group of its own.
    for (const pid of tree) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone meanwhile.
      }
    }
  }
}

const timer = setInterval(sample, Number(values.interval));
child.on('exit', (code, signal) => {
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const gb = (bytes) => `${(bytes / GB).toFixed(2)} GB`;
  const lines = [
    `exit ${code ?? signal}${killed ? ' (killed by the watchdog)' : ''} after ${seconds.toFixed(1)} s`,
    `peak of the whole tree: ${gb(peakTotal)} at ${peakTotalAt.toFixed(1)} s; lowest MemAvailable ${gb(lowestAvailable)}`,
    'peak of the sum by kind (sampled):',
    ...[...peakByKind].sort((a, b) => b[1] - a[1]).map(([kind, bytes]) => `  ${kind}: ${gb(bytes)}`),
    'largest single processes (VmHWM):',
    ...[...peakByPid]
      .sort((a, b) => b[1].hwm - a[1].hwm)
      .slice(0, 6)
      .map(([pid, { kind, hwm }]) => `  ${pid} ${kind}: ${gb(hwm)}`),
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  if (values.timeline) writeFileSync(values.timeline, `${timeline.join('\n')}\n`);
  process.exit(code ?? 1);
});
