import type { LintRule } from '../types.js';
import departedPerson from './departed-person.js';
import missingCommunication from './missing-communication.js';
import singlePointOfFailure from './single-point-of-failure.js';
import restoreUntested from './restore-untested.js';
import backupCannotMeetRpo from './backup-cannot-meet-rpo.js';
import techChangeNotReflected from './tech-change-not-reflected.js';
import overdueReview from './overdue-review.js';
import exerciseActionOverdue from './exercise-action-overdue.js';
import untestedScenario from './untested-scenario.js';
import staleToolReference from './stale-tool-reference.js';
import scenarioCoverage from './scenario-coverage.js';
import unfilledSection from './unfilled-section.js';
import unknownFact from './unknown-fact.js';
import recoveryExceedsRto from './recovery-exceeds-rto.js';
import recoveryTimeUnknown from './recovery-time-unknown.js';
import recoveryTargetRaised from './recovery-target-raised.js';
import stepRemoved from './step-removed.js';
import callDetailsChanged from './call-details-changed.js';
import removedPersonNamed from './removed-person-named.js';
import printedCopyOutOfDate from './printed-copy-out-of-date.js';

/** Every lint rule, in the order they run. Explicit on purpose: no folder scanning. */
export const rules: readonly LintRule[] = [
  departedPerson,
  missingCommunication,
  singlePointOfFailure,
  restoreUntested,
  backupCannotMeetRpo,
  techChangeNotReflected,
  overdueReview,
  exerciseActionOverdue,
  untestedScenario,
  staleToolReference,
  scenarioCoverage,
  unfilledSection,
  unknownFact,
  recoveryExceedsRto,
  recoveryTimeUnknown,
  recoveryTargetRaised,
  stepRemoved,
  callDetailsChanged,
  removedPersonNamed,
  printedCopyOutOfDate,
];
