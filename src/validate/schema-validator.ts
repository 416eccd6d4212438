import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import { planSchema } from '../core/plan-schema.js';
import { precompiled } from './standalone.js';

// ajv is CommonJS: required (synchronously) only when the schema must be compiled here rather than ahead of time.
const require = createRequire(import.meta.url);

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
  const ajvFormats = require('ajv-formats') as typeof import('ajv-formats');
  ajvFormats.default(ajv, ['date', 'email', 'uri']);
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-sensitivity', schemaType: 'string', metaSchema: { enum: ['personal', 'secret'] } });
  return ajv;
}

/** An ajv set up for the plan schema; `extra` adds options (standalone code generation). */
export function planAjv(extra: Options = {}): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  return addPlanKeywords(new AjvClass({ ...planAjvOptions, ...extra }));
}

/** Where `npm run compile` writes the plan schema's validator (scripts/compile-validators.mjs). */
export const PLAN_VALIDATOR_FILE = 'plan-validator.standalone.cjs';

let compiled: ValidateFunction | undefined;

/**
 * The compiled plan schema: the one compiled at `npm run compile`, else compiled now (when running the sources, or
 * when the schema changed since). Either way on first use, so that `bcp --help` never pays for it.
 */
export function planValidator(): ValidateFunction {
  compiled ??= precompiled(new URL(PLAN_VALIDATOR_FILE, import.meta.url), planSchema()) ?? compilePlanSchema();
  return compiled;
}

/** The plan schema compiled at run time, as the ahead-of-time module is at compile time. */
export function compilePlanSchema(): ValidateFunction {
  return planAjv().compile(planSchema());
}

/** Validates one file's data and returns ajv's raw errors (empty when valid). */
export function schemaErrors(data: unknown): ErrorObject[] {
  const validate = planValidator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
