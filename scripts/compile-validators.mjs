// Part of `npm run compile`, after tsc: compiles the plan and config schemas with ajv's standalone code generation
// into CommonJS modules beside the compiled code (lib/validate, lib/lint), so that no command compiles a schema at
// run time. Each module keeps the fingerprint of its schema; lib/validate/standalone.js ignores a module made from
// another schema and compiles that schema at run time instead.
import { writeFile } from 'node:fs/promises';
import { Ajv } from 'ajv';

const lib = (file) => new URL(`../lib/${file}`, import.meta.url).href;
const { standaloneModule, standaloneOptions } = await import(lib('validate/standalone.js'));
const { planAjv, PLAN_VALIDATOR_FILE } = await import(lib('validate/schema-validator.js'));
const { planSchema } = await import(lib('core/plan-schema.js'));
const { configAjvOptions, configSchema, CONFIG_VALIDATOR_FILE } = await import(lib('lint/config.js'));

const modules = [
  {
    file: new URL(PLAN_VALIDATOR_FILE, lib('validate/')),
    source: standaloneModule(planAjv(standaloneOptions()), planSchema()),
  },
  {
    file: new URL(CONFIG_VALIDATOR_FILE, lib('lint/')),
    source: standaloneModule(new Ajv({ ...configAjvOptions, ...standaloneOptions() }), configSchema()),
  },
];
for (const { file, source } of modules) await writeFile(file, source);
