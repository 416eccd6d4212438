import type { LoadedPlan } from '../load/load-plan.js';
import { markdownFile } from '../load/read-markdown.js';
import type { PlanData } from '../core/plan.generated.js';
import { buildModel, type PlanModel } from './plan-model.js';
import { isRecord } from '../core/plan-schema.js';
import { hiddenValues, type Audience } from './sensitive-fields.js';

export type { Audience } from './sensitive-fields.js';

/** What stands where a value was taken out and something must still be said. */
const WITHHELD = 'ask the plan owner';

/**
 * A copy of the plan data for an audience: every value the schema marks above it is taken out. A value the
 * templates need (an active person's phone) is replaced by words that say what to do instead (call the main
 * number), and where a taken-out value was also written into free text (a message template naming someone's
 * direct line), it is replaced there too. Owners get the data unchanged.
 */
export function redactPlanData<T extends PlanData>(data: T, audience: Audience): T {
  if (audience === 'owners') return data;
  const copy = structuredClone(data);
  const hidden = hiddenValues(copy, audience);
  const mainNumber = findMainNumber(copy);
  const scrub = scrubber(
    hidden.flatMap(({ value, field }) => texts(value).map((text) => ({ text, phone: field.phone }))),
  );
  for (const { path, field } of hidden) {
    const parent = valueAt(copy, path.slice(0, -1));
    const key = path.at(-1);
    if (!isRecord(parent) || typeof key !== 'string') continue;
    if (field.required) parent[key] = field.phone ? mainNumber : WITHHELD;
    else delete parent[key];
  }
  return replaceStrings(copy, scrub) as T;
}

/** Removes taken-out values from a text (a Markdown procedure, a message template). */
export function scrubber(values: { text: string; phone: boolean }[]): (text: string) => string {
  const phones = values
    .filter((v) => v.phone)
    .map((v) => phoneKey(v.text))
    .filter((key) => key.length >= 6);
  const others = values.filter((v) => !v.phone && v.text.length >= 4).map((v) => v.text);
  return (text) => {
    let out = text.replace(PHONE_LIKE, (match) =>
      phones.some((key) => phoneKey(match).endsWith(key)) ? 'the main number' : match,
    );
    for (const value of others) out = out.split(value).join(WITHHELD);
    return out;
  };
}

/** Phone-like runs in text: digits with spaces, dots, dashes or brackets, an optional leading +. */
export const PHONE_LIKE = /\+?\(?\d[\d\s().-]{4,}\d/g;

/**
 * The part of a number that stays the same however it is written: the last eight digits (so +61 2 5550 0109 and
 * 02 5550 0109 match), or all of them when shorter.
 */
export function phoneKey(text: string): string {
  return text.replace(/\D/g, '').slice(-8);
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (isRecord(value)) return Object.values(value).flatMap(texts);
  return [];
}

function replaceStrings(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, replace));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, replace)]));
  return value;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
}

/** The business's main number (the first site with a phone), which a public copy gives in place of people's own. */
function findMainNumber(data: PlanData): string {
  const site = (data.premises ?? []).find((premises) => premises.phone);
  // The number first, so that the site still makes it a tap-to-call link.
  return site?.phone ? `${site.phone} (main number)` : 'through the office';
}

/**
 * The model an audience's build is made from, and the scrub that takes the same values out of other text
 * (bcp's own findings shown on the plan-health page).
 */
export function modelForAudience(
  loaded: LoadedPlan,
  model: PlanModel,
  audience: Audience,
): { model: PlanModel; scrub: (text: string) => string } {
  if (audience === 'owners') return { model, scrub: (text) => text };
  const hidden = hiddenValues(loaded.data, audience);
  const scrub = scrubber(
    hidden.flatMap(({ value, field }) => texts(value).map((text) => ({ text, phone: field.phone }))),
  );
  const markdown = new Map(
    [...loaded.markdown].map(([key, file]) => [key, markdownFile(file.relative, file.path, scrub(file.text))]),
  );
  return { model: buildModel({ ...loaded, data: redactPlanData(loaded.data, audience), markdown }), scrub };
}
