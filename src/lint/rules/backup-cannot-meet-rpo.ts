import { formatDuration } from '../../core/duration.js';
import { knownMinutes } from '../../model/fact.js';
import type { Finding, LintRule } from '../types.js';

/**
 * An RPO says how much data the business may lose. If the newest backup can be a whole interval old, a
 * shorter RPO is a promise the backups cannot keep.
 */
const rule: LintRule = {
  id: 'backup-cannot-meet-rpo',
  description: "A scenario's RPO is shorter than the backup interval of a system it depends on.",
  severity: 'error',
  check(plan) {
    const findings: Finding[] = [];
    (plan.data.scenarios ?? []).forEach((scenario, index) => {
      // An RPO that is to be confirmed or does not apply promises nothing a backup could break.
      const rpo = knownMinutes(scenario.rpo);
      if (rpo === undefined) return;
      for (const systemId of scenario.systems ?? []) {
        const system = plan.systems.get(systemId);
        // A backup whose interval nobody knows yet is neither proof nor disproof: unknown-fact reports it.
        const intervals = (system?.backups ?? [])
          .flatMap((backup) => {
            const minutes = knownMinutes(backup.interval);
            return minutes === undefined ? [] : [{ backup, minutes }];
          })
          .sort((a, b) => a.minutes - b.minutes);
        const best = intervals[0];
        if (!system || !best || best.minutes <= rpo) continue;
        findings.push({
          path: ['scenarios', index, 'rpo'],
          message: `scenario \`${scenario.id}\` may lose at most ${formatDuration(rpo)} of data (RPO), but ${system.name} is backed up only every ${formatDuration(best.minutes)} (backup \`${best.backup.id}\`)`,
          hint: `Back up ${system.name} at least every ${formatDuration(rpo)}, or agree a longer RPO.`,
        });
      }
    });
    return findings;
  },
};

export default rule;
