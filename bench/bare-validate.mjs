#!/usr/bin/env node
// The floor for `bcp validate` with its libraries: `node bench/bare-validate.mjs <planDir>` parses every YAML file
// of the plan with `yaml.parse`, compiles the plan schema with ajv (and ajv-formats) and validates each file. No
// positions, no messages, no references between files: what a hand-written script would do. Exit 1 when a file
// is not valid, as bcp.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const planDir = process.argv[2];
const schema = JSON.parse(await readFile(new URL('../schemas/plan.schema.json', import.meta.url), 'utf8'));
// strict off: the schema's annotation keywords (patternErrorMessage, x-sensitivity) are then simply ignored.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const files = (await readdir(planDir, { recursive: true })).filter((name) => /\.ya?ml$/.test(name)).sort();
let invalid = 0;
for (const name of files) {
  if (!validate(parse(await readFile(path.join(planDir, name), 'utf8')) ?? {})) invalid += 1;
}
process.stdout.write(`${files.length} files, ${invalid} not valid\n`);
process.exitCode = invalid > 0 ? 1 : 0;
