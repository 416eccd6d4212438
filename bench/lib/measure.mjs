import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';

const PAGE_SIZE = pageSize();

function pageSize() {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
  } catch {
    return 4096;
  }
}

/** pid → { ppid, rss in bytes } for every process, from /proc/<pid>/stat (one small read per process). */
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields that follow start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

/**
 * The resident memory of a process and all its descendants, added up. Chromium is a browser process, a zygote,
 * renderers and utilities: `/usr/bin/time -v` would report only the largest of them. Pages shared between
 * processes are counted once per process, so this is an upper bound, as `ps` would add it up.
 */
export function treeRss(rootPid) {
  const table = processTable();
  const children = new Map();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    total += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the memory of a process tree every `intervalMs` and keeps the peak, until `stop()`. */
export function memorySampler(pid, intervalMs) {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(pid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    peak: () => peak,
    reset: () => {
      peak = 0;
    },
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/**
 * Runs a command once as a real process: its wall time from spawn to exit, the peak memory of its process tree,
 * its exit code and the end of its error output (to say why a run failed). Standard output is discarded:
 * writing a long lint report to a terminal would measure the terminal. A run longer than `timeoutMs` is
 * stopped, with everything it started (it leads a process group of its own for that).
 */
export function runOnce(command, args, { cwd, env, intervalMs = 20, timeoutMs = 0 }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    running.add(child.pid);
    const sampler = memorySampler(child.pid, intervalMs);
    let stderr = '';
    let timedOut = false;
    const timer =
      timeoutMs > 0 ? setTimeout(() => stopGroup(child.pid, () => (timedOut = true)), timeoutMs) : undefined;
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', (error) => {
      sampler.stop();
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, peak: 0, code: -1, stderr: error.message });
    });
    child.on('exit', (code, signal) => {
      running.delete(child.pid);
      const ms = performance.now() - started;
      const peak = sampler.stop();
      clearTimeout(timer);
      if (timedOut) resolve({ ms, peak, code: 'timeout', stderr: `timed out after ${timeoutMs / 1000} s` });
      else resolve({ ms, peak, code: code ?? (signal ? 128 : -1), stderr });
    });
  });
}

/** The process groups of the runs under way, to end them when the benchmark is interrupted. */
const running = new Set();

/** Ends every run under way (on Ctrl-C: the runs lead their own process groups, so they would go on). */
export function stopAll() {
  for (const pid of running) stopGroup(pid, () => undefined);
}

/** Ends the process group that `pid` leads: the command and whatever it started (Chromium), nothing else. */
function stopGroup(pid, before) {
  before();
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // It ended by itself in the meantime.
  }
}

/**
 * What an error output says went wrong: bcp's own messages (a failed binder says why, then what it kept), else the
 * last error message; never a stack frame.
 */
export function errorLine(stderr) {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '' && !/^\s+at /.test(line));
  const ours = lines.filter((line) => /^bcp:/.test(line.trim()));
  if (ours.length > 0) return ours.map((line) => line.trim()).join(' ');
  return (lines.findLast((line) => /error/i.test(line)) ?? lines.at(-1) ?? 'no error output').trim();
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs a command `warmup` times untimed (to fill the file cache), then `runs` times; the median time and the
 * highest peak memory. Stops at the first run whose exit code is not accepted, and says why.
 */
export async function measureCommand(command, args, { runs, warmup = 0, ok = [0], ...options }) {
  const results = [];
  for (let index = 0; index < warmup + runs; index++) {
    const result = await runOnce(command, args, options);
    if (!ok.includes(result.code)) {
      if (result.code === 'timeout') return { error: result.stderr };
      return { error: `exit code ${result.code}: ${errorLine(result.stderr)}` };
    }
    if (index >= warmup) results.push(result);
  }
  return {
    ms: median(results.map((r) => r.ms)),
    peak: Math.max(...results.map((r) => r.peak)),
    runs: results.map((r) => Math.round(r.ms)),
  };
}

/**
 * Runs several commands in turn, round after round: each round runs every command once, in the order given, so that
 * a machine that drifts (other work starting or ending) slows the commands of one round alike and a ratio taken
 * within a round is not biased. `warmup` rounds are not timed. A command whose exit code is not accepted is
 * reported as not measured and left out of the later rounds. Each result keeps its per-round times (`samples`, in
 * round order; undefined for a round it was not run in), for `roundRatio`.
 */
export async function measureRounds(commands, { runs, warmup = 0, onRound, ...options }) {
  const state = new Map(commands.map((c) => [c.key, { samples: [], peak: 0 }]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const { key, command, args, ok = [0], cwd } of commands) {
      const entry = state.get(key);
      if (entry.error) continue;
      const result = await runOnce(command, args, { ...options, ...(cwd ? { cwd } : {}) });
      if (!ok.includes(result.code)) {
        entry.error =
          result.code === 'timeout' ? result.stderr : `exit code ${result.code}: ${errorLine(result.stderr)}`;
        // How much memory it had taken when it failed or was stopped: a lower bound, still worth reporting.
        entry.peakBeforeError = result.peak;
        continue;
      }
      if (round < warmup) continue;
      entry.samples[round - warmup] = result.ms;
      entry.peak = Math.max(entry.peak, result.peak);
    }
    onRound?.(round - warmup);
  }
  const results = {};
  for (const [key, { samples, peak, error, peakBeforeError }] of state) {
    const times = samples.filter((ms) => ms !== undefined);
    results[key] = error
      ? { error, peakBeforeError }
      : { ms: median(times), peak, runs: times.map(Math.round), samples };
  }
  return results;
}

/**
 * The median, over the rounds in which all were measured, of `ratio(...times of that round)`: bcp against its peer
 * round by round rather than the ratio of two medians taken at different moments.
 */
export function roundRatio(results, ratio) {
  const all = results.map((result) => result?.samples);
  if (all.some((samples) => !samples)) return undefined;
  const values = [];
  for (let round = 0; round < all[0].length; round++) {
    const times = all.map((samples) => samples[round]);
    if (times.every((ms) => ms !== undefined)) values.push(ratio(...times));
  }
  return values.length > 0 ? median(values) : undefined;
}
