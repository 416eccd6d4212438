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
import { eleventyArgs, eleventyVersion, findEleventy, writeEleventySite } from './lib/eleventy.mjs';
import { countHtml, ensureHugo, hugoArgs, hugoVersion, sitePages, writeHugoSite } from './lib/hugo.mjs';
import { machine } from './lib/machine.mjs';
import { measureCommand, measureRounds, roundRatio, stopAll } from './lib/measure.mjs';
import { notMeasured, resultsTable, targets } from './lib/report.mjs';
import { measureWatch } from './lib/watch.mjs';

const BCP = fileURLToPath(new URL('../bin/bcp.js', import.meta.url));
const BARE_VALIDATE = fileURLToPath(new URL('./bare-validate.mjs', import.meta.url));
const NODE = process.execPath;
const SIZES = ['small', 'medium', 'large'];
const DEFAULT_RUNS = { small: 5, medium: 5, large: 3 };
/** 2026-11-16T00:00:00Z: the generated date and the PDF's dates, the same on every run. */
const SOURCE_DATE_EPOCH = '1794787200';

/** The table's rows, in order; `references` name the peers each is compared with, round by round. */
const ROWS = [
  { key: 'help', label: '`bcp --help` (start-up)', sizeIndependent: true },
  { key: 'validate', label: '`bcp validate`', references: [{ key: 'bare', label: 'of the bare script' }] },
  { key: 'lint', label: '`bcp lint`' },
  { key: 'check', label: '`bcp check` (validate and lint in one process)' },
  {
    key: 'site',
    label: 'site build (`build --no-pdf`)',
    references: [
      { key: 'eleventy', label: 'of Eleventy' },
      { key: 'hugo', label: 'of Hugo' },
    ],
  },
  { key: 'pdf', label: 'PDF (build − site build)', references: [{ key: 'chromium', label: 'of Chromium' }] },
  { key: 'build', label: 'whole `bcp build`' },
  { key: 'watch', label: 'watch rebuild after a one-line edit (site)' },
  { key: 'bare', label: 'peer: bare script, `yaml.parse` + ajv compile + validate', peer: true },
  { key: 'eleventy', label: 'peer: Eleventy, same pages, one layout', peer: true },
  { key: 'hugo', label: 'peer: Hugo, same pages, one layout', peer: true },
  { key: 'chromium', label: 'peer: `chromium --print-to-pdf`, same print HTML', peer: true },
];

const HELP = `Usage: node bench/run.mjs [options]   (npm run bench -- [options])

Times bcp on a small (the example), a medium and a large synthetic plan, as real processes of bin/bcp.js
(run \`npm run compile\` first; \`npm run bench\` does), beside its peers: a bare parse-and-validate script,
Eleventy, Hugo and bare Chromium. bcp and its peers run in turn, round after round, and each ratio is the median
of the ratios within a round, so that a machine whose load drifts does not bias it. Prints the table and one
line per target of issue 15, met or missed.

Options:
  --quick             small and medium only, one round each, no warm-up (a few minutes)
  --sizes <list>      comma-separated: small,medium,large (default: all three)
  --runs <n>          timed rounds (default: 5 for small and medium, 3 for large)
  --warmup <n>        untimed rounds before the timed ones (default: 1; 0 with --quick)
  --interval <ms>     how often the memory of the process tree is sampled (default: 20)
  --timeout <s>       stop a run that takes longer, and report the row as not measured (default: 600)
  --no-pdf            skip the PDF build and the Chromium reference
  --no-hugo           skip the Hugo reference
  --no-eleventy       skip the Eleventy reference
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
      'no-eleventy': { type: 'boolean', default: false },
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
    eleventy: !values['no-eleventy'],
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
  const { work, options, env, results } = context;
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
  const commands = await roundCommands(size, dir, plan, context, common);
  log(`  ${size}: ${commands.map((c) => c.key).join(', ')}, in turn, ${common.warmup} + ${common.runs} rounds`);
  const measured = await measureRounds(commands, {
    ...common,
    onRound: (round) => log(`  ${size}: round ${round < 0 ? 'warm-up' : round + 1} done`),
  });
  for (const [key, result] of Object.entries(measured)) {
    (results[key] ??= {})[size] = result;
    log(
      `  ${size}: ${key} ${result.error ? `not measured (${result.error})` : `${Math.round(result.ms)} ms, runs ${result.runs.join(' ')}`}`,
    );
  }
  await measureWatchRebuild(size, dir, plan, context, common);
  await pageFacts(size, dir, context);
  return counts;
}

/** The commands of one round: each bcp command followed by its peers, so that a pair runs at the same moment. */
async function roundCommands(size, dir, plan, { options, tools, facts }, common) {
  const today = ['--today', BENCH_TODAY];
  const bcp = (key, args, ok = [0]) => ({ key, command: NODE, args: [BCP, ...args], ok });
  const commands = [
    bcp('validate', ['validate', plan]),
    { key: 'bare', command: NODE, args: [BARE_VALIDATE, plan] },
    bcp('lint', ['lint', plan, ...today], [0, 1]),
    bcp('check', ['check', plan, ...today], [0, 1]),
    bcp('site', ['build', plan, '--no-pdf', '--out', path.join(dir, 'dist-site'), ...today]),
  ];
  const pages = tools.hugo || tools.eleventy ? await sitePages(plan) : undefined;
  if (tools.eleventy) {
    const site = path.join(dir, 'eleventy-site');
    await writeEleventySite(site, pages);
    const args = eleventyArgs(path.join(dir, 'eleventy-out'));
    commands.push({ key: 'eleventy', command: NODE, args, cwd: site });
  }
  if (tools.hugo) {
    const site = path.join(dir, 'hugo-site');
    await writeHugoSite(site, pages);
    commands.push({ key: 'hugo', command: tools.hugo, args: hugoArgs(site, path.join(dir, 'hugo-out')) });
  }
  if (options.pdf) {
    commands.push(bcp('build', ['build', plan, '--out', path.join(dir, 'dist'), ...today]));
    if (tools.chromium) {
      const html = path.join(dir, 'print.html');
      const rendered = await printHtml(NODE, plan, html, common);
      if (rendered.error) facts.push(`${size}: no Chromium reference: ${rendered.error}`);
      else {
        const args = chromiumArgs(html, path.join(dir, 'chromium.pdf'), path.join(dir, 'chromium-profile'));
        commands.push({ key: 'chromium', command: tools.chromium, args });
      }
    }
  }
  return commands;
}

/** Page counts, to check that each peer did the same work as bcp. */
async function pageFacts(size, dir, { facts, options, tools }) {
  const ours = await countHtml(path.join(dir, 'dist-site', 'site'));
  const peers = [];
  if (tools.eleventy) peers.push(`Eleventy ${await countHtml(path.join(dir, 'eleventy-out'))}`);
  if (tools.hugo) peers.push(`Hugo ${await countHtml(path.join(dir, 'hugo-out'))}`);
  if (peers.length > 0) facts.push(`${size}: bcp's site has ${ours || '?'} HTML pages; ${peers.join(', ')}`);
  if (options.pdf && tools.chromium) {
    const binder = pdfPages(path.join(dir, 'dist', 'binder.pdf'));
    const bare = pdfPages(path.join(dir, 'chromium.pdf'));
    facts.push(`${size}: bcp's binder has ${binder ?? '?'} pages; the bare Chromium print of its HTML ${bare ?? '?'}`);
  }
}

