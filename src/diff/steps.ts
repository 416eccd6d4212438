import { isRecord } from '../core/plan-schema.js';
import { normalize, quote, same } from './values.js';

export interface StepChange {
  summary: string;
  /** A step went and nothing came in its place: what it did is no longer done. */
  removedNet?: boolean;
}

interface Step {
  text: string;
  raw: unknown;
}

/**
 * Compares two lists of steps by what each step says, not by line: a step whose words are unchanged is the same
 * step wherever it moved. Reports steps added, removed, reworded in place, reordered, and a new owner or note.
 */
export function diffSteps(before: unknown, after: unknown, person: (id: unknown) => string): StepChange[] {
  const old = steps(before);
  const now = steps(after);
  const changes: StepChange[] = [];
  const removed = old.filter((step) => !now.some((n) => n.text === step.text));
  const added = now.filter((step) => !old.some((o) => o.text === step.text));
  // A step replaced by one at the same place reads as a rewording, not as one step gone and another come.
  const reworded = added.filter((step) => {
    const position = now.indexOf(step);
    const previous = old[position];
    return previous !== undefined && removed.includes(previous);
  });
  for (const step of reworded) {
    const position = now.indexOf(step);
    changes.push({ summary: `step ${position + 1} reworded: ${quote(step.text)}` });
  }
  const rewordedOld = new Set(reworded.map((step) => old[now.indexOf(step)]));
  for (const step of added.filter((s) => !reworded.includes(s))) {
    changes.push({ summary: `new step ${now.indexOf(step) + 1}: ${quote(step.text)}` });
  }
  const gone = removed.filter((step) => !rewordedOld.has(step));
  // "With no replacement": more steps went than came.
  const net = gone.length > added.length - reworded.length;
  for (const step of gone) changes.push({ summary: `step removed: ${quote(step.text)}`, removedNet: net });
  const keptOld = old.filter((step) => !removed.includes(step)).map((s) => s.text);
  const keptNow = now.filter((step) => !added.includes(step)).map((s) => s.text);
  if (keptOld.join('\n') !== keptNow.join('\n')) changes.push({ summary: 'steps reordered' });
  for (const [index, step] of now.entries()) {
    const match = old.find((o) => o.text === step.text);
    if (match) changes.push(...detailChanges(index, match.raw, step.raw, person));
  }
  return changes;
}

function detailChanges(index: number, before: unknown, after: unknown, person: (id: unknown) => string): StepChange[] {
  const field = (step: unknown, key: string): unknown => (isRecord(step) ? step[key] : undefined);
  const changes: StepChange[] = [];
  const [owner, newOwner] = [field(before, 'owner'), field(after, 'owner')];
  if (!same(owner, newOwner)) {
    const who = newOwner === undefined ? 'no one named' : person(newOwner);
    changes.push({
      summary: `step ${index + 1} now done by ${who}${owner === undefined ? '' : ` (was ${person(owner)})`}`,
    });
  }
  for (const key of Object.keys({ ...(isRecord(before) ? before : {}), ...(isRecord(after) ? after : {}) })) {
    if (key === 'action' || key === 'owner' || same(field(before, key), field(after, key))) continue;
    changes.push({ summary: `step ${index + 1}: \`${key}\` changed` });
  }
  return changes;
}

function steps(value: unknown): Step[] {
  if (!Array.isArray(value)) return [];
  return value.map((raw) => ({ text: String(normalize(isRecord(raw) ? raw.action : raw)), raw }));
}
