#!/usr/bin/env node
// `npm run bench`: times bcp on plans of three sizes against Hugo and bare Chromium, and prints one table.
// Not part of the tests. `node bench/run.mjs --help` lists the options.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_TODAY, generatePlan } from './generate-plan.mjs';
import { chromiumArgs, findChromium, pdfPages, printHtml } from './lib/chromium.mjs';
import { countHtml, ensureHugo, hugoArgs, hugoVersion, writeHugoSite } from './lib/hugo.mjs';
import { machine } from './lib/machine.mjs';
import { measureCommand, stopAll } from './lib/measure.mjs';
import { notMeasured, resultsTable, targets } from './lib/report.mjs';
import { measureWatch } from './lib/watch.mjs';

const BCP = fileURLToPath(new URL('../bin/bcp.js', import.meta.url));
const NODE = process.execPath;
const SIZES = ['small', 'medium', 'large'];
const DEFAULT_RUNS = { small: 5, medium: 5, large: 3 };
/** 2026-11-16T00:00:00Z: the generated date and the PDF's dates, the same on every run. */
const SOURCE_DATE_EPOCH = '1794787200';

/** The table's rows, in order; `reference` names the row each is compared with. */
const ROWS = [
  { key: 'help', label: '`bcp --help` (start-up)', sizeIndependent: true },
  { key: 'validate', label: '`bcp validate`' },
  { key: 'lint', label: '`bcp lint`' },
  { key: 'validateLint', label: 'validate + lint' },
  { key: 'site', label: 'site build (`build --no-pdf`)', reference: 'hugo', referenceLabel: 'of Hugo' },
  { key: 'pdf', label: 'PDF (build − site build)', reference: 'chromium', referenceLabel: 'of Chromium' },
  { key: 'build', label: 'whole `bcp build`' },
  { key: 'watch', label: 'watch rebuild after a one-line edit (site)' },
  { key: 'hugo', label: 'ref: Hugo, same page count' },
  { key: 'chromium', label: 'ref: `chromium --print-to-pdf`, same print HTML' },
];

const HELP = `Usage: node bench/run.mjs [options]   (npm run bench -- [options])

Times bcp on a small (the example), a medium and a large synthetic plan, as real processes of bin/bcp.js
(run \`npm run compile\` first; \`npm run bench\` does), with Hugo and bare Chromium as references.

Options:
  --quick             a smoke run: small and medium, one run each, no warm-up
  --sizes <list>      comma-separated: small,medium,large (default: all three)
  --runs <n>          timed runs of each measurement (default: 5 for small and medium, 3 for large)
  --warmup <n>        untimed runs before the timed ones (default: 1; 0 with --quick)
  --interval <ms>     how often the memory of the process tree is sampled (default: 20)
  --timeout <s>       stop a run that takes longer, and report the row as not measured (default: 600)
  --no-pdf            skip the PDF build and the Chromium reference
  --no-hugo           skip the Hugo reference
  --json <file>       also write the results as JSON
  --keep              keep the work folder (plans, outputs) instead of deleting it

Environment: BENCH_RUNS, BENCH_SIZES, BENCH_WARMUP and BENCH_TIMEOUT set the same as the options.
`;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string', default: process.env.BENCH_SIZES },
      runs: { type: 'string', default: process.env.BENCH_RUNS },
      warmup: { type: 'string', default: process.env.BENCH_WARMUP },
      interval: { type: 'string', default: '20' },
      timeout: { type: 'string', default: process.env.BENCH_TIMEOUT ?? '600' },
      'no-pdf': { type: 'boolean', default: false },
      'no-hugo': { type: 'boolean', default: false },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const sizes = (values.sizes ?? (values.quick ? 'small,medium' : SIZES.join(','))).split(',');
  const unknown = sizes.find((size) => !SIZES.includes(size));
  if (unknown) throw new Error(`unknown size \`${unknown}\`: use ${SIZES.join(', ')}`);
  const runs = values.runs ?? (values.quick ? '1' : undefined);
  return {
    help: values.help,
    sizes: SIZES.filter((size) => sizes.includes(size)),
    runsFor: (size) => Number(runs ?? DEFAULT_RUNS[size]),
    warmup: Number(values.warmup ?? (values.quick ? 0 : 1)),
    intervalMs: Number(values.interval),
    timeoutMs: Number(values.timeout) * 1000,
    pdf: !values['no-pdf'],
    hugo: !values['no-hugo'],
    json: values.json,
    keep: values.keep,
  };
}

