import type { Diagnostic } from '../core/diagnostic.js';
import { filterSchemaErrors } from '../core/filter-schema-errors.js';
import { schemaDiagnostic } from '../core/schema-diagnostic.js';
import type { PlanFile } from '../load/read-plan-file.js';
import { schemaErrors } from './schema-validator.js';

/** Validates each file on its own against the schema, as an editor does, so every error is in that file's terms. */
export function checkSchema(files: readonly PlanFile[]): Diagnostic[] {
  return files.flatMap((file) =>
    file.data === undefined
      ? []
      : filterSchemaErrors(schemaErrors(file.data)).map((error) => schemaDiagnostic(file, error, { ruleId: 'schema' })),
  );
}
