#!/usr/bin/env node
// Writes synthetic but valid bcp plans for the benchmark: `node bench/generate-plan.mjs large /tmp/large-plan`.
// The same size and seed always give the same files.
import { Buffer } from 'node:buffer';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { documentMarkdown } from './lib/markdown.mjs';
import { makeDocuments, makePremises, makeSystems, makeVendors } from './lib/plan-assets.mjs';
import { makeExercises } from './lib/plan-exercises.mjs';
import { activePeople, makeCommunication, makeContacts, makePeople } from './lib/plan-people.mjs';
import { makeScenarios } from './lib/plan-scenarios.mjs';
import { createRandom } from './lib/random.mjs';
import { daysBefore, pad } from './lib/words.mjs';

/** The date every benchmark run takes as today (`--today`), so that date rules give the same findings each run. */
export const BENCH_TODAY = '2026-11-16';

/** The example plan: the small size is a copy of it. */
export const EXAMPLE_PLAN = fileURLToPath(new URL('../plan/', import.meta.url));

/** The sizes of the issue: medium and large as it asks, with sites, documents and contacts in proportion. */
export const SIZES = {
  medium: {
    scenarios: 100,
    people: 500,
    systems: 200,
    vendors: 100,
    premises: 8,
    documents: 60,
    contacts: 250,
    templates: 20,
    procedures: { every: 3, lines: [30, 70] },
  },
  large: {
    scenarios: 1000,
    people: 5000,
    systems: 2000,
    vendors: 1000,
    premises: 40,
    documents: 300,
    contacts: 2500,
    templates: 100,
    // Long procedures for every scenario: the binder and the site carry all of them.
    procedures: { every: 1, lines: [60, 180] },
  },
};

/** How many items go in one YAML file: real plans split long sections across files, and bcp merges them. */
const PER_FILE = { people: 500, systems: 250, vendors: 250, scenarios: 100, exercises: 200 };

/**
 * Writes a plan of the named size into `dir` (emptied first): `small` copies the example plan, `medium` and
 * `large` are generated; an object like SIZES.medium gives a size of its own (the tests use a smaller one).
 * Returns what the plan holds.
 */
export async function generatePlan(dir, size, { seed = 1, today = BENCH_TODAY } = {}) {
  await rm(dir, { recursive: true, force: true });
  if (size === 'small') {
    await cp(EXAMPLE_PLAN, dir, { recursive: true });
    return countPlan(dir);
  }
  const spec = typeof size === 'object' ? size : SIZES[size];
  if (!spec) throw new Error(`unknown plan size \`${size}\`: use small, medium or large`);
  const { sections, markdown } = buildPlan(createRandom(seed), spec, today);
  await writePlan(dir, sections, markdown);
  return countPlan(dir);
}

/** The plan's sections as plain data, and the Markdown files its procedures and documents point to. */
function buildPlan(random, spec, today) {
  const reviewed = daysBefore(today, 12);
  const people = makePeople(random, spec.people, today);
  const active = activePeople(people);
  const vendors = makeVendors(random, spec.vendors);
  const systems = makeSystems(random, spec.systems, { vendors, active, today, reviewed });
  const premises = makePremises(random, spec.premises, { vendors, active });
  const documents = makeDocuments(random, spec.documents, { active, today });
  const communication = makeCommunication(random, active, spec.templates);
  const ctx = scenarioContext({ people, active, vendors, systems, premises, documents, communication });
  const { scenarios, files } = makeScenarios(random, spec.scenarios, ctx, spec.procedures);
  const exercises = makeExercises(random, scenarios, { active, today });
  const contacts = makeContacts(random, spec.contacts, active, today);
  for (const document of documents) {
    if (document.file) files.set(document.file, documentMarkdown(random, document.title));
  }
  const plan = planSection(active, reviewed);
  const testing = { tabletop: '90d', functional: '180d', 'full-scale': '365d' };
  const sections = { plan, testing, people, vendors, systems, premises, documents, communication };
  return { sections: { ...sections, scenarios, exercises, contacts }, markdown: files };
}

