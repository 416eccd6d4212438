import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { planSchema } from '../schema/plan-schema.js';

/**
 * strict: a typo in the schema's keywords fails loudly; verbose: errors carry the schema and value for messages.
 * strictRequired is off because `else: { required: [phone] }` (someone who left needs no phone) names a
 * property defined beside the `if`, which ajv's strictRequired does not look at.
 */
export const planAjvOptions = { allErrors: true, strict: true, strictRequired: false, verbose: true } as const;

let compiled: ValidateFunction | undefined;

/** The compiled plan schema. Compiled on first use so that `bcp --help` never pays for it. */
export function planValidator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv(planAjvOptions);
  ajvFormats.default(ajv, ['date', 'email', 'uri']);
  // Editor-only keywords (yaml-language-server shows them); ajv must know them to stay strict.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  compiled = ajv.compile(planSchema);
  return compiled;
}

/** Validates one file's data and returns ajv's raw errors (empty when valid). */
export function schemaErrors(data: unknown): ErrorObject[] {
  const validate = planValidator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