const log = (text) => process.stderr.write(`${text}\n`);

/** The plan of one size in a git repository of its own, committed: lint reads the history, build the commit. */
async function preparePlan(work, size) {
  const repo = path.join(work, size, 'repo');
  const plan = path.join(repo, 'plan');
  await mkdir(repo, { recursive: true });
  const counts = await generatePlan(plan, size);
  const env = { ...process.env, GIT_AUTHOR_DATE: '2026-11-04T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-04T10:00:00Z' };
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bcp bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: repo,
      env,
      stdio: 'ignore',
    });
  git('init', '-q');
  git('add', '.');
  git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', `${size} plan for the benchmark`);
  return { plan, counts };
}

/** Runs one measurement, logs its result, and keeps going when it fails (the table says why). */
async function step(results, key, size, label, measure) {
  process.stderr.write(`  ${size}: ${label}… `);
  const result = await measure();
  (results[key] ??= {})[size] = result;
  log(result.error ? `not measured (${result.error})` : `${Math.round(result.ms)} ms, runs ${result.runs?.join(' ')}`);
  return result;
}

async function measureSize(size, context) {
  const { work, options, env, results, tools } = context;
  const dir = path.join(work, size);
  const { plan, counts } = await preparePlan(work, size);
  log(
    `${size}: ${counts.scenarios} scenarios, ${counts.people} people, ${counts.systems} systems, ${counts.vendors} vendors, ${(counts.bytes / 1e6).toFixed(1)} MB`,
  );
  const common = {
    runs: options.runsFor(size),
    warmup: options.warmup,
    intervalMs: options.intervalMs,
    timeoutMs: options.timeoutMs,
    env,
    cwd: dir,
  };
  const bcp = (key, label, args, ok = [0]) =>
    step(results, key, size, label, () => measureCommand(NODE, [BCP, ...args], { ...common, ok }));
  const today = ['--today', BENCH_TODAY];
  const siteOut = path.join(dir, 'dist-site');
  const fullOut = path.join(dir, 'dist');
  await bcp('validate', 'bcp validate', ['validate', plan]);
  const lint = await bcp('lint', 'bcp lint', ['lint', plan, ...today], [0, 1]);
  // Every build and every watch rebuild lints the plan: when lint alone runs out of time, so would they.
  const skip = lint.error?.startsWith('timed out') ? `not run: lint, part of every build, ${lint.error}` : undefined;
  const skipped = (key) => ((results[key] ??= {})[size] = { error: skip });
  const buildOr = (key, label, args) => (skip ? skipped(key) : bcp(key, label, args));
  await buildOr('site', 'site build', ['build', plan, '--no-pdf', '--out', siteOut, ...today]);
  if (options.pdf) await buildOr('build', 'whole build', ['build', plan, '--out', fullOut, ...today]);
  if (skip) skipped('watch');
  else await measureWatchRebuild(size, dir, plan, context, common);
  const pages = await countHtml(path.join(siteOut, 'site'));
  if (tools.hugo) await measureHugo(size, dir, plan, pages, context, common);
  if (options.pdf && tools.chromium) {
    if (skip) skipped('chromium');
    else await measureChromium(size, dir, plan, fullOut, context, common);
  }
  return counts;
}

async function measureWatchRebuild(size, dir, plan, { results, facts, options }, common) {
  const out = path.join(dir, 'dist-watch');
  const watch = await step(results, 'watch', size, 'watch rebuild', () =>
    measureWatch(BCP, plan, out, { ...common, watchTimeoutMs: options.timeoutMs }),
  );
  if (watch.own?.length) facts.push(`${size}: watch's own "site rebuilt in" times: ${watch.own.join(', ')} ms`);
}

async function measureHugo(size, dir, plan, bcpPages, { results, facts, tools }, common) {
  const site = path.join(dir, 'hugo-site');
  const out = path.join(dir, 'hugo-out');
  const written = await writeHugoSite(site, plan);
  await step(results, 'hugo', size, 'Hugo', () => measureCommand(tools.hugo, hugoArgs(site, out), common));
  facts.push(
    `${size}: bcp's site has ${bcpPages || '?'} HTML pages; the Hugo site ${await countHtml(out)} (${written} Markdown pages)`,
  );
}

