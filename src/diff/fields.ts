import type { PlanPath } from '../core/plan-path.js';
import { parseDuration } from '../core/duration.js';
import { isRecord } from '../core/plan-schema.js';
import { diffSteps } from './steps.js';
import type { ChangedItem, DiffInput, PlanChange, Risk } from './types.js';
import { emailDomain, normalize, phoneTail, quote, same, sameDuration, show } from './values.js';

export type FieldKind =
  | 'text'
  | 'duration'
  | 'phone'
  | 'phones'
  | 'email'
  | 'account'
  | 'steps'
  | 'ref'
  | 'refs'
  | 'strings'
  | 'object'
  | 'records'
  | 'markdown';

/** How one field of an item is compared and described. Fields without a spec are compared by value. */
export interface FieldSpec {
  label: string;
  kind: FieldKind;
  /** A copy printed before a change to this field misleads in an outage. */
  relevant?: boolean;
  /** For `ref` and `refs`: the list the ids point into, so that people and vendors are named, not coded. */
  refersTo?: string;
  /** The risk this field's change carries (a raised duration, a changed number or rerouting step). */
  risk?: Risk;
  /** For `object` and `records`: how their own fields are described. */
  fields?: Record<string, FieldSpec>;
  /** For `records`: the key that matches items (`id`, `name`) and the word for one of them. */
  key?: string;
  noun?: string;
  /** Words of its own for this field's change (undefined: no change worth saying), instead of the kind's. */
  describe?: (before: unknown, after: unknown) => { summary: string; risk?: Risk } | undefined;
  /** What changes for a person in an outage, given the item's name and the change in words. */
  outage?: (name: string, summary: string) => string;
}

/** What the field comparisons need: both plans (to name people by id) and where the changes go. */
export interface DiffScope {
  before: DiffInput;
  after: DiffInput;
  names: (list: string, id: unknown) => string;
  out: PlanChange[];
}

interface At {
  item: ChangedItem;
  path: PlanPath;
}

/** Compares two versions of one item (or mapping section) field by field. */
export function diffFields(
  scope: DiffScope,
  at: At,
  before: unknown,
  after: unknown,
  specs: Record<string, FieldSpec>,
  prefix = '',
  /** Put before every label, also those of listed fields: the record a field belongs to. */
  owner = '',
): void {
  const old = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(now), ...Object.keys(old)])].filter((key) => key !== 'id');
  for (const key of keys) {
    const listed = specs[key];
    const spec = listed
      ? { ...listed, label: `${owner}${listed.label}` }
      : guessSpec(key, now[key] ?? old[key], prefix);
    diffField(scope, { ...at, path: [...at.path, key] }, spec, old[key], now[key]);
  }
}

function guessSpec(key: string, value: unknown, prefix: string): FieldSpec {
  const label = `${prefix}\`${key}\``;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return { label, kind: 'strings' };
  if (Array.isArray(value) && value.every((v) => isRecord(v) && typeof v.id === 'string'))
    return { label, kind: 'records', key: 'id', noun: key };
  if (isRecord(value)) return { label, kind: 'object', fields: {} };
  return { label, kind: 'text' };
}

function diffField(scope: DiffScope, at: At, spec: FieldSpec, before: unknown, after: unknown): void {
  if (before === undefined && after === undefined) return;
  const emit = (summary: string, risk?: Risk): void => {
    scope.out.push({
      item: at.item,
      kind: 'changed',
      summary,
      path: at.path,
      outageRelevant: spec.relevant ?? false,
      ...(risk ? { risk } : {}),
      ...(spec.outage ? { outage: spec.outage(at.item.name, summary) } : {}),
    });
  };
  if (!spec.describe) return describeField(scope, at, spec, before, after, emit);
  if (same(before, after)) return;
  const own = spec.describe(before, after);
  if (own) emit(own.summary, own.risk);
}

type Emit = (summary: string, risk?: Risk) => void;

