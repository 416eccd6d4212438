import type { Severity } from '../../core/diagnostic.js';
import type { ViewModel } from '../view/view-model.js';
import { crossTargets } from './cross-references.js';

const SEVERITY_WORDS: Record<Severity, string> = { error: 'Must fix', warning: 'Should fix', info: 'Worth a look' };

/**
 * A finding's words for the binder's reader: no ids in brackets, no code marks. The file and line stay on the
 * site's findings page, for the owner who edits the plan; the binder says what is wrong and who puts it right.
 */
export function readerText(text: string, names: ReadonlyMap<string, string> = new Map()): string {
  return text
    .replace(/\s*\(`[^`]*`\)/g, '')
    .replace(/(\w+ )?`([^`]*)`/g, (_whole, kind: string | undefined, code: string) => {
      const name = names.get(code);
      return name ? `${kind ?? ''}“${name}”` : `${kind ?? ''}${code}`;
    })
    .replace(/\s{2,}/g, ' ');
}

/** What the reader knows each thing of the plan by, by its id: a scenario's title, a person's name. */
function namesOf(view: ViewModel): Map<string, string> {
  const names = new Map<string, string>();
  for (const [id, target] of crossTargets(view)) names.set(id, target.title);
  for (const person of view.people) names.set(person.id, person.name);
  for (const system of view.systems) names.set(system.id, system.name);
  for (const vendor of view.vendors) names.set(vendor.id, vendor.name);
  for (const exercise of view.exercises) names.set(exercise.id, exercise.title);
  return names;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What must be fixed first comes first; otherwise the order the checks found them in. */
function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return ORDER[a.severity] - ORDER[b.severity];
}

/** Plan health as the binder prints it, and who has no phone number although a scenario lists them to call. */
export function readerHealth(view: ViewModel) {
  const noPhone = new Map<string, string[]>();
  for (const scenario of view.scenarios) {
    for (const entry of scenario.noPhone) noPhone.set(entry.name, [...(noPhone.get(entry.name) ?? []), scenario.title]);
  }
  const names = namesOf(view);
  // The hint says how to change the YAML: it is for the owner, on the site, not for the reader of the binder.
  return {
    findings: [...view.health.findings].sort(bySeverity).map((finding) => ({
      severity: finding.severity,
      label: SEVERITY_WORDS[finding.severity],
      message: readerText(finding.message, names),
      fixedBy: finding.fixedBy,
    })),
    unknowns: view.health.unknowns.facts.map((fact) => ({ what: readerText(fact.what, names), state: fact.state })),
    noPhone: [...noPhone].map(([name, scenarios]) => ({ name, scenarios })),
  };
}
