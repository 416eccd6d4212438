import type { Person } from '../../core/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';
import { contact, dutiesOf, type Contact, type Duty } from '../cards/card-view.js';
import { personView, reachable } from '../view/people.js';

/** A page has room for whole steps; this only stops a runaway paragraph from pushing the page over. */
const MAX_ACTION = 400;

/** One member of a team as their team's page shows them. */
export interface ExtractMember {
  id: string;
  name: string;
  role: string;
  phone: string | null;
  mobile: string | null;
  /** The parts the plan gives them beyond scenarios: "Plan owner", "Communication lead", "Deputy for Tom Fletcher". */
  standing: string[];
  /** Every scenario they lead, cover for its lead, or own a step in, with their first action. */
  duties: Duty[];
  /** Whom they call when the call tree starts; someone who left is replaced by whoever answers for them. */
  calls: Contact[];
  calledBy: Contact[];
}

/** One page: a team (or, for people without a team, a role) and what its people do in an outage. */
export interface TeamExtract {
  /** The team's name, else the role's. */
  title: string;
  kind: 'team' | 'role';
  members: ExtractMember[];
  owner: Contact | null;
  emergency: Contact[];
}

/**
 * A page per team, in the order the teams first appear in `people`; people without a `team` are grouped under
 * their role. Only people still with the business are listed: nobody who left appears on any page.
 */
export function teamExtracts(plan: PlanModel): TeamExtract[] {
  const people = (plan.data.people ?? []).filter((person) => person.status !== 'left');
  const owner = reachable(plan, plan.data.plan.owner);
  const emergency = (plan.data.plan.emergency_numbers ?? []).map(({ name, phone }) => ({ name, phone }));
  const groups = new Map<string, { kind: 'team' | 'role'; people: Person[] }>();
  for (const person of people) {
    const kind = person.team ? 'team' : 'role';
    const title = person.team ?? person.role;
    const key = `${kind}:${title}`;
    const group = groups.get(key) ?? { kind, people: [] };
    group.people.push(person);
    groups.set(key, group);
  }
  // Whom each person calls, worked out once: asking it per member of every team was quadratic in the people.
  const calls = new Map(people.map((person) => [person.id, personView(plan, person).calls.map((callee) => callee.id)]));
  return [...groups.entries()].map(([key, group]) => ({
    title: key.slice(group.kind.length + 1),
    kind: group.kind,
    members: group.people.map((person) => member(plan, person, people, calls)),
    owner: contact(owner),
    emergency,
  }));
}

function member(plan: PlanModel, person: Person, people: Person[], calls: Map<string, string[]>): ExtractMember {
  const callsOf = (someone: Person): string[] => calls.get(someone.id) ?? [];
  return {
    id: person.id,
    name: person.name,
    role: person.role,
    phone: person.phone ?? null,
    mobile: person.mobile ?? null,
    standing: standingOf(plan, person, people),
    duties: dutiesOf(plan, person, MAX_ACTION),
    calls: callsOf(person).flatMap((id) => contact(plan.people.get(id)) ?? []),
    calledBy: people.filter((p) => callsOf(p).includes(person.id)).flatMap((p) => contact(p) ?? []),
  };
}

/** Whoever answers for the plan owner and the communication lead (see `reachable`), and whom they deputise for. */
function standingOf(plan: PlanModel, person: Person, people: Person[]): string[] {
  const holds = (id: string | undefined): boolean => id !== undefined && reachable(plan, id)?.id === person.id;
  return [
    ...(holds(plan.data.plan.owner) ? ['Plan owner'] : []),
    ...(holds(plan.data.communication?.lead) ? ['Communication lead'] : []),
    ...people.filter((p) => p.deputy === person.id && p.id !== person.id).map((p) => `Deputy for ${p.name}`),
  ];
}
