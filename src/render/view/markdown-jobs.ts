import { isRecord } from '../../core/is-record.js';
import type { MarkdownJob } from '../markdown-ahead.js';
import { documentIdPrefix } from './documents.js';
import { procedureIdPrefix } from './scenarios.js';

/** What the jobs are read from: a plan as loaded, before it is validated (the workers start while it is). */
export interface MarkdownSource {
  data: unknown;
  markdown: ReadonlyMap<string, { text: string }>;
}

/**
 * The Markdown the view will render, as it will ask for it: each scenario's procedure and each document's file
 * with its id prefix, and each message template. A large plan has these rendered ahead in worker threads; what is
 * left out or asked differently (a plan not yet valid, a redacted audience) is rendered when the view asks, so this
 * list decides only where the work is done, never the output.
 */
export function markdownJobs(plan: MarkdownSource): MarkdownJob[] {
  const data = record(plan.data);
  const fileOf = (item: Record<string, unknown>, key: string): string | undefined => {
    const file = item[key];
    return typeof file === 'string' ? plan.markdown.get(file)?.text : undefined;
  };
  const jobs: MarkdownJob[] = [];
  for (const scenario of withIds(data.scenarios)) {
    const markdown = fileOf(scenario, 'procedure');
    if (markdown !== undefined) jobs.push({ markdown, idPrefix: procedureIdPrefix(scenario) });
  }
  for (const document of withIds(data.documents)) {
    const markdown = fileOf(document, 'file');
    if (markdown !== undefined) jobs.push({ markdown, idPrefix: documentIdPrefix(document) });
  }
  for (const template of withIds(record(data.communication).templates))
    if (typeof template.text === 'string') jobs.push({ markdown: template.text, idPrefix: '' });
  return jobs;
}

/** A mapping's entries; nothing for anything else (the plan is not validated yet). */
function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** The items of a list that have an id, as the view will see them once the plan is valid. */
function withIds(list: unknown): (Record<string, unknown> & { id: string })[] {
  if (!Array.isArray(list)) return [];
  return list
    .map(record)
    .filter((item): item is Record<string, unknown> & { id: string } => typeof item.id === 'string');
}
