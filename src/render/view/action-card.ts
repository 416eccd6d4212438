import type { CallView, ScenarioView } from './scenarios.js';

/**
 * The numbers on a scenario's action card besides the lead and the deputy, who have their own lines on it: only
 * entries with a number to dial, since in an outage a name with no number is a dead end on the card (the full
 * "Who to call" list further down still shows them).
 */
export function callNumbers(scenario: Pick<ScenarioView, 'lead' | 'whoToCall'>): CallView[] {
  const onCard = [scenario.lead, scenario.lead?.deputy].flatMap((person) =>
    person ? [`${person.name}\u0000${person.phone}`] : [],
  );
  return scenario.whoToCall.filter((call) => call.phone && !onCard.includes(`${call.name}\u0000${call.phone}`));
}