async function measureWatchRebuild(size, dir, plan, { results, facts, options }, common) {
  const out = path.join(dir, 'dist-watch');
  const watch = await step(results, 'watch', size, 'watch rebuild', () =>
    measureWatch(BCP, plan, out, { ...common, watchTimeoutMs: options.timeoutMs }),
  );
  if (watch.own?.length) facts.push(`${size}: watch's own "site rebuilt in" times: ${watch.own.join(', ')} ms`);
}

/** The PDF row (a whole build less the site build), and each ratio of bcp to a peer, round by round. */
function derive(results, sizes) {
  const ratios = {};
  const ratio = (key, peer, size, value) => {
    if (value !== undefined) ((ratios[key] ??= {})[peer] ??= {})[size] = value;
  };
  for (const size of sizes) {
    const at = (key) => results[key]?.[size];
    const site = at('site');
    const build = at('build');
    if (site?.ms !== undefined && build?.ms !== undefined) {
      (results.pdf ??= {})[size] = { ms: build.ms - site.ms, peak: build.peak };
    }
    ratio(
      'validate',
      'bare',
      size,
      roundRatio([at('validate'), at('bare')], (a, b) => a / b),
    );
    ratio(
      'site',
      'eleventy',
      size,
      roundRatio([at('site'), at('eleventy')], (a, b) => a / b),
    );
    ratio(
      'site',
      'hugo',
      size,
      roundRatio([at('site'), at('hugo')], (a, b) => a / b),
    );
    ratio(
      'pdf',
      'chromium',
      size,
      roundRatio([at('build'), at('site'), at('chromium')], (b, s, c) => (b - s) / c),
    );
  }
  return ratios;
}

function report({ options, results, ratios, counts, facts, about }) {
  const scenarios = Object.fromEntries(Object.entries(counts).map(([size, c]) => [size, c.scenarios]));
  const lines = [
    `bcp benchmark, ${about.date}`,
    `machine: ${about.cpus}, ${about.memory}, ${about.os}; node ${about.node}; ${about.chromium}; ${about.hugo}; ${about.eleventy}`,
    `load average (1, 5, 15 min) at the start: ${about.load}; at the end: ${machine({}).load}`,
    `rounds: ${options.sizes.map((size) => `${size} ${options.runsFor(size)}`).join(', ')} (each command once per round, in turn; medians; warm-up ${options.warmup}); ratios: median of the ratios within a round; memory: peak RSS of the whole process tree, sampled every ${options.intervalMs} ms`,
    '',
    resultsTable(ROWS, results, ratios, options.sizes, scenarios),
    '',
    notMeasured(ROWS, results, options.sizes),
    'Like with like: the Chromium reference prints the same print HTML tagged and with an outline, as the binder is',
    '(the Chromium CLI tags by default; --generate-pdf-document-outline adds the bookmarks). bcp also prints its',
    'header and footer templates, which the CLI cannot. Time per scenario growing more than 1.5× from medium to',
    'large is flagged as worse than linear.',
    ...facts.map((fact) => `- ${fact}`),
    '',
    'Targets:',
    targets(results, ratios, options.sizes, scenarios),
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
    eleventy: options.eleventy ? findEleventy(log) : undefined,
  };
  const about = machine({ chromium: tools.chromium, hugo: tools.hugo && hugoVersion(tools.hugo) });
  about.eleventy = tools.eleventy ? eleventyVersion() : 'no Eleventy';
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
    const ratios = derive(context.results, options.sizes);
    process.stdout.write(`\n${report({ ...context, ratios, counts, about })}\n`);
    if (options.json) {
      const json = { about, counts, results: context.results, ratios };
      await writeFile(options.json, `${JSON.stringify(json, null, 2)}\n`);
    }
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
