import type { ErrorObject } from 'ajv';
import type { SchemaNode } from './plan-schema.js';
import { didYouMean } from './did-you-mean.js';

/**
 * A key written as `rpo_hours` gives two errors: an unknown `rpo_hours` and a missing `rpo`. The first already
 * says "did you mean `rpo`?", so the second is an echo that would have the owner add a key they already wrote.
 */
export function dropRenamedRequired(errors: readonly ErrorObject[]): ErrorObject[] {
  const renamed = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const allowed = Object.keys((error.parentSchema as SchemaNode | undefined)?.properties ?? {});
    const guess = didYouMean(String((error.params as Record<string, unknown>).additionalProperty), allowed);
    if (guess) renamed.add(`${error.instancePath}|${guess}`);
  }
  return errors.filter(
    (error) =>
      error.keyword !== 'required' ||
      !renamed.has(`${error.instancePath}|${String((error.params as Record<string, unknown>).missingProperty)}`),
  );
}
