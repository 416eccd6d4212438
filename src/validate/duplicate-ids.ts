import type { Diagnostic } from '../core/diagnostic.js';
import type { LoadedPlan } from '../load/load-plan.js';
import { formatPath } from '../core/plan-path.js';
import { itemNoun } from '../core/nouns.js';
import { fieldsUsing, valuesAt } from '../core/plan-schema.js';
import { lazy } from '../core/lazy.js';

const idFields = lazy(() => fieldsUsing('id'));

/** No id is defined twice for the same kind of thing; both places are reported, each naming the other. */
export function checkDuplicateIds(plan: LoadedPlan): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const pattern of idFields()) {
    const noun = itemNoun(pattern[pattern.length - 3]);
    const byId = new Map<string, (string | number)[][]>();
    for (const { path, value } of valuesAt(plan.data, pattern)) {
      if (typeof value === 'string') byId.set(value, [...(byId.get(value) ?? []), path]);
    }
    for (const [id, paths] of byId) {
      if (paths.length < 2) continue;
      const places = paths.map((path) => plan.locate(path));
      paths.forEach((path, index) => {
        const others = places.filter((_, i) => i !== index).map((p) => `${p.file}:${p.line}`);
        diagnostics.push({
          ruleId: 'duplicate-id',
          severity: 'error',
          message: `${noun} id \`${id}\` is defined more than once (also at ${others.join(', ')}); ids must be unique`,
          ...(places[index] as (typeof places)[number]),
          path: formatPath(path),
        });
      });
    }
  }
  return diagnostics;
}
