import type { Finding, LintRule } from '../types.js';
import { personReferences } from '../person-references.js';

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
        hint: `Name who does this now, and hand over what ${person.name} knew.`,
      });
    }
    return findings;
  },
};

export default rule;
