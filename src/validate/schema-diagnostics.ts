import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostic.js';
import { locate, type Anchor } from '../load/locate.js';
import { formatPath, fromJsonPointer } from '../load/plan-path.js';
import type { PlanFile } from '../load/read-plan-file.js';
import { filterSchemaErrors } from './filter-schema-errors.js';
import { schemaMessage } from './schema-messages.js';
import { schemaErrors } from './schema-validator.js';

/** Validates each file on its own against the schema, as an editor does, so every error is in that file's terms. */
export function checkSchema(files: readonly PlanFile[]): Diagnostic[] {
  return files.flatMap((file) =>
    file.data === undefined
      ? []
      : filterSchemaErrors(schemaErrors(file.data)).map((error) => toDiagnostic(file, error)),
  );
}

function toDiagnostic(file: PlanFile, error: ErrorObject): Diagnostic {
  const path = fromJsonPointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  // Point at the unknown key itself, and at the parent's key for a missing property.
  const unknownKey = error.keyword === 'additionalProperties';
  const target = unknownKey ? [...path, String(params.additionalProperty)] : path;
  const anchor: Anchor = unknownKey || error.keyword === 'required' ? 'key' : 'value';
  return {
    ruleId: 'schema',
    severity: 'error',
    message: schemaMessage(error, file.data, path),
    file: file.path,
    ...locate(file.doc, file.lineCounter, target, anchor),
    path: formatPath(target),
  };
}
