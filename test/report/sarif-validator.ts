import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject } from 'ajv';
import ajvFormats from 'ajv-formats';

/**
 * The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (`@microsoft/jest-sarif`, file
 * `lib/schemas/sarif-2.1.0-rtm.5.json`, the schema published for the 2.1.0 standard). It is written for
 * draft-04; it uses no keyword whose meaning changed since (no boolean `exclusiveMinimum`), so ajv 8 checks it
 * as draft-07 once the draft-04 `$schema` and `id` are taken off.
 */
export const sarifSchemaFile = createRequire(import.meta.url).resolve(
  '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
);

function compile(): (data: unknown) => ErrorObject[] {
  const { $schema, id, ...schema } = JSON.parse(readFileSync(sarifSchemaFile, 'utf8')) as Record<string, unknown>;
  if ($schema !== 'http://json-schema.org/draft-04/schema#' || typeof id !== 'string') {
    throw new Error(`${sarifSchemaFile} is no longer the draft-04 schema this helper adapts; look at it again`);
  }
  // strict: false because the schema is third-party text we must not edit; the formats are checked all the same.
  // unicodeRegExp: false because one pattern (`language`) has a stray `]` that only a `u` regexp rejects.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : [...(validate.errors ?? [])]);
}

let validator: ((data: unknown) => ErrorObject[]) | undefined;

/** Schema errors in a SARIF log (empty when it is valid). */
export function sarifErrors(log: unknown): ErrorObject[] {
  validator ??= compile();
  return validator(log);
}
