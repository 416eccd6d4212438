import { spawn } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { median, memorySampler, runOnce } from './measure.mjs';

/**
 * The watch rebuild: `bcp watch` is started once and builds the site; then each run edits one line of the plan
 * (a scenario's title) and times how long until the output folder has been published again, which is what the
 * person at the editor waits for (the watcher's debounce included). The end of a rebuild is read from the output
 * (a new manifest.json is moved into place with each build); watch's messages are read only to know when it
 * watches (it starts watching after its first build: an edit before that would be missed) and to stop early
 * when a rebuild failed.
 */
const WATCH_ARGS = (planDir, outDir) => ['watch', planDir, '--out', outDir, '--no-pdf'];
const WATCHING = /bcp: watching/;
const FAILED = /not valid|could not be built|crashed/;

/** Whether this bcp has a `watch` command; `bcp watch --help` says "unknown command" until it does. */
export async function hasWatch(bcp, options) {
  const result = await runOnce(process.execPath, [bcp, 'watch', '--help'], options);
  return result.code === 0;
}

export async function measureWatch(bcp, planDir, outDir, { runs, env, cwd, intervalMs, watchTimeoutMs = 120_000 }) {
  if (!(await hasWatch(bcp, { env, cwd }))) return { error: 'not measured: bcp watch not built yet' };
  const edit = await findTitleLine(planDir);
  if (!edit) return { error: 'no scenario title line to edit' };
  const child = spawn(process.execPath, [bcp, ...WATCH_ARGS(planDir, outDir)], {
    cwd,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const messages = watchMessages(child);
  const sampler = memorySampler(child.pid, intervalMs);
  const manifest = path.join(outDir, 'manifest.json');
  try {
    await waitFor(() => WATCHING.test(messages.text()), messages, watchTimeoutMs);
    const times = [];
    let peak = 0;
    for (let run = 0; run < runs; run++) {
      const before = await stampOf(manifest);
      sampler.reset();
      const started = performance.now();
      await writeFile(edit.file, edit.text(run + 1));
      await waitFor(async () => (await stampOf(manifest)) !== before, messages, watchTimeoutMs);
      times.push(performance.now() - started);
      peak = Math.max(peak, sampler.peak());
      // Let the watcher settle before the next edit, so that two edits are never folded into one rebuild.
      await sleep(500);
    }
    return { ms: median(times), peak, runs: times.map(Math.round), own: messages.rebuildTimes() };
  } catch (error) {
    return { error: error.message };
  } finally {
    sampler.stop();
    child.kill('SIGTERM');
    await writeFile(edit.file, edit.text(0));
  }
}

/** What watch has said on stderr, and the rebuild times it reported itself ("site rebuilt … in 812 ms"). */
function watchMessages(child) {
  let text = '';
  child.stderr.on('data', (chunk) => {
    text += chunk;
  });
  return {
    text: () => text,
    failure: () => text.split('\n').find((line) => FAILED.test(line)),
    rebuildTimes: () => [...text.matchAll(/site rebuilt after .* in (\d+) ms/g)].map((match) => Number(match[1])),
  };
}

/** Polls every 5 ms until `done()`; fails when watch reports a failed build or the time is up. */
async function waitFor(done, messages, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await done()) return;
    const failure = messages.failure();
    if (failure) throw new Error(`watch said: ${failure.trim()}`);
    if (performance.now() > deadline) throw new Error(`no rebuild within ${timeoutMs / 1000} s`);
    await sleep(5);
  }
}

/** The first `title:` line of a scenarios file, and a way to write the file with that line edited `n` times. */
async function findTitleLine(planDir) {
  const names = (await readdir(planDir)).filter((name) => name.startsWith('scenarios') && /\.ya?ml$/.test(name));
  for (const name of names.sort()) {
    const file = path.join(planDir, name);
    const original = await readFile(file, 'utf8');
    const lines = original.split('\n');
    const index = lines.findIndex((line) => /^\s+title: [^>|'"]/.test(line));
    if (index < 0) continue;
    return {
      file,
      text: (n) => {
        if (n === 0) return original;
        const edited = [...lines];
        edited[index] = `${lines[index]} (edit ${n})`;
        return edited.join('\n');
      },
    };
  }
  return undefined;
}

async function stampOf(file) {
  const info = await stat(file).catch(() => undefined);
  return info ? `${info.ino}:${info.mtimeMs}` : undefined;
}