function describeField(scope: DiffScope, at: At, spec: FieldSpec, before: unknown, after: unknown, emit: Emit): void {
  const { label } = spec;
  switch (spec.kind) {
    case 'duration':
      return describeDuration(spec, before, after, emit);
    case 'phone':
      if (same(before, after)) return;
      if (before === undefined) return emit(`${label} added (ending in ${phoneTail(after)})`);
      if (after === undefined) return emit(`${label} removed`, spec.risk);
      return emit(`${label} changed (now ending in ${phoneTail(after)})`, spec.risk);
    case 'email':
      if (same(before, after)) return;
      return emit(after === undefined ? `${label} removed` : `${label} changed (now ${emailDomain(after)})`);
    case 'account':
      if (same(before, after)) return;
      return emit(after === undefined ? `${label} removed` : `${label} changed (now ending in ${tail(after)})`);
    case 'phones':
      return describeSet(list(before), list(after), (added, removed) => {
        const parts = [
          ...added.map((p) => `number ending in ${phoneTail(p)} added`),
          ...removed.map((p) => `number ending in ${phoneTail(p)} removed`),
        ];
        emit(`${label}: ${parts.join(', ')}`, spec.risk);
      });
    case 'steps':
      for (const change of diffSteps(before, after, (id) => scope.names('people', id))) {
        emit(`${label}: ${change.summary}`, change.removedNet ? 'step-removed' : spec.risk);
      }
      return;
    case 'ref':
      if (same(before, after)) return;
      if (before === undefined) return emit(`${label} is now ${name(scope, spec, after)}`);
      if (after === undefined) return emit(`${label} ${name(scope, spec, before)} removed`);
      return emit(`${label} changed from ${name(scope, spec, before)} to ${name(scope, spec, after)}`);
    case 'refs':
      return describeSet(list(before), list(after), (added, removed) => {
        const parts = [
          ...(added.length ? [`added ${added.map((id) => name(scope, spec, id)).join(', ')}`] : []),
          ...(removed.length ? [`removed ${removed.map((id) => name(scope, spec, id)).join(', ')}`] : []),
        ];
        emit(`${label}: ${parts.join('; ')}`);
      });
    case 'strings':
      return describeSet(list(before), list(after), (added, removed) => {
        const parts = [...added.map((s) => `added ${quote(s, 60)}`), ...removed.map((s) => `removed ${quote(s, 60)}`)];
        emit(`${label}: ${parts.join('; ')}`);
      });
    case 'object':
      if (!isRecord(before) || !isRecord(after)) return describeWhole(label, before, after, emit);
      return diffFields(scope, at, before, after, spec.fields ?? {}, `${label} `);
    case 'records':
      return describeRecords(scope, at, spec, before, after, emit);
    case 'markdown':
      return describeMarkdown(scope, label, before, after, emit);
    default:
      return describeText(label, before, after, emit);
  }
}

function describeDuration(spec: FieldSpec, before: unknown, after: unknown, emit: Emit): void {
  if (sameDuration(before, after)) return;
  const { label } = spec;
  if (before === undefined) return emit(`${label} set to ${show(after)}`);
  if (after === undefined) return emit(`${label} removed (was ${show(before)})`);
  const [old, now] = [parseDuration(String(before)), parseDuration(String(after))];
  if (old === undefined || now === undefined) return emit(`${label} changed from ${show(before)} to ${show(after)}`);
  if (now > old) return emit(`${label} raised from ${show(before)} to ${show(after)}`, spec.risk);
  return emit(`${label} lowered from ${show(before)} to ${show(after)}`);
}

function describeText(label: string, before: unknown, after: unknown, emit: Emit): void {
  if (same(before, after)) return;
  if (before === undefined) return emit(`${label} added: ${show(after)}`);
  if (after === undefined) return emit(`${label} removed`);
  const long = typeof after === 'string' && after.length > 40;
  return emit(long ? `${label} reworded: ${quote(after)}` : `${label} changed from ${show(before)} to ${show(after)}`);
}

function describeWhole(label: string, before: unknown, after: unknown, emit: Emit): void {
  if (same(before, after)) return;
  emit(before === undefined ? `${label} added` : after === undefined ? `${label} removed` : `${label} changed`);
}

function describeRecords(scope: DiffScope, at: At, spec: FieldSpec, before: unknown, after: unknown, emit: Emit): void {
  const key = spec.key ?? 'id';
  const noun = spec.noun ?? 'item';
  const old = list(before).filter(isRecord);
  const now = list(after).filter(isRecord);
  const label = (record: Record<string, unknown>): string => show(record.name ?? record.title ?? record[key]);
  const keyOf = (record: Record<string, unknown>): string => JSON.stringify(normalize(record[key]));
  const oldByKey = new Map(old.map((record) => [keyOf(record), record]));
  const nowKeys = new Set(now.map(keyOf));
  for (const [index, record] of now.entries()) {
    const match = oldByKey.get(keyOf(record));
    if (match && same(match, record)) continue;
    if (!match) {
      emit(`${spec.label}: ${noun} ${label(record)} added`);
      continue;
    }
    const child = { ...at, path: [...at.path, index] };
    const owner = `${spec.label}: ${noun} ${label(record)} `;
    diffFields(scope, child, match, record, spec.fields ?? {}, owner, owner);
  }
  for (const record of old.filter((o) => !nowKeys.has(keyOf(o)))) {
    emit(`${spec.label}: ${noun} ${label(record)} removed`, spec.risk === 'number-changed' ? spec.risk : undefined);
  }
}

function describeMarkdown(scope: DiffScope, label: string, before: unknown, after: unknown, emit: Emit): void {
  if (!same(before, after)) {
    if (after === undefined) return emit(`${label} removed`);
    return emit(before === undefined ? `${label} added: \`${String(after)}\`` : `${label} is now \`${String(after)}\``);
  }
  const [old, now] = [scope.before.markdown.get(String(before)), scope.after.markdown.get(String(after))];
  if (!same(old, now)) emit(`${label} \`${String(after)}\` changed`);
}

function describeSet(
  before: unknown[],
  after: unknown[],
  report: (added: unknown[], removed: unknown[]) => void,
): void {
  const added = after.filter((a) => !before.some((b) => same(a, b)));
  const removed = before.filter((b) => !after.some((a) => same(a, b)));
  if (added.length > 0 || removed.length > 0) report(added, removed);
}

function name(scope: DiffScope, spec: FieldSpec, id: unknown): string {
  return spec.refersTo ? scope.names(spec.refersTo, id) : show(id);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function tail(value: unknown): string {
  const text = String(value).replace(/\s+/g, '');
  return text.length <= 4 ? '(too short to show)' : text.slice(-4);
}
