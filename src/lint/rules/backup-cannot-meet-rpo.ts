import { formatDuration, parseDuration } from '../../model/duration.js';
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
      const rpo = parseDuration(scenario.rpo);
      if (rpo === undefined) return;
      for (const systemId of scenario.systems ?? []) {
        const system = plan.systems.get(systemId);
        const intervals = (system?.backups ?? [])
          .map((backup) => ({ backup, minutes: parseDuration(backup.interval) ?? Infinity }))
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
