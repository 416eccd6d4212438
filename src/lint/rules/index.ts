import type { LintRule } from '../types.js';
import departedPerson from './departed-person.js';
import missingCommunication from './missing-communication.js';
import singlePointOfFailure from './single-point-of-failure.js';
import restoreUntested from './restore-untested.js';
import backupCannotMeetRpo from './backup-cannot-meet-rpo.js';

/** Every lint rule, in the order they run. Explicit on purpose: no folder scanning. */
export const rules: readonly LintRule[] = [
  departedPerson,
  missingCommunication,
  singlePointOfFailure,
  restoreUntested,
  backupCannotMeetRpo,
];
