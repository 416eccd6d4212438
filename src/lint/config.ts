import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { lazy } from '../core/lazy.js';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { PlanLoadError } from '../load/load-error.js';
import { findUp } from '../load/find-up.js';
import { fromJsonPointer } from '../core/plan-path.js';
import { schemaDiagnostic } from '../core/schema-diagnostic.js';
import { parseYaml } from '../load/parse-yaml.js';
import type { SchemaNode } from '../core/plan-schema.js';
import { didYouMean } from '../core/did-you-mean.js';
import { filterSchemaErrors } from '../core/filter-schema-errors.js';
import { rules } from './rules/index.js';
import { schemaMessage } from '../core/schema-messages.js';
import { describe } from '../core/nouns.js';
import { ruleDocsPath } from './rule-docs.js';
import { optionsErrors } from './rule-options.js';
import { readSetting, type RuleSetting } from './rule-setting.js';
import { precompiled } from '../validate/standalone.js';

/** bcp.config.yaml: per rule id a severity, `off`, or a severity and the rule's options. */
export interface LintConfig {
  rules: Record<string, RuleSetting>;
}

type ErrorAt = { error: ErrorObject; path: (string | number)[] };

export const CONFIG_FILE = 'bcp.config.yaml';

/** Read when a config file is first checked, not when the module is imported. */
export const configSchema = lazy(
  () => JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8')) as SchemaNode,
);

/** ajv's options for the config schema, here and in scripts/compile-validators.mjs. */
export const configAjvOptions = { allErrors: true, strict: true, verbose: true } as const;

/** Where `npm run compile` writes the config schema's validator (scripts/compile-validators.mjs). */
export const CONFIG_VALIDATOR_FILE = 'config-validator.standalone.cjs';

let compiledConfig: ValidateFunction | undefined;

/** The config schema's validator: compiled at `npm run compile`, else here (running the sources, or a changed schema). */
function configValidator(): ValidateFunction {
  compiledConfig ??=
    precompiled(new URL(CONFIG_VALIDATOR_FILE, import.meta.url), configSchema()) ?? compileConfigSchema();
  return compiledConfig;
}

export function compileConfigSchema(): ValidateFunction {
  const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  return new Ajv(configAjvOptions).compile(configSchema());
}

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
  const validate = configValidator();
  // For an unknown rule id ajv reports the `enum` failure of the name itself too (it carries `propertyName`).
  const errors: ErrorAt[] = validate(data)
    ? ruleOptionsErrors(data as LintConfig)
    : filterSchemaErrors((validate.errors ?? []).filter((error) => error.propertyName === undefined)).map((error) => ({
        error,
        path: fromJsonPointer(error.instancePath),
      }));
  if (errors.length === 0)
    return { config: { rules: {}, ...(data as Partial<LintConfig>) }, diagnostics: [], file: path };
  const diagnostics = errors.map(({ error, path: at }) => configDiagnostic(path, parsed, data, error, at));
  return { config: { rules: {} }, diagnostics, file: path };
}

/** The options of each rule, checked against the schema the rule declares; paths from the top of the file. */
function ruleOptionsErrors(config: LintConfig): ErrorAt[] {
  const found: ErrorAt[] = [];
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = rules.find((candidate) => candidate.id === id);
    if (!rule || !Array.isArray(setting) || setting.length < 2) continue;
    const at = ['rules', id, 1];
    const errors = optionsErrors(rule, setting[1]);
    if (errors === 'takes-none') {
      const error = { keyword: 'takesNoOptions', instancePath: '', schemaPath: '', params: {} } as ErrorObject;
      found.push({ error, path: at });
      continue;
    }
    for (const error of filterSchemaErrors(errors))
      found.push({ error, path: [...at, ...fromJsonPointer(error.instancePath)] });
  }
  return found;
}

function configDiagnostic(
  file: string,
  parsed: { doc: Document; lineCounter: LineCounter },
  data: unknown,
  error: ErrorObject,
  at: (string | number)[],
): Diagnostic {
  return schemaDiagnostic({ path: file, ...parsed, data }, error, { ruleId: 'config', at, message: configMessage });
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
  if (error.keyword === 'enum' && (error.params as { allowedValues: unknown[] }).allowedValues.length > LONG_LIST) {
    return longChoice(error, data, path);
  }
  if (error.keyword === 'takesNoOptions') {
    return `\`${String(path[1])}\` takes no options; write only its severity, like \`${String(path[1])}: warning\``;
  }
  return schemaMessage(error, data, path);
}

/** More choices than a message can list (the built-in tools): a guess, and where the list is. */
const LONG_LIST = 12;

function longChoice(error: ErrorObject, data: unknown, path: (string | number)[]): string {
  const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
  const written = String(error.data);
  const guess = didYouMean(
    written,
    allowed.map((value) => value.toLowerCase()),
  );
  const match = allowed.find((value) => value.toLowerCase() === guess);
  const rule = String(path[1]);
  return (
    `${describe(data, path)} is \`${written}\`, which is not one of the choices` +
    (match ? ` — did you mean \`${match}\`?` : `; the list is in ${ruleDocsPath(rule)}`)
  );
}

/** Every rule as it will run: its severity (`off` when turned off) and options, for `--print-config`. */
export function effectiveRules(config: LintConfig): Record<string, RuleSetting> {
  return Object.fromEntries(
    rules.map((rule) => {
      const { severity, options } = readSetting(config.rules[rule.id]);
      const level = severity ?? rule.severity;
      return [rule.id, Object.keys(options).length === 0 ? level : [level, options]];
    }),
  );
}
