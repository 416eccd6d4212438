import { describe } from '../../core/nouns.js';
import { unknownFacts } from '../../model/unknown-facts.js';
import type { LintRule } from '../types.js';

/**
 * A `tbc` is honest, and it is still a gap: in an outage nobody can act on "to be confirmed". Listing each one
 * keeps them on the owner's desk until they are found out. `none` (does not apply) is a decision: not reported.
 */
const rule: LintRule = {
  id: 'unknown-fact',
  description: 'A fact the plan marks as not known yet (`tbc`).',
  severity: 'info',
  check(plan) {
    return unknownFacts(plan.data)
      .filter((fact) => fact.state === 'tbc')
      .map(({ path, who }) => ({
        path,
        message: `${describe(plan.data, path)} is to be confirmed${who ? ` (${who})` : ''}`,
        hint: who
          ? `Ask whoever finds out, then write the fact in place of \`tbc\`.`
          : 'Find out, or write who will find out: `tbc: <who finds out>`.',
      }));
  },
};

export default rule;
