import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv, AnySchema, Options, ValidateFunction } from 'ajv';

/**
 * ajv's standalone code generation: a schema compiled once, at `npm run compile` (scripts/compile-validators.mjs),
 * into a CommonJS module next to the compiled code, so that no command pays for compiling the schema (about a
 * quarter of a second for the plan schema on every `bcp validate`). The module keeps the fingerprint of the schema
 * it was made from; a module made from another schema, or none at all (the tests run the sources), means the
 * schema is compiled at run time as before, with the same errors.
 */

const require = createRequire(import.meta.url);

/** A schema's fingerprint: its content, whatever the file's spacing. */
export function schemaHash(schema: AnySchema): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/**
 * ajv's options for code that can be written out: the formats the generated module requires from ajv-formats
 * (the same full formats `addFormats` adds at run time).
 */
export function standaloneOptions(): Options {
  const { _ } = require('ajv') as typeof import('ajv');
  return { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } };
}

/** The source of a CommonJS module exporting the validate function of `schema`, with its fingerprint. */
export function standaloneModule(ajv: Ajv, schema: AnySchema): string {
  const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js')).default;
  const code = standaloneCode(ajv, ajv.compile(schema));
  return `${code}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash(schema))};\n`;
}

/**
 * The validate function compiled ahead of time from `schema` in `file` (a URL beside the caller's compiled module),
 * or undefined when there is none or it was made from another schema.
 */
export function precompiled(file: URL, schema: AnySchema): ValidateFunction | undefined {
  if (!existsSync(file)) return undefined;
  const validate = require(file.pathname) as ValidateFunction & { schemaHash?: string };
  return validate.schemaHash === schemaHash(schema) ? validate : undefined;
}
