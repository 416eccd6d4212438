import type { ErrorObject } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { locate, type Anchor } from './locate.js';
import { formatPath, fromJsonPointer, type PlanPath } from './plan-path.js';
import { schemaMessage } from './schema-messages.js';

/** A YAML file that was checked against a JSON Schema: the plan's files and bcp.config.yaml alike. */
export interface CheckedFile {
  path: string;
  doc: Document;
  lineCounter: LineCounter;
  data: unknown;
}

export interface SchemaDiagnosticOptions {
  ruleId: string;
  /** Where the checked value sits in the file, when ajv checked only part of it (a rule's options). */
  at?: PlanPath;
  /** Words for the error; by default the plain-words message every schema error gets. */
  message?: (error: ErrorObject, data: unknown, path: (string | number)[]) => string;
}

/**
 * One ajv error as a Diagnostic at the right line and column. An unknown key, a bad name and a missing property
 * point at a key (the one written, or the parent's); everything else points at the value that is wrong.
 */
export function schemaDiagnostic(file: CheckedFile, error: ErrorObject, options: SchemaDiagnosticOptions): Diagnostic {
  const at = [...(options.at ?? fromJsonPointer(error.instancePath))];
  const params = error.params as { propertyName?: string; additionalProperty?: string };
  const key =
    error.keyword === 'propertyNames'
      ? params.propertyName
      : error.keyword === 'additionalProperties'
        ? params.additionalProperty
        : undefined;
  const target = key === undefined ? at : [...at, String(key)];
  const anchor: Anchor = key !== undefined || error.keyword === 'required' ? 'key' : 'value';
  // A bad name is about the name itself; an unknown key is about the mapping that does not take it.
  const said = error.keyword === 'propertyNames' ? target : at;
  return {
    ruleId: options.ruleId,
    severity: 'error',
    message: (options.message ?? schemaMessage)(error, file.data, said),
    file: file.path,
    ...locate(file.doc, file.lineCounter, target, anchor),
    path: formatPath(target),
  };
}
