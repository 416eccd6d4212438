import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  markdownWorkersFor,
  WORKERS_FROM_CHARS,
  type MarkdownJob,
  type startMarkdownAhead,
} from '../../src/render/markdown-ahead.js';
import { markdownToHtml } from '../../src/render/markdown.js';
import { repoRoot } from '../helpers/paths.js';

// Worker threads run compiled JavaScript: this test renders through lib/ (run `npm run compile` first), as the CLI
// tests do. From source, bcp renders on the main thread, so the source functions give the answer to compare with.
type Compiled = {
  startMarkdownAhead: typeof startMarkdownAhead;
  markdownWorkersFor: typeof markdownWorkersFor;
  isRendered: (key: string) => boolean;
  renderedKey: (markdown: string, idPrefix: string) => string;
  markdownToHtml: typeof markdownToHtml;
  runInterruptActions: () => string[];
};
let compiled: Compiled;
const folders: string[] = [];
/** Whether the compiled build remembers the HTML of this job (made by a worker, or asked for since). */
const remembered = (job: MarkdownJob): boolean => compiled.isRendered(compiled.renderedKey(job.markdown, job.idPrefix));
const lib = (...parts: string[]): string => pathToFileURL(path.join(repoRoot, 'lib', ...parts)).href;

beforeAll(async () => {
  compiled = {
    ...((await import(lib('render', 'markdown-ahead.js'))) as Compiled),
    ...((await import(lib('render', 'markdown.js'))) as Compiled),
    ...((await import(lib('fs', 'cleanup.js'))) as Compiled),
  };
});

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Every Markdown file of the example plans, under a prefix of its own, and texts a renderer must defuse. */
async function exampleJobs(): Promise<MarkdownJob[]> {
  const plans = [
    path.join(repoRoot, 'plan'),
    ...['cafe', 'clinic', 'accounting-firm'].map((name) => path.join(repoRoot, 'examples', name)),
  ];
  const jobs: MarkdownJob[] = [];
  for (const plan of plans) {
    const names = (await readdir(plan, { recursive: true })).filter((name) => name.endsWith('.md'));
    for (const name of names)
      jobs.push({
        markdown: await readFile(path.join(plan, name), 'utf8'),
        idPrefix: `scenario-${path.basename(name)}-`,
      });
  }
  const hostile = [
    '<script>alert(1)</script>\n\n[call](javascript:alert(1)) and [share](//evil.example/x)',
    'Footnote[^1] and ![logo](https://tracker.example/p.png)\n\n[^1]: the note',
    '- [ ] tick\n- [x] ticked\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    '## Heading &amp; more\n\n```sh\nrm -rf /\n```\n\n<img src=x onerror=alert(1)> ~~gone~~ www.example.com',
  ];
  return [...jobs, ...hostile.map((markdown, i) => ({ markdown, idPrefix: i % 2 ? '' : `doc-${i}-` }))];
}

describe('Markdown rendered ahead in worker threads', () => {
  test('remembers, for each text and prefix, the HTML the main thread would make', async () => {
    const jobs = await exampleJobs();
    expect(jobs.length).toBeGreaterThan(10);
    expect(jobs.every((job) => job.markdown.length > 0)).toBe(true);
    expect(jobs.some((job) => remembered(job))).toBe(false);
    await compiled.startMarkdownAhead(jobs, 2).done;
    // Every answer is now from memory (the workers'), and equal to a render on this thread from source.
    for (const job of jobs) {
      expect(remembered(job)).toBe(true);
      expect(compiled.markdownToHtml(job.markdown, { idPrefix: job.idPrefix })).toBe(
        markdownToHtml(job.markdown, { idPrefix: job.idPrefix }),
      );
    }
  });

  test('stops its workers when bcp is stopped by a signal, and what they had not done is rendered when asked', async () => {
    const jobs = Array.from({ length: 400 }, (_, i) => ({
      markdown: `# Step ${i}\n\n${'Call the *vendor* and [log it](log.md). '.repeat(200)}`,
      idPrefix: `stop-${i}-`,
    }));
    const rendering = compiled.startMarkdownAhead(jobs, 2).done;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(compiled.runInterruptActions()).toEqual([]);
    await rendering;
    const left = jobs.filter((job) => !remembered(job));
    expect(left.length).toBeGreaterThan(0);
    expect(compiled.markdownToHtml(left[0]!.markdown, { idPrefix: left[0]!.idPrefix })).toBe(
      markdownToHtml(left[0]!.markdown, { idPrefix: left[0]!.idPrefix }),
    );
  });

  test('uses workers only for megabytes of Markdown on 2 cores or more, and never from source', () => {
    const big = Array.from({ length: 8 }, (_, i) => ({
      markdown: 'x'.repeat(Math.ceil(WORKERS_FROM_CHARS / 8)),
      idPrefix: `p${i}-`,
    }));
    expect(compiled.markdownWorkersFor(big, 2)).toBe(2);
    expect(compiled.markdownWorkersFor(big, 16)).toBe(4);
    expect(compiled.markdownWorkersFor(big, 1)).toBe(0);
    expect(compiled.markdownWorkersFor(big.slice(1), 8)).toBe(0);
    expect(markdownWorkersFor(big, 8)).toBe(0);
  });

  test('a site built with its Markdown rendered in workers is the same, byte for byte, as one built without', async () => {
    const sites: Record<string, string>[] = [];
    const started: number[] = [];
    for (const workers of [2, 0]) {
      const out = await mkdtemp(path.join(tmpdir(), 'bcp-markdown-ahead-'));
      folders.push(out);
      // A process of its own for each: bcp remembers rendered Markdown for as long as it runs. The script is a
      // file, since a worker inherits the flags of its process (and --input-type is refused for a file).
      const script = path.join(out, '..', `${path.basename(out)}.mjs`);
      folders.push(script);
      await writeFile(
        script,
        `let workers = 0;
        process.on('worker', () => (workers += 1));
        const { buildPlan } = await import(${JSON.stringify(lib('pipeline', 'build.js'))});
        await buildPlan(${JSON.stringify(path.join(repoRoot, 'plan'))}, { out: ${JSON.stringify(out)},
          today: '2026-11-16', sourceDateEpoch: 1790000000, paper: 'a4', pdf: false, markdownWorkers: ${workers} });
        process.stdout.write(String(workers));`,
      );
      const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: repoRoot });
      started.push(Number(stdout));
      sites.push(await filesOf(out));
    }
    expect(started).toEqual([2, 0]);
    expect(Object.keys(sites[0]!).length).toBeGreaterThan(10);
    expect(sites[0]).toEqual(sites[1]);
  });
});

