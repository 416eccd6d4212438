import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { LintRule } from './types.js';

const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
const compiled = new Map<LintRule, ValidateFunction>();

/**
 * Checks the options bcp.config.yaml gives a rule against the rule's own `optionsSchema` (ESLint's `meta.schema`).
 * A rule that declares no schema takes no options: giving it some is a mistake, not something to ignore.
 */
export function optionsErrors(rule: LintRule, options: unknown): ErrorObject[] | 'takes-none' {
  if (!rule.optionsSchema) return 'takes-none';
  let validate = compiled.get(rule);
  if (!validate) {
    validate = ajv.compile(rule.optionsSchema);
    compiled.set(rule, validate);
  }
  return validate(options) ? [] : (validate.errors ?? []);
}
