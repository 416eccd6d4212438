import type { PersonView } from './people.js';

/** One person on the call tree and the people they call, for the binder's contact sheet and the site. */
export interface CallTreeNode {
  person: PersonView;
  children: CallTreeNode[];
}

/**
 * Who calls whom, as nested lists: the plan owner first, then anyone nobody calls. Each person appears once,
 * so a loop in `calls` cannot recurse forever; people no chain reaches are listed as roots of their own.
 */
export function callTree(people: PersonView[], ownerId: string): CallTreeNode[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const called = new Set(people.flatMap((person) => person.calls.map((call) => call.id)));
  const seen = new Set<string>();
  const node = (person: PersonView): CallTreeNode => {
    seen.add(person.id);
    const children = person.calls.flatMap((call) => {
      const callee = byId.get(call.id);
      return callee && !seen.has(callee.id) ? [callee] : [];
    });
    // Mark before descending so that siblings are not claimed twice by deeper branches.
    for (const child of children) seen.add(child.id);
    return { person, children: children.map((child) => node(child)) };
  };
  const starts = [
    ...people.filter((p) => p.id === ownerId),
    ...people.filter((p) => p.id !== ownerId && !called.has(p.id)),
  ];
  const roots: CallTreeNode[] = [];
  for (const person of [...starts, ...people]) {
    if (!seen.has(person.id)) roots.push(node(person));
  }
  return roots;
}
