import type { Diagnostic } from '../core/diagnostic.js';
import { LastByFile } from '../core/bounded-cache.js';
import { filterSchemaErrors } from '../core/filter-schema-errors.js';
import { schemaDiagnostic } from '../core/schema-diagnostic.js';
import type { PlanFile } from '../load/read-plan-file.js';
import { schemaErrors } from './schema-validator.js';

/** Validates each file on its own against the schema, as an editor does, so every error is in that file's terms. */
export function checkSchema(files: readonly PlanFile[]): Diagnostic[] {
  return files.flatMap((file) => (file.data === undefined ? [] : fileErrors(file).map((d) => ({ ...d }))));
}

/**
 * Each file's schema errors, by its path and text: a file's data and positions follow from its text alone, and
 * `bcp watch` validates the whole plan again after a save that changed one file. Bounded by the text it holds.
 */
const lastChecked = new LastByFile<Diagnostic[]>();

function fileErrors(file: PlanFile): Diagnostic[] {
  return lastChecked.getOrMake(file.path, file.text, () =>
    filterSchemaErrors(schemaErrors(file.data)).map((error) => schemaDiagnostic(file, error, { ruleId: 'schema' })),
  );
}
