import type { PlanPath } from '../core/plan-path.js';

/** A change a reviewer should look at twice: each one has a lint rule that reports it in `bcp check --base`. */
export type Risk = 'target-raised' | 'step-removed' | 'number-changed' | 'rerouting-changed' | 'person-removed';

/** The thing a change belongs to: a scenario, a person, the plan's communication section, ... */
export interface ChangedItem {
  section: string;
  /** The owner's word for it: scenario, person, vendor. */
  noun: string;
  /** Its name or title, as people know it; the id when it has none. */
  name: string;
  /** Its id now (before, for a removed item); absent for sections that are one mapping (plan, communication). */
  id?: string;
}

/** One change to the plan's meaning. Never holds a phone number or e-mail address in full. */
export interface PlanChange {
  item: ChangedItem;
  kind: 'added' | 'removed' | 'renamed' | 'changed';
  /** What changed, in plain words; `code` spans for ids and values. */
  summary: string;
  /** What a person reading the binder or the site in an outage now finds differently. */
  outage?: string;
  /** Where the change is in the plan now; for something removed, the nearest place that still exists. */
  path: PlanPath;
  risk?: Risk;
  /** Numbers, steps, triggers, targets, rerouting, who leads: a copy printed before this change misleads. */
  outageRelevant: boolean;
}

/** What is compared: a plan's data and the text of the Markdown files it points to. */
export interface DiffInput {
  data: unknown;
  markdown: ReadonlyMap<string, string>;
}
