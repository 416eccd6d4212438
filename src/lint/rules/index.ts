import type { LintRule } from '../types.js';
import departedPerson from './departed-person.js';

/** Every lint rule, in the order they run. Explicit on purpose: no folder scanning. */
export const rules: readonly LintRule[] = [departedPerson];
