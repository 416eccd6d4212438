import type { ErrorObject } from 'ajv';
import { dropRenamedRequired } from './renamed-keys.js';

// When several errors hit the same value, the first of these is the one worth reading.
const VALUE_KEYWORDS = ['type', 'enum', 'pattern', 'format', 'minLength', 'minimum', 'anyOf'];

/**
 * Cuts ajv's full error list down to what a person needs: for an `anyOf` (a step is a sentence or a mapping),
 * only the errors of the branch whose type matched; no missing key that an unknown key is a misspelling of;
 * and one error per value.
 */
export function filterSchemaErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  // An `if`/`else` failure ("must match else schema") always comes with the error that says what is missing.
  const kept = dropRenamedRequired(dropMismatchedBranches(settleUnknowable(errors))).filter(
    (error) => error.keyword !== 'if',
  );
  const seen = new Set<string>();
  return kept
    .map((error, order) => ({ error, order, rank: rank(error) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .filter(({ error }) => {
      const key = `${error.instancePath}|${identity(error)}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.order - b.order)
    .map(({ error }) => error);
}

function rank(error: ErrorObject): number {
  const index = VALUE_KEYWORDS.indexOf(error.keyword);
  return index < 0 ? -1 : index;
}

function identity(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `required:${String(params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') return `additional:${String(params.additionalProperty)}`;
  return VALUE_KEYWORDS.includes(error.keyword) ? 'value' : error.keyword;
}

function dropMismatchedBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const prefix = `${anyOf.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of errors) {
      if (!error.schemaPath.startsWith(prefix) || !error.instancePath.startsWith(anyOf.instancePath)) continue;
      const branch = error.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const wrongType = (list: ErrorObject[]): boolean =>
      list.some((e) => e.keyword === 'type' && e.instancePath === anyOf.instancePath);
    const matching = [...branches.values()].filter((list) => !wrongType(list));
    for (const list of branches.values())
      if (matching.length === 0 || wrongType(list)) list.forEach((e) => dropped.add(e));
    if (matching.length > 0) dropped.add(anyOf);
  }
  return errors.filter((error) => !dropped.has(error));
}

// Errors that say something useful about a value that may also be `tbc`: a misspelt choice or key, a bad format.
const TELLING = new Set(['pattern', 'enum', 'additionalProperties', 'minLength']);

/**
 * A value that may be a fact or `tbc` (an `anyOf` whose branches are often `$ref`s, so ajv reports them outside
 * the `anyOf`'s schema path): keep only the errors that tell what to fix (a misspelt choice, an unknown key, a
 * bad duration), or else the `anyOf` itself, which names every accepted form.
 */
function settleUnknowable(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf' && unknowableTitle(e) !== undefined)) {
    const here = errors.filter((e) => e !== anyOf && e.instancePath === anyOf.instancePath && e.keyword !== 'anyOf');
    const deeper = errors.some((e) => e.instancePath.startsWith(`${anyOf.instancePath}/`));
    const telling = here.filter((e) => TELLING.has(e.keyword));
    for (const error of here) if (!TELLING.has(error.keyword)) dropped.add(error);
    if (telling.length > 0 || deeper) dropped.add(anyOf);
  }
  return errors.filter((error) => !dropped.has(error));
}

/** The schema title of an `anyOf` that accepts `tbc`, or undefined for any other `anyOf`. */
export function unknowableTitle(error: ErrorObject): string | undefined {
  const title = (error.parentSchema as { title?: string } | undefined)?.title;
  return title !== undefined && title in UNKNOWABLE ? title : undefined;
}

/** What each value that may be `tbc` (or that has several forms, like a form field) must be, in words. */
export const UNKNOWABLE: Record<string, string> = {
  Objective: 'must be a duration like 4h, `tbc` (not known yet) or `none` (does not apply)',
  Text: 'must be text, or `tbc` when nobody knows yet',
  Criticality: 'must be critical, high, medium, low, or `tbc` when not decided yet',
  'Person id or tbc': "must be a person's id, or `tbc` when nobody is named yet",
  Steps: 'must be a list of steps, or `tbc` when they are not worked out yet',
  Trigger: 'must be a mapping with `after` and `description`, or `tbc`',
  Category: 'must be text',
  Kind: 'must be text, like staff, contractor or locum',
  Field: 'must be a label, or a mapping with `label` and `wide`',
  Column: 'must be a heading, or a mapping with `label`, `width` and `tick`',
  Fallback: 'must be a sentence, or one of `system:`, `document:` or `form:` with an id',
};