async function measureChromium(size, dir, plan, fullOut, { results, facts, tools }, common) {
  const html = path.join(dir, 'print.html');
  const pdf = path.join(dir, 'chromium.pdf');
  const rendered = await printHtml(NODE, plan, html, common);
  if (rendered.error) {
    (results.chromium ??= {})[size] = rendered;
    return;
  }
  const args = chromiumArgs(html, pdf, path.join(dir, 'chromium-profile'));
  await step(results, 'chromium', size, 'bare Chromium print', () => measureCommand(tools.chromium, args, common));
  const ours = pdfPages(path.join(fullOut, 'binder.pdf'));
  facts.push(
    `${size}: bcp's binder has ${ours ?? '?'} pages; the bare Chromium print of its HTML ${pdfPages(pdf) ?? '?'}`,
  );
}

/** Rows computed from others: validate + lint together, and the binder's share of a whole build. */
function derive(results, sizes) {
  for (const size of sizes) {
    const validate = results.validate?.[size];
    const lint = results.lint?.[size];
    if (validate?.ms !== undefined && lint?.ms !== undefined) {
      (results.validateLint ??= {})[size] = { ms: validate.ms + lint.ms, peak: Math.max(validate.peak, lint.peak) };
    }
    const site = results.site?.[size];
    const build = results.build?.[size];
    if (site?.ms !== undefined && build?.ms !== undefined) {
      (results.pdf ??= {})[size] = { ms: build.ms - site.ms, peak: build.peak };
    }
  }
}

function report({ options, results, counts, facts, about }) {
  const scenarios = Object.fromEntries(Object.entries(counts).map(([size, c]) => [size, c.scenarios]));
  const lines = [
    `bcp benchmark, ${about.date}`,
    `machine: ${about.cpus}, ${about.memory}, ${about.os}; node ${about.node}; ${about.chromium}; ${about.hugo}`,
    `load average (1, 5, 15 min) at the start: ${about.load}; at the end: ${machine({}).load}`,
    `runs: ${options.sizes.map((size) => `${size} ${options.runsFor(size)}`).join(', ')} (median; warm-up ${options.warmup}); memory: peak RSS of the whole process tree, sampled every ${options.intervalMs} ms`,
    '',
    resultsTable(ROWS, results, options.sizes, scenarios),
    '',
    notMeasured(ROWS, results, options.sizes),
    'Like with like: the Chromium reference prints the same print HTML tagged and with an outline, as the binder is',
    '(the Chromium CLI tags by default; --generate-pdf-document-outline adds the bookmarks). bcp also prints its',
    'header and footer templates, which the CLI cannot. Time per scenario growing more than 1.5× from medium to',
    'large is flagged as worse than linear.',
    ...facts.map((fact) => `- ${fact}`),
    '',
    'Targets:',
    targets(results, options.sizes),
  ];
  return lines.join('\n');
}

async function main(argv) {
  const options = parseOptions(argv);
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const work = await mkdtemp(path.join(os.tmpdir(), 'bcp-bench-'));
  const env = { ...process.env, BCP_TODAY: BENCH_TODAY, SOURCE_DATE_EPOCH, NO_COLOR: '1' };
  const tools = {
    hugo: options.hugo ? ensureHugo(log) : undefined,
    chromium: options.pdf ? findChromium(log) : undefined,
  };
  const about = machine({ chromium: tools.chromium, hugo: tools.hugo && hugoVersion(tools.hugo) });
  const context = { work, options, env, tools, results: {}, facts: [] };
  log(`work folder: ${work}`);
  try {
    await step(context.results, 'help', options.sizes[0], 'bcp --help', () =>
      measureCommand(NODE, [BCP, '--help'], {
        runs: options.runsFor('small'),
        warmup: options.warmup,
        intervalMs: options.intervalMs,
        env,
        cwd: work,
      }),
    );
    const counts = {};
    for (const size of options.sizes) counts[size] = await measureSize(size, context);
    derive(context.results, options.sizes);
    process.stdout.write(`\n${report({ ...context, counts, about })}\n`);
    if (options.json)
      await writeFile(options.json, `${JSON.stringify({ about, counts, results: context.results }, null, 2)}\n`);
    return 0;
  } finally {
    if (options.keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

process.once('SIGINT', () => {
  stopAll();
  process.exit(130);
});
process.exitCode = await main(process.argv.slice(2));
