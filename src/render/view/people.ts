import type { Person } from '../../core/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';
import { reachable } from '../../model/reachable.js';

export { reachable };
import { mailtoUrl, telUrl } from '../safe-url.js';

/** A person as templates show them: every field present (null when absent), links already made safe. */
export interface PersonView {
  id: string;
  name: string;
  role: string;
  /** For someone from outside: how they work with us and their own company ("locum, Coastal Locums"); else null. */
  outside: string | null;
  phone: string;
  phoneHref: string | null;
  mobile: string | null;
  mobileHref: string | null;
  email: string | null;
  emailHref: string | null;
  deputy: { id: string; name: string; phone: string; phoneHref: string | null } | null;
  knowHow: string[];
  onCallTree: boolean;
  calls: { id: string; name: string }[];
  left: boolean;
  leftOn: string | null;
  notes: string | null;
  /** True when this person is shown in place of someone named in the plan who left (their deputy or cover). */
  standsIn: boolean;
}

export function personView(plan: PlanModel, person: Person, standsIn = false): PersonView {
  // A deputy who left is no deputy: their own deputy (or cover) is who to call next, if anyone.
  const deputy = person.deputy ? reachable(plan, person.deputy) : undefined;
  const callees = (person.calls ?? []).flatMap((id) => {
    const callee = reachable(plan, id);
    return callee && callee.id !== person.id ? [{ id: callee.id, name: callee.name }] : [];
  });
  return {
    id: person.id,
    name: person.name,
    role: person.role,
    outside: outsideWords(person),
    // Only someone who left may have no phone, and they are not on the call tree.
    phone: person.phone ?? '',
    phoneHref: telUrl(person.phone) ?? null,
    mobile: person.mobile ?? null,
    mobileHref: telUrl(person.mobile) ?? null,
    email: person.email ?? null,
    emailHref: mailtoUrl(person.email) ?? null,
    deputy:
      deputy && deputy.id !== person.id
        ? { id: deputy.id, name: deputy.name, phone: deputy.phone ?? '', phoneHref: telUrl(deputy.phone) ?? null }
        : null,
    knowHow: person.know_how ?? [],
    onCallTree: person.call_tree !== false && person.status !== 'left',
    calls: [...new Map(callees.map((callee) => [callee.id, callee])).values()],
    left: person.status === 'left',
    leftOn: person.left_on ?? null,
    notes: person.notes ?? null,
    standsIn,
  };
}

/** The view of whoever answers for a role held by `id` (see `reachable`); null when nobody still here can. */
export function reachableView(plan: PlanModel, id: string): PersonView | null {
  const person = reachable(plan, id);
  return person ? personView(plan, person, person.id !== id) : null;
}

/** The name of whoever answers for `id`'s role, for lines that only name them. */
export function reachableName(plan: PlanModel, id: string): string | null {
  return reachable(plan, id)?.name ?? null;
}

/** A view of the person with this id; validation guarantees that it exists. */
export function personById(plan: PlanModel, id: string): PersonView {
  const person = plan.people.get(id);
  if (!person) throw new Error(`person ${id} is not in the plan`);
  return personView(plan, person);
}

/** "contractor, Kestrel IT" for someone from outside; null for staff (the default kind) and owners. */
function outsideWords(person: Person): string | null {
  const kind = person.kind && !['staff', 'owner'].includes(person.kind) ? person.kind : undefined;
  const words = [kind, person.organization].filter((w): w is string => Boolean(w));
  return words.length > 0 ? words.join(', ') : null;
}
