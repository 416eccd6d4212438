/** A path into the plan data: section names, keys and list indexes. */
export type PlanPath = readonly (string | number)[];

/** `scenarios[2].trigger.after`: how a path is shown to people and stored in a Diagnostic. */
export function formatPath(path: PlanPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** Turns an ajv `instancePath` (`/scenarios/0/rto`) into a PlanPath, unescaping `~1` and `~0`. */
export function fromJsonPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}
