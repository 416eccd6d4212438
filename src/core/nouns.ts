import { formatPath, type PlanPath } from './plan-path.js';
import { isRecord } from './plan-schema.js';

/** What one item of each list is called, in the continuity owner's words. */
const itemNouns: Record<string, string> = {
  people: 'person',
  forms: 'form',
  fields: 'field',
  closing_fields: 'field',
  columns: 'column',
  choices: 'choice',
  fallbacks: 'fallback',
  know_how: 'know-how item',
  holders: 'holder',
  cover: 'cover',
  systems: 'system',
  vendors: 'vendor',
  premises: 'premises',
  scenarios: 'scenario',
  documents: 'document',
  exercises: 'exercise',
  templates: 'template',
  channels: 'channel',
  backups: 'backup',
  restore_tests: 'restore test',
  actions: 'action',
  entries: 'critical contact',
  contacts: 'contact',
  copies: 'copy',
  local_data: 'local data entry',
  workaround: 'step',
  recovery: 'step',
  back_to_normal: 'step',
  steps: 'step',
  undo: 'step',
};

export function itemNoun(listKey: string | number | undefined): string {
  return (typeof listKey === 'string' && itemNouns[listKey]) || 'item';
}

function valueAt(data: unknown, path: PlanPath): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && typeof segment === 'string') value = value[segment];
    else return undefined;
  }
  return value;
}

/**
 * Names the thing at `path` the way a person would: "scenario `crm-outage`", "`rto` of scenario `crm-outage`",
 * "step 3 of `workaround` of scenario `crm-outage`", "`plan.owner`".
 */
export function describe(data: unknown, path: PlanPath): string {
  if (path.length === 0) return 'the file';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const listPath = path.slice(0, -1);
    const item = valueAt(data, path);
    const noun = itemNoun(listPath[listPath.length - 1]);
    if (isRecord(item) && typeof item.id === 'string') return `${noun} \`${item.id}\``;
    return `${noun} ${last + 1} of ${describe(data, listPath)}`;
  }
  const itemIndex = path.findLastIndex((segment) => typeof segment === 'number');
  if (itemIndex < 0) return `\`${formatPath(path)}\``;
  return `\`${formatPath(path.slice(itemIndex + 1))}\` of ${describe(data, path.slice(0, itemIndex + 1))}`;
}