async function filesOf(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files: Record<string, string> = {};
  for (const entry of names) {
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = await readFile(file, 'latin1');
  }
  return files;
}

describe('the Markdown a build renders ahead', () => {
  test('stops rendering at once when the plan turns out invalid', async () => {
    const plan = await mkdtemp(path.join(tmpdir(), 'bcp-markdown-invalid-'));
    folders.push(plan);
    await cp(path.join(repoRoot, 'plan'), plan, { recursive: true });
    // Megabytes of procedures (seconds of rendering) and one objective written in words the schema refuses.
    const long = `${'1. Call the vendor, note the *ticket* and [log it](log.md).\n'.repeat(50_000)}`;
    for (const name of await readdir(path.join(plan, 'procedures')))
      await writeFile(path.join(plan, 'procedures', name), long);
    const scenarios = path.join(plan, 'scenarios-systems.yaml');
    await writeFile(scenarios, (await readFile(scenarios, 'utf8')).replace('rto: 1d', 'rto: 1 day'));
    const script = `${plan}.mjs`;
    folders.push(script);
    await writeFile(
      script,
      `const exited = [];
      process.on('worker', (worker) => exited.push(new Promise((resolve) => worker.on('exit', resolve))));
      const { buildPlan } = await import(${JSON.stringify(lib('pipeline', 'build.js'))});
      const { isRendered, renderedKey } = await import(${JSON.stringify(lib('render', 'markdown.js'))});
      const { readFile } = await import('node:fs/promises');
      const failed = await buildPlan(${JSON.stringify(plan)}, { out: ${JSON.stringify(`${plan}-out`)},
        today: '2026-11-16', paper: 'a4', pdf: false, markdownWorkers: 2 }).catch((error) => error.name);
      await Promise.all(exited);
      const text = await readFile(${JSON.stringify(path.join(plan, 'procedures', 'crm-outage.md'))}, 'utf8');
      process.stdout.write(JSON.stringify({ failed, workers: exited.length, rendered: isRendered(renderedKey(text, 'scenario-crm-outage-')) }));`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: repoRoot });
    // The workers were ended before they were done: the build did not wait for Markdown it will never show.
    expect(JSON.parse(stdout)).toEqual({ failed: 'PlanInvalidError', workers: 2, rendered: false });
  });

  test('is read from the plan as loaded, and a plan not yet valid gives what it can without failing', async () => {
    const { markdownJobs } = await import('../../src/render/view/markdown-jobs.js');
    const markdown = new Map([['procedures/a.md', { text: '# A' }]]);
    const data = {
      scenarios: [{ id: 'crm-down', procedure: 'procedures/a.md' }, { id: 7 }, null, { id: 'x', procedure: 'gone.md' }],
      documents: 'not a list',
      communication: {
        templates: [
          { id: 't', text: 'Dear *customer*' },
          { id: 'u', text: 5 },
        ],
      },
    };
    expect(markdownJobs({ data, markdown })).toEqual([
      { markdown: '# A', idPrefix: 'scenario-crm-down-' },
      { markdown: 'Dear *customer*', idPrefix: '' },
    ]);
    for (const nonsense of [null, 3, [], { scenarios: {} }, { communication: [] }])
      expect(markdownJobs({ data: nonsense, markdown })).toEqual([]);
  });
});
