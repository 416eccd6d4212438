import { parse } from 'yaml';
import { fileAt } from '../git/commits.js';
import { isRecord } from '../core/plan-schema.js';
import type { PlanRepository } from './git-snapshot.js';

/** The plan's version at a commit, read from its plan.yaml alone: quicker than loading the whole plan. */
export async function versionAt(repository: PlanRepository, sha: string): Promise<string | undefined> {
  const text = await fileAt(repository.root, sha, `${repository.prefix}plan.yaml`);
  if (text === undefined) return undefined;
  try {
    const data: unknown = parse(text);
    const plan = isRecord(data) ? data.plan : undefined;
    return isRecord(plan) && typeof plan.version === 'string' ? plan.version : undefined;
  } catch {
    return undefined;
  }
}
