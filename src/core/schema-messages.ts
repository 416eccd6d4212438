import type { ErrorObject } from 'ajv';
import { describe } from './nouns.js';
import type { SchemaNode } from './plan-schema.js';
import { didYouMean } from './did-you-mean.js';
import { UNKNOWABLE, unknowableTitle } from './filter-schema-errors.js';

// Values of these kinds are personal data: a message names the field, never the value (CI logs are kept by others).
const PRIVATE_TITLES = new Set(['Phone number', 'E-mail address']);

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys',
  null: 'empty',
};

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

function shown(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

/** One sentence, in a continuity owner's words, for one ajv error. `data` is the file's content. */
export function schemaMessage(error: ErrorObject, data: unknown, path: (string | number)[]): string {
  const subject = describe(data, path);
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const isPrivate = PRIVATE_TITLES.has(parent.title ?? '');
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${subject} has no \`${String(params.missingProperty)}\``;
    case 'additionalProperties':
      return unknownKey(String(params.additionalProperty), subject, Object.keys(parent.properties ?? {}));
    case 'type':
      return wrongType(subject, String(params.type), error.data);
    case 'pattern': {
      const advice = typeof parent.patternErrorMessage === 'string' ? parent.patternErrorMessage : 'check its format';
      return isPrivate
        ? `${subject} is not a valid ${parent.title?.toLowerCase()}. ${advice}`
        : `${subject} is ${shown(error.data)}. ${advice}`;
    }
    case 'format':
      return wrongFormat(subject, String(params.format), error.data, isPrivate);
    case 'enum':
      return wrongChoice(subject, error.data, (params.allowedValues as unknown[]).map(String));
    case 'minItems':
      return `${subject} is empty; add at least ${String(params.limit)}`;
    case 'minLength':
      return `${subject} is empty; write something or remove the key`;
    case 'uniqueItems':
      return `${subject} lists the same value twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1})`;
    case 'minimum':
      return `${subject} must be ${String(params.limit)} or more`;
    case 'anyOf': {
      const title = unknowableTitle(error);
      return `${subject} ${title ? UNKNOWABLE[title] : 'must be a sentence, or a mapping with an `action`'}`;
    }
    default:
      return `${subject} ${error.message ?? 'is not valid'}`;
  }
}

function unknownKey(key: string, subject: string, allowed: string[]): string {
  const where = subject === 'the file' ? 'at the top of the file' : `in ${subject}`;
  const guess = didYouMean(key, allowed);
  if (guess) return `unknown key \`${key}\` ${where} — did you mean \`${guess}\`?`;
  return `unknown key \`${key}\` ${where}; allowed keys are ${allowed.map((k) => `\`${k}\``).join(', ')}`;
}

function wrongType(subject: string, expected: string, value: unknown): string {
  const want = expected
    .split(',')
    .map((t) => typeWords[t] ?? t)
    .join(' or ');
  const found = typeWords[typeOf(value)] ?? typeOf(value);
  if (subject === 'the file') return `the file must be ${want} (sections like \`scenarios:\`), not ${found}`;
  const quote = expected === 'string' && (typeof value === 'number' || typeof value === 'boolean');
  // YAML 1.2 reads 0400123456 and 1.10 as numbers, dropping the 0 or the trailing digit: quoting keeps them.
  const advice = quote ? '; put it in quotes so it is kept exactly as written' : '';
  return `${subject} must be ${want}, not ${found}${advice}`;
}

function wrongFormat(subject: string, format: string, value: unknown, isPrivate: boolean): string {
  if (format === 'date') return `${subject} is ${shown(value)}, which is not a real date`;
  if (format === 'email') return `${subject} is not a valid e-mail address`;
  if (format === 'uri') return `${subject} is not a valid web address`;
  return isPrivate ? `${subject} is not a valid ${format}` : `${subject} is ${shown(value)}, not a valid ${format}`;
}

function wrongChoice(subject: string, value: unknown, allowed: string[]): string {
  const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
  const options = allowed.map((v) => `\`${v}\``).join(', ');
  return guess
    ? `${subject} is ${shown(value)} — did you mean \`${guess}\`? Allowed: ${options}`
    : `${subject} is ${shown(value)}; use one of ${options}`;
}
