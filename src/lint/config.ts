import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import type { Diagnostic, Severity } from '../diagnostic.js';
import { PlanLoadError } from '../load/load-error.js';
import { findUp } from '../load/find-up.js';
import { locate } from '../load/locate.js';
import { formatPath, fromJsonPointer } from '../load/plan-path.js';
import { parseYaml } from '../load/parse-yaml.js';
import type { SchemaNode } from '../schema/plan-schema.js';
import { didYouMean } from '../validate/did-you-mean.js';
import { filterSchemaErrors } from '../validate/filter-schema-errors.js';
import { rules } from './rules/index.js';
import { schemaMessage } from '../validate/schema-messages.js';

/** bcp.config.yaml: a severity per rule id, or `off`. */
export interface LintConfig {
  rules: Record<string, Severity | 'off'>;
}

export const CONFIG_FILE = 'bcp.config.yaml';

const configSchema = JSON.parse(
  await readFile(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8'),
) as SchemaNode;

/**
 * Reads the lint configuration: the file named by `--config`, else the nearest bcp.config.yaml from the plan folder
 * up to the repository root. None found means the rules' own severities; a named file that is missing is a usage
 * error. Mistakes inside the file are diagnostics with positions.
 */
export async function loadConfig(
  file: string | undefined,
  planDir = '.',
): Promise<{ config: LintConfig; diagnostics: Diagnostic[]; file?: string }> {
  const path = file ?? findUp(CONFIG_FILE, planDir);
  if (path === undefined) return { config: { rules: {} }, diagnostics: [] };
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new PlanLoadError(`cannot read config file \`${path}\`: ${error.code ?? error.message}`);
  });
  const parsed = parseYaml(path, text);
  if (parsed.diagnostics.length > 0) return { config: { rules: {} }, diagnostics: parsed.diagnostics, file: path };
  const data: unknown = parsed.doc.toJS() ?? {};
  const validate = new Ajv({ allErrors: true, strict: true, verbose: true }).compile(configSchema);
  if (validate(data)) return { config: { rules: {}, ...(data as Partial<LintConfig>) }, diagnostics: [], file: path };
  // For an unknown rule id ajv reports the `enum` failure of the name itself too (it carries `propertyName`).
  const errors = (validate.errors ?? []).filter((error) => error.propertyName === undefined);
  const diagnostics = filterSchemaErrors(errors).map((error): Diagnostic => {
    const at = fromJsonPointer(error.instancePath);
    const target =
      error.keyword === 'propertyNames'
        ? [...at, String((error.params as { propertyName?: string }).propertyName)]
        : at;
    return {
      ruleId: 'config',
      severity: 'error',
      message: configMessage(error, data, target),
      file: path,
      ...locate(parsed.doc, parsed.lineCounter, target, error.keyword === 'propertyNames' ? 'key' : 'value'),
      path: formatPath(target),
    };
  });
  return { config: { rules: {} }, diagnostics, file: path };
}

function configMessage(error: Parameters<typeof schemaMessage>[0], data: unknown, path: (string | number)[]): string {
  if (error.keyword === 'propertyNames') {
    const name = String(path[path.length - 1]);
    const guess = didYouMean(
      name,
      rules.map((rule) => rule.id),
    );
    return `\`${name}\` is not a lint rule${guess ? ` — did you mean \`${guess}\`?` : ''}`;
  }
  return schemaMessage(error, data, path);
}

/** Every rule with the severity it will run at (`off` when turned off): what `--print-config` shows. */
export function effectiveRules(config: LintConfig): Record<string, Severity | 'off'> {
  return Object.fromEntries(rules.map((rule) => [rule.id, config.rules[rule.id] ?? rule.severity]));
}
