import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { planSchema } from '../core/plan-schema.js';

/**
 * strict: a typo in the schema's keywords fails loudly; verbose: errors carry the schema and value for messages.
 * strictRequired is off because `else: { required: [phone] }` (someone who left needs no phone) names a
 * property defined beside the `if`, which ajv's strictRequired does not look at.
 */
export const planAjvOptions = { allErrors: true, strict: true, strictRequired: false, verbose: true } as const;

/**
 * The formats and the annotation keywords the plan schema uses; ajv must know them to stay strict.
 * patternErrorMessage is for editors (yaml-language-server shows it); x-sensitivity marks personal and secret
 * values, which a build for a wider audience leaves out (see src/model/redact.ts).
 */
export function addPlanKeywords(ajv: Ajv): Ajv {
  ajvFormats.default(ajv, ['date', 'email', 'uri']);
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-sensitivity', schemaType: 'string', metaSchema: { enum: ['personal', 'secret'] } });
  return ajv;
}

let compiled: ValidateFunction | undefined;

/** The compiled plan schema. Compiled on first use so that `bcp --help` never pays for it. */
export function planValidator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv(planAjvOptions);
  addPlanKeywords(ajv);
  compiled = ajv.compile(planSchema());
  return compiled;
}

/** Validates one file's data and returns ajv's raw errors (empty when valid). */
export function schemaErrors(data: unknown): ErrorObject[] {
  const validate = planValidator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
