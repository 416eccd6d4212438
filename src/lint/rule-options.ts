import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { LintRule } from './types.js';

// Made when a config first gives a rule options: most runs have none, and need not load ajv's compiler.
let ajv: Ajv | undefined;
const compiled = new Map<LintRule, ValidateFunction>();

/**
 * Checks the options bcp.config.yaml gives a rule against the rule's own `optionsSchema` (ESLint's `meta.schema`).
 * A rule that declares no schema takes no options: giving it some is a mistake, not something to ignore.
 */
export function optionsErrors(rule: LintRule, options: unknown): ErrorObject[] | 'takes-none' {
  if (!rule.optionsSchema) return 'takes-none';
  let validate = compiled.get(rule);
  if (!validate) {
    const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    ajv ??= new AjvClass({ allErrors: true, strict: true, verbose: true });
    validate = ajv.compile(rule.optionsSchema);
    compiled.set(rule, validate);
  }
  return validate(options) ? [] : (validate.errors ?? []);
}
