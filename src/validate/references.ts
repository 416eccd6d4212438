import type { Diagnostic } from '../core/diagnostic.js';
import type { LoadedPlan } from '../load/load-plan.js';
import { formatPath } from '../core/plan-path.js';
import { describe } from '../core/nouns.js';
import { fieldsUsing, isRecord, valuesAt, type FieldPattern } from '../core/plan-schema.js';
import { didYouMean } from '../core/did-you-mean.js';

/** The kinds of thing a plan field can point to, and the list that defines their ids. */
export const referenceTargets = {
  person: ['people', '*'],
  system: ['systems', '*'],
  vendor: ['vendors', '*'],
  premises: ['premises', '*'],
  scenario: ['scenarios', '*'],
  document: ['documents', '*'],
  form: ['forms', '*'],
  template: ['communication', 'templates', '*'],
} as const satisfies Record<string, FieldPattern>;

export type ReferenceKind = keyof typeof referenceTargets;

const where: Record<ReferenceKind, string> = {
  person: '`people`',
  system: '`systems`',
  vendor: '`vendors`',
  premises: '`premises`',
  scenario: '`scenarios`',
  document: '`documents`',
  form: '`forms`',
  template: '`communication.templates`',
};

/** The ids defined for one kind of thing. */
export function idsOf(data: unknown, kind: ReferenceKind): string[] {
  return valuesAt(data, referenceTargets[kind])
    .map(({ value }) => (isRecord(value) ? value.id : undefined))
    .filter((id): id is string => typeof id === 'string');
}

/** Every field that points at a person, system, vendor, ... must name one that exists. */
export function checkReferences(plan: LoadedPlan): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const kind of Object.keys(referenceTargets) as ReferenceKind[]) {
    const ids = idsOf(plan.data, kind);
    const known = new Set(ids);
    const tbcAllowed = new Set(
      fieldsUsing(`${kind}OrTbc`).flatMap((pattern) =>
        valuesAt(plan.data, pattern).map(({ path }) => formatPath(path)),
      ),
    );
    for (const pattern of fieldsUsing(`${kind}Ref`)) {
      for (const { path, value } of valuesAt(plan.data, pattern)) {
        if (typeof value !== 'string' || known.has(value)) continue;
        // `lead: tbc` says nobody is named yet; it is not the id of a person called "tbc".
        if (value === 'tbc' && tbcAllowed.has(formatPath(path))) continue;
        const guess = didYouMean(value, ids);
        const field = describe(plan.data, path);
        diagnostics.push({
          ruleId: 'reference',
          severity: 'error',
          message: `${field} names ${kind} \`${value}\`, but there is no ${kind} with that id in ${where[kind]}${guess ? ` — did you mean \`${guess}\`?` : ''}`,
          ...plan.locate(path),
          path: formatPath(path),
        });
      }
    }
  }
  return diagnostics;
}
