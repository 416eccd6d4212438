import type { Person } from '../../model/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';
import { mailtoUrl, telUrl } from '../safe-url.js';

/** A person as templates show them: every field present (null when absent), links already made safe. */
export interface PersonView {
  id: string;
  name: string;
  role: string;
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
}

export function personView(plan: PlanModel, person: Person): PersonView {
  const deputy = person.deputy ? plan.people.get(person.deputy) : undefined;
  return {
    id: person.id,
    name: person.name,
    role: person.role,
    // Only someone who left may have no phone, and they are not on the call tree.
    phone: person.phone ?? '',
    phoneHref: telUrl(person.phone) ?? null,
    mobile: person.mobile ?? null,
    mobileHref: telUrl(person.mobile) ?? null,
    email: person.email ?? null,
    emailHref: mailtoUrl(person.email) ?? null,
    deputy: deputy
      ? { id: deputy.id, name: deputy.name, phone: deputy.phone ?? '', phoneHref: telUrl(deputy.phone) ?? null }
      : null,
    knowHow: person.know_how ?? [],
    onCallTree: person.call_tree !== false && person.status !== 'left',
    calls: (person.calls ?? []).flatMap((id) => {
      const callee = plan.people.get(id);
      return callee ? [{ id, name: callee.name }] : [];
    }),
    left: person.status === 'left',
    leftOn: person.left_on ?? null,
    notes: person.notes ?? null,
  };
}

/** A view of the person with this id; validation guarantees that it exists. */
export function personById(plan: PlanModel, id: string): PersonView {
  const person = plan.people.get(id);
  if (!person) throw new Error(`person ${id} is not in the plan`);
  return personView(plan, person);
}
