import type { Diagnostic } from '../core/diagnostic.js';
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
const lastChecked = new Map<string, { text: string; diagnostics: Diagnostic[] }>();
const LAST_CHECKED_LIMIT = 5_000;

function fileErrors(file: PlanFile): Diagnostic[] {
  const last = lastChecked.get(file.path);
  if (last?.text === file.text) return last.diagnostics;
  const diagnostics = filterSchemaErrors(schemaErrors(file.data)).map((error) =>
    schemaDiagnostic(file, error, { ruleId: 'schema' }),
  );
  if (lastChecked.size >= LAST_CHECKED_LIMIT) lastChecked.clear();
  lastChecked.set(file.path, { text: file.text, diagnostics });
  return diagnostics;
}
