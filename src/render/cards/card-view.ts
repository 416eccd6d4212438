import { stepsOf } from '../../model/fact.js';
import type { Person, Scenario, Step } from '../../core/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';
import { inlineMarkdownToHtml } from '../markdown.js';
import { plainText } from '../plain-text.js';

/** A card has room for this many duties; the rest are in the binder, and the card says how many. */
const MAX_DUTIES = 4;
/** Long enough to recognise the step, short enough for two lines of a card. */
const MAX_ACTION = 110;

export interface Contact {
  name: string;
  phone: string;
}

/** What one person does in a scenario: lead it, cover for its lead, or own a step of it. */
export interface Duty {
  scenario: string;
  /** "You lead", "If Daniel Okafor is away, you lead", "Your step". */
  part: string;
  /** The same in words for a page about several people: "leads", "leads if Daniel Okafor is away", "owns a step". */
  theirPart: string;
  /** Their first action in it. */
  action: string;
}

/** One wallet card: the front is what this person does, the back whom they call and the numbers to have. */
export interface WalletCard {
  id: string;
  name: string;
  role: string;
  phone: string | null;
  duties: Duty[];
  /** Duties that did not fit on the card. */
  more: number;
  callsFirst: Contact | null;
  calledBy: Contact[];
  owner: Contact | null;
  emergency: Contact[];
}

/** A card for everyone still with the business, in the order of `people`; nobody who left gets one. */
export function walletCards(plan: PlanModel): WalletCard[] {
  const people = (plan.data.people ?? []).filter((person) => person.status !== 'left');
  const owner = plan.people.get(plan.data.plan.owner);
  const emergency = (plan.data.plan.emergency_numbers ?? []).map(({ name, phone }) => ({ name, phone }));
  return people.map((person) => {
    const duties = dutiesOf(plan, person);
    const first = person.calls?.[0];
    return {
      id: person.id,
      name: person.name,
      role: person.role,
      phone: person.phone ?? person.mobile ?? null,
      duties: duties.slice(0, MAX_DUTIES),
      more: Math.max(0, duties.length - MAX_DUTIES),
      callsFirst: contact(first ? plan.people.get(first) : undefined),
      calledBy: people.filter((p) => p.calls?.includes(person.id)).flatMap((p) => contact(p) ?? []),
      owner: owner && owner.id !== person.id ? contact(owner) : null,
      emergency,
    };
  });
}

/**
 * Scenarios they lead first, then those they cover for the lead, then those where they own a step. Each action is
 * cut to `maxAction` characters: a card has room for two lines, a team extract for the whole step.
 */
export function dutiesOf(plan: PlanModel, person: Person, maxAction = MAX_ACTION): Duty[] {
  const scenarios = plan.data.scenarios ?? [];
  const lead = scenarios.filter((s) => s.lead === person.id);
  // A lead not known yet (`tbc`) has nobody to cover for.
  const leadOf = (s: Scenario): string | undefined =>
    typeof s.lead === 'string' && s.lead !== 'tbc' ? s.lead : undefined;
  const cover = scenarios.filter((s) => {
    const id = leadOf(s);
    return id !== undefined && id !== person.id && plan.people.get(id)?.deputy === person.id;
  });
  const covered = new Set([...lead, ...cover]);
  const steps = scenarios.filter((s) => !covered.has(s) && firstOwnedStep(s, person.id) !== undefined);
  return [
    ...lead.map((s) =>
      duty(s, ['You lead', 'leads'], firstOwnedStep(s, person.id) ?? stepsOf(s.workaround)[0], maxAction),
    ),
    ...cover.map((s) => {
      const id = leadOf(s) ?? '';
      const name = plan.people.get(id)?.name ?? id;
      const parts: [string, string] = [`If ${name} is away, you lead`, `leads if ${name} is away`];
      return duty(s, parts, stepsOf(s.workaround)[0], maxAction);
    }),
    ...steps.map((s) => duty(s, ['Your step', 'owns a step'], firstOwnedStep(s, person.id), maxAction)),
  ];
}

/** Their first step in the workaround, else in the recovery, else in back to normal. */
function firstOwnedStep(scenario: Scenario, personId: string): Step | undefined {
  return [...stepsOf(scenario.workaround), ...stepsOf(scenario.recovery), ...stepsOf(scenario.back_to_normal)].find(
    (step) => typeof step !== 'string' && step.owner === personId,
  );
}

function duty(
  scenario: Scenario,
  [part, theirPart]: [string, string],
  step: Step | undefined,
  maxAction: number,
): Duty {
  const action = step === undefined ? '' : typeof step === 'string' ? step : step.action;
  // Steps are Markdown; a card has room for their words only.
  return {
    scenario: scenario.title,
    part,
    theirPart,
    action: shorten(plainText(inlineMarkdownToHtml(action)), maxAction),
  };
}

export function contact(person: Person | undefined): Contact | null {
  const phone = person?.phone ?? person?.mobile;
  return person && phone ? { name: person.name, phone } : null;
}

function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}
