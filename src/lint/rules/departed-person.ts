import type { Finding, LintRule } from '../types.js';
import { personReferences } from '../person-references.js';
import { reachable } from '../../model/reachable.js';

/** Someone who left can answer no call: every role they still hold must pass to someone else. */
const rule: LintRule = {
  id: 'departed-person',
  description: 'Someone marked as left is still an owner, deputy, lead or contact.',
  severity: 'error',
  check(plan) {
    const findings: Finding[] = [];
    for (const { path, personId, role } of personReferences(plan.data)) {
      const person = plan.people.get(personId);
      if (person?.status !== 'left') continue;
      const since = person.left_on ? ` on ${person.left_on}` : '';
      findings.push({
        path,
        message: `${person.name} (\`${personId}\`) left${since} but is still named as ${role}`,
        hint: `Name who does this now, and hand over what ${person.name} knew. ${standIn(plan, personId)}`,
      });
    }
    return findings;
  },
};

/** What the binder and site show meanwhile, so the owner knows who is answering for the role today. */
function standIn(plan: Parameters<typeof reachable>[0], personId: string): string {
  const next = reachable(plan, personId);
  return next
    ? `Until then the binder and site show ${next.name} in their place (their deputy or cover).`
    : 'Until then the binder and site show nobody in their place: they have no deputy or cover who is still here.';
}

export default rule;
