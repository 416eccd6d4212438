// Generates src/core/plan.generated.ts from schemas/plan.schema.json, so the schema stays the single source of truth.
// `node scripts/generate-types.mjs --check` exits 1 when the committed file is out of date (a test runs it).
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const root = new URL('..', import.meta.url);
const schemaFile = new URL('schemas/plan.schema.json', root);
const outFile = new URL('src/core/plan.generated.ts', root);

const pascal = (words) =>
  words
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

// `Date` would shadow the global Date type.
const typeNames = { date: 'CalendarDate' };

// Titles are written for continuity owners ("Recovery time objective (RTO)"); type names come from
// definition keys and object titles only, so scalar properties stay inline instead of becoming one alias each.
function nameTypes(node, definitionKey) {
  if (Array.isArray(node)) return node.map((item) => nameTypes(item));
  if (!node || typeof node !== 'object') return node;
  // A $ref's sibling title and description are for editors; for types, the reference alone names the type.
  if (node.$ref) return { $ref: node.$ref };
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'definitions') {
      out.definitions = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nameTypes(v, k)]));
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nameTypes(v)]));
    } else if (key !== 'title' && key !== 'examples' && key !== 'patternErrorMessage') {
      out[key] = nameTypes(value);
    }
  }
  if (definitionKey) out.title = typeNames[definitionKey] ?? pascal(definitionKey);
  else if (node.type === 'object' && node.title) out.title = pascal(node.title);
  return out;
}

export async function generate() {
  const schema = JSON.parse(await readFile(schemaFile, 'utf8'));
  const prepared = nameTypes(schema);
  prepared.title = 'PlanData';
  const ts = await compile(prepared, 'PlanData', {
    bannerComment:
      '/* Generated from schemas/plan.schema.json by scripts/generate-types.mjs. Do not edit: run `npm run generate:types`. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: false,
  });
  const options = { ...(await prettier.resolveConfig(outFile)), parser: 'typescript' };
  return prettier.format(ts, options);
}

const generated = await generate();
if (process.argv.includes('--check')) {
  const current = await readFile(outFile, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error('src/core/plan.generated.ts is out of date: run `npm run generate:types`.');
    process.exit(1);
  }
} else {
  await writeFile(outFile, generated);
}
