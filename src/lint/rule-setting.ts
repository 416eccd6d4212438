import type { Severity } from '../core/diagnostic.js';

/** What bcp.config.yaml says about one rule: a severity, or (ESLint's form) a list of a severity and its options. */
export type RuleSetting = Severity | 'off' | [Severity | 'off'] | [Severity | 'off', Record<string, unknown>];

/** A setting read: the severity it sets (undefined: the rule's own) and the options it gives the rule. */
export interface ReadSetting {
  severity?: Severity | 'off';
  options: Readonly<Record<string, unknown>>;
}

export function readSetting(setting: RuleSetting | undefined): ReadSetting {
  if (setting === undefined) return { options: {} };
  if (typeof setting === 'string') return { severity: setting, options: {} };
  return { severity: setting[0], options: setting[1] ?? {} };
}
