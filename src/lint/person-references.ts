import { describe } from '../core/nouns.js';
import { fieldsUsing, valuesAt } from '../core/plan-schema.js';
import type { PlanData } from '../core/plan.generated.js';
import { lazy } from '../core/lazy.js';

export interface PersonReference {
  path: (string | number)[];
  personId: string;
  /** The role as a person would say it: "`lead` of scenario `crm-outage`". */
  role: string;
}

const personFields = lazy(() => fieldsUsing('personRef'));

/** Every place the plan names a person, read from the schema so that new fields are never missed. */
export function personReferences(data: PlanData): PersonReference[] {
  return personFields().flatMap((pattern) =>
    valuesAt(data, pattern)
      .filter((found): found is { path: (string | number)[]; value: string } => typeof found.value === 'string')
      .map(({ path, value }) => ({ path, personId: value, role: describe(data, path) })),
  );
}