function planSection(active, reviewed) {
  return {
    organization: 'Synthetic Wholesale Pty Ltd',
    title: 'Business continuity plan',
    version: '7.3',
    owner: active[0].id,
    reviewed,
    review_interval: '13w',
    classification: 'Internal - confidential',
    copies: [
      { location: 'Red binder in the owner’s home office', format: 'paper', holder: active[0].id },
      { location: 'Encrypted USB stick on the operations manager’s key ring', format: 'usb', holder: active[1].id },
    ],
    tech_paths: ['infra/**', 'integrations/**'],
  };
}

/** Lookups the scenarios need; retired systems are left out so that no step sends people to one. */
function scenarioContext({ people, active, vendors, systems, premises, documents, communication }) {
  const activeSystems = systems.filter((system) => system.status !== 'retired');
  const systemsByCategory = new Map();
  for (const system of activeSystems) {
    systemsByCategory.set(system.category, [...(systemsByCategory.get(system.category) ?? []), system]);
  }
  const vendorById = new Map(vendors.map((vendor) => [vendor.id, vendor]));
  const byAudience = (audience) => communication.templates.filter((template) => template.audience === audience);
  return {
    active,
    vendors,
    premises,
    documents,
    systems: activeSystems,
    systemsByCategory,
    systemById: new Map(systems.map((system) => [system.id, system])),
    personById: new Map(people.map((person) => [person.id, person])),
    vendorOf: (system) => vendorById.get(system.vendor),
    templates: { customers: byAudience('customers'), staff: byAudience('staff') },
  };
}

/** plan.yaml, one file per single section, and the long lists split over numbered files. */
async function writePlan(dir, sections, markdown) {
  await mkdir(dir, { recursive: true });
  const { plan, testing, communication, contacts, premises, documents, ...lists } = sections;
  const files = new Map([
    ['plan.yaml', { plan, testing }],
    ['communication.yaml', { communication }],
    ['contacts.yaml', { contacts }],
    ['premises.yaml', { premises }],
    ['documents.yaml', { documents }],
  ]);
  for (const [section, items] of Object.entries(lists)) {
    for (let start = 0, part = 1; start < items.length; start += PER_FILE[section], part++) {
      files.set(`${section}-${pad(part, 2)}.yaml`, { [section]: items.slice(start, start + PER_FILE[section]) });
    }
  }
  for (const [name, data] of files) await writeText(dir, name, yamlFile(data));
  for (const [name, text] of markdown) await writeText(dir, name, text);
}

function yamlFile(data) {
  return `# Synthetic plan written by bench/generate-plan.mjs for the benchmark.\n${stringify(data, { lineWidth: 110 })}`;
}

async function writeText(dir, relative, text) {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** What a plan folder holds, read back from its YAML: the benchmark divides its times by these. */
export async function countPlan(dir) {
  const counts = { scenarios: 0, people: 0, systems: 0, vendors: 0, contacts: 0, markdownFiles: 0, bytes: 0 };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    counts.bytes += Buffer.byteLength(text);
    if (entry.name.endsWith('.md')) counts.markdownFiles += 1;
    if (!/\.ya?ml$/.test(entry.name)) continue;
    const data = parse(text) ?? {};
    for (const key of ['scenarios', 'people', 'systems', 'vendors']) counts[key] += data[key]?.length ?? 0;
    counts.contacts += data.contacts?.entries?.length ?? 0;
  }
  return counts;
}

async function main([size, dir]) {
  if (!size || !dir) {
    console.error('usage: node bench/generate-plan.mjs small|medium|large <dir>');
    return 2;
  }
  const counts = await generatePlan(dir, size);
  console.log(`${dir}: ${JSON.stringify(counts)}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
