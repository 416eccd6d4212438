import type { PlanModel } from '../../model/plan-model.js';
import type { Finding, LintRule } from '../types.js';

/** "Have a backup for a backup": a critical vendor, a critical system, or a person's know-how with no second option. */
const rule: LintRule = {
  id: 'single-point-of-failure',
  description:
    'A critical vendor with no backup vendor, a critical system with no backup, know-how that only one person still here holds, or a person (with know-how, or leading a scenario) with no deputy who is still here.',
  severity: 'warning',
  check(plan) {
    return [
      ...vendorsWithoutBackup(plan),
      ...systemsWithoutBackup(plan),
      ...knowHowWithoutCover(plan),
      ...peopleWithoutDeputy(plan),
    ];
  },
};

function vendorsWithoutBackup(plan: PlanModel): Finding[] {
  const findings: Finding[] = [];
  (plan.data.vendors ?? []).forEach((vendor, index) => {
    if (vendor.criticality !== 'critical' || vendor.backup_vendor) return;
    findings.push({
      path: ['vendors', index, 'id'],
      message: `critical vendor ${vendor.name} (\`${vendor.id}\`) has no backup vendor`,
      hint: 'Agree terms with a second vendor now, and name it in `backup_vendor`.',
    });
  });
  return findings;
}

function systemsWithoutBackup(plan: PlanModel): Finding[] {
  const findings: Finding[] = [];
  (plan.data.systems ?? []).forEach((system, index) => {
    if (system.criticality !== 'critical' || system.status === 'retired') return;
    if ((system.backups ?? []).length > 0 || system.fallback_system || (system.fallbacks ?? []).length > 0) return;
    findings.push({
      path: ['systems', index, 'id'],
      message: `critical system ${system.name} (\`${system.id}\`) has neither a backup of its data nor a fallback`,
      hint: 'Add a scheduled export to independent storage (`backups`), or a way to keep working without it (`fallbacks`: a system, a document or a form).',
    });
  });
  return findings;
}

function peopleWithoutDeputy(plan: PlanModel): Finding[] {
  const leads = new Map<string, string[]>();
  for (const scenario of plan.data.scenarios ?? [])
    if (typeof scenario.lead === 'string') leads.set(scenario.lead, [...(leads.get(scenario.lead) ?? []), scenario.id]);
  const findings: Finding[] = [];
  (plan.data.people ?? []).forEach((person, index) => {
    if (person.status === 'left') return;
    // A deputy who left covers nothing: that is the single point of failure the plan must show.
    const hasDeputy = person.deputy !== undefined && person.deputy !== person.id && isHere(plan, person.deputy);
    const knowHow = person.know_how ?? [];
    const leading = leads.get(person.id) ?? [];
    if (hasDeputy || (knowHow.length === 0 && leading.length === 0)) return;
    const reasons = [
      ...(knowHow.length > 0 ? [`holds know-how nobody else is named for (${knowHow.join('; ')})`] : []),
      ...(leading.length > 0 ? [`leads ${leading.map((id) => `\`${id}\``).join(', ')}`] : []),
    ];
    findings.push({
      path: ['people', index, 'id'],
      message: `${person.name} (\`${person.id}\`) ${reasons.join(' and ')} but has no deputy${deputyLeft(plan, person.deputy)}`,
      hint: 'Cross-train someone and name them in `deputy`.',
    });
  });
  return findings;
}

function deputyLeft(plan: PlanModel, id: string | undefined): string {
  const deputy = id ? plan.people.get(id) : undefined;
  return deputy?.status === 'left' ? ` who is still here (${deputy.name} left)` : '';
}

/** Someone who still works here: a person who left is never cover, deputy or holder. */
function isHere(plan: PlanModel, id: string): boolean {
  const person = plan.people.get(id);
  return person !== undefined && person.status !== 'left';
}

/** Each know-how item needs two people still here who can do it: a holder and a cover, or two holders. */
function knowHowWithoutCover(plan: PlanModel): Finding[] {
  const findings: Finding[] = [];
  (plan.data.know_how ?? []).forEach((item, index) => {
    const able = [...new Set([...item.holders, ...(item.cover ?? [])])].filter((id) => isHere(plan, id));
    if (able.length >= 2) return;
    const names = able.map((id) => plan.people.get(id)?.name ?? id);
    const gone = [...item.holders, ...(item.cover ?? [])].filter((id) => !isHere(plan, id));
    const left = gone.length > 0 ? ` (${gone.map((id) => plan.people.get(id)?.name ?? id).join(', ')} left)` : '';
    findings.push({
      path: ['know_how', index, 'id'],
      message:
        able.length === 0
          ? `nobody still here knows ${item.what} (\`${item.id}\`)${left}`
          : `only ${names[0]} knows ${item.what} (\`${item.id}\`), with nobody to cover${left}`,
      hint: 'Cross-train someone, or write it down somewhere safe, and name them in `cover`.',
    });
  });
  return findings;
}

export default rule;
