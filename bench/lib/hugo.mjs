import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/** bcp's site has these pages besides one per scenario (src/render/site/pages.ts): the home page and ten more. */
const FIXED_PAGES = [
  'contacts',
  'communication',
  'vendors',
  'systems',
  'premises',
  'documents',
  'forms',
  'exercises',
  'findings',
  'search',
];

function which(command) {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path of Debian's `hugo`, installing it with apt-get when it is missing and we are root; otherwise
 * undefined, with a line that says how to install it.
 */
export function ensureHugo(log) {
  const found = which('hugo');
  if (found) return found;
  if (process.getuid?.() === 0) {
    log('hugo is not installed: installing Debian’s hugo for the reference (apt-get install -y hugo)…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'ignore' });
      return which('hugo');
    } catch (error) {
      log(`could not install hugo: ${error.message}`);
    }
  }
  log('hugo is not installed, so the Hugo columns are skipped. Install it with `sudo apt-get install hugo`.');
  return undefined;
}

export function hugoVersion(hugo) {
  return execFileSync(hugo, ['version'], { encoding: 'utf8' }).trim();
}

/**
 * The Markdown pages of a site with as many pages as bcp's site for the same plan, and the same Markdown in them:
 * one page per scenario (its steps and its procedure), the ten other pages with the plan's lists as Markdown
 * tables, and a home page (`_index`). Name → { title, body }: the Hugo and the Eleventy references build these.
 */
export async function sitePages(planDir) {
  const plan = await readPlanData(planDir);
  const pages = new Map([['_index', { title: 'Overview', body: tableOf(plan.scenarios, ['id', 'title', 'rto']) }]]);
  const lists = { contacts: plan.people, vendors: plan.vendors, systems: plan.systems, premises: plan.premises };
  for (const name of FIXED_PAGES)
    pages.set(name, { title: name, body: tableOf(lists[name] ?? [], ['id', 'name', 'role']) });
  for (const scenario of plan.scenarios) {
    const procedure = scenario.procedure ? await readFile(path.join(planDir, scenario.procedure), 'utf8') : '';
    pages.set(scenario.id, { title: scenario.title, body: scenarioMarkdown(scenario, procedure) });
  }
  return pages;
}

/** The menu every page has, as bcp's pages have: a link to each of the ten fixed pages. */
export function menuLinks(href) {
  return FIXED_PAGES.map((name) => `<a href="${href(name)}">${name}</a>`).join(' ');
}

/** A Hugo site of `sitePages`, with one small layout. Only HTML pages: no RSS, sitemap or taxonomies. */
export async function writeHugoSite(siteDir, pages) {
  await rm(siteDir, { recursive: true, force: true });
  for (const [name, { title, body }] of pages)
    await write(path.join(siteDir, 'content', `${name}.md`), page(title, body));
  await writeLayouts(siteDir);
  return pages.size;
}

/** The plan's sections from all its YAML files, lists joined (as bcp merges them). */
async function readPlanData(planDir) {
  const data = { scenarios: [], people: [], vendors: [], systems: [], premises: [] };
  for (const name of (await readdir(planDir)).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    const file = parse(await readFile(path.join(planDir, name), 'utf8')) ?? {};
    for (const key of Object.keys(data)) data[key].push(...(file[key] ?? []));
  }
  return data;
}

export function page(title, body, extra = '') {
  return `---\ntitle: ${JSON.stringify(String(title))}\n${extra}---\n\n${body}\n`;
}

function tableOf(items, keys) {
  const cell = (value) =>
    String(value ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ');
  const rows = items.map((item) => `| ${keys.map((key) => cell(item[key])).join(' | ')} |`);
  return [`| ${keys.join(' | ')} |`, `| ${keys.map(() => '---').join(' | ')} |`, ...rows].join('\n');
}

function scenarioMarkdown(scenario, procedure) {
  const steps = (list) => list.map((step, index) => `${index + 1}. ${typeof step === 'string' ? step : step.action}`);
  return [
    scenario.impact,
    '',
    `MTD ${scenario.mtd}, RTO ${scenario.rto}, RPO ${scenario.rpo}. Lead: ${scenario.lead}.`,
    '',
    '## Workaround',
    ...steps(scenario.workaround),
    '',
    '## Recovery',
    ...steps(scenario.recovery),
    '',
    '## Back to normal',
    ...steps(scenario.back_to_normal),
    '',
    procedure.replace(/^#/gm, '##'),
  ].join('\n');
}

async function writeLayouts(siteDir) {
  const menu = menuLinks((name) => `{{ "${name}/" | relURL }}`);
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>`;
  const baseof = `${head}<body><nav>${menu}</nav><main>{{ block "main" . }}{{ end }}</main></body></html>\n`;
  const main = '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n';
  await write(path.join(siteDir, 'hugo.toml'), HUGO_CONFIG);
  await write(path.join(siteDir, 'layouts', '_default', 'baseof.html'), baseof);
  await write(path.join(siteDir, 'layouts', '_default', 'single.html'), main);
  await write(path.join(siteDir, 'layouts', '_default', 'list.html'), main);
  await write(path.join(siteDir, 'layouts', 'index.html'), main);
}

const HUGO_CONFIG = `baseURL = "/"
title = "Business continuity plan"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableRobotsTXT = false
`;

export async function write(file, text) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** The arguments that build the site once: quiet, into `outDir`, with its cache in the site folder. */
export function hugoArgs(siteDir, outDir) {
  return ['--quiet', '--source', siteDir, '--destination', outDir, '--cacheDir', path.join(siteDir, '.cache')];
}

/** How many HTML pages a build wrote: to check that the reference has bcp's page count. */
export async function countHtml(dir) {
  const entries = await readdir(dir, { recursive: true }).catch(() => []);
  return entries.filter((name) => name.endsWith('.html')).length;
}
