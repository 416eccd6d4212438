// The schema is what editors show while people write the plan: it must compile under strict ajv, and every
// property needs a title and a description (hover text), every pattern an example (completion).
import { Ajv } from 'ajv';
import { addPlanKeywords, planAjvOptions } from '../../src/validate/schema-validator.js';
import { describe, expect, it } from 'vitest';
import { planSchema, type SchemaNode } from '../../src/core/plan-schema.js';
import { planValidator } from '../../src/validate/schema-validator.js';

const definitions = planSchema().definitions ?? {};

/** Follows a `$ref` chain (personRef → id) and returns every node on it, the property itself first. */
function refChain(node: SchemaNode): SchemaNode[] {
  const chain = [node];
  let current = node;
  while (current.$ref && chain.length < 10) {
    const next = definitions[current.$ref.replace('#/definitions/', '')];
    if (!next) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

/** Every property schema in the schema, with a readable path, walking definitions, items and anyOf branches. */
function allProperties(): { path: string; node: SchemaNode }[] {
  const found: { path: string; node: SchemaNode }[] = [];
  const walk = (node: SchemaNode | undefined, path: string): void => {
    if (!node) return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      found.push({ path: `${path}.${key}`, node: child });
      walk(child, `${path}.${key}`);
    }
    walk(node.items, `${path}[]`);
    (node.anyOf ?? []).forEach((branch, index) => walk(branch, `${path}.anyOf[${index}]`));
  };
  walk(planSchema(), '#');
  for (const [name, definition] of Object.entries(definitions)) walk(definition, `#/definitions/${name}`);
  return found;
}

describe('plan schema', () => {
  it('compiles in strict ajv, with only the formats and editor keywords bcp registers', () => {
    const ajv = new Ajv({ ...planAjvOptions, verbose: false });
    addPlanKeywords(ajv);
    expect(() => ajv.compile(planSchema())).not.toThrow();
    expect(() => planValidator()).not.toThrow();
  });

  it('finds properties to check (the walker is not vacuous)', () => {
    expect(allProperties().length).toBeGreaterThan(100);
  });

  it('gives every property a title and a description, on the property or on the definition it refers to', () => {
    const missing = allProperties().flatMap(({ path, node }) => {
      const chain = refChain(node);
      const lacks = (['title', 'description'] as const).filter(
        (word) => !chain.some((n) => typeof n[word] === 'string'),
      );
      return lacks.map((word) => `${path} has no ${word}`);
    });
    expect(missing).toEqual([]);
  });

  it('gives every definition a title and a description', () => {
    const missing = Object.entries(definitions)
      .filter(([, node]) => typeof node.title !== 'string' || typeof node.description !== 'string')
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('gives every definition with a pattern some examples', () => {
    const withPattern = Object.entries(definitions).filter(([, node]) => typeof node.pattern === 'string');
    expect(withPattern.length).toBeGreaterThan(0);
    const missing = withPattern.filter(([, node]) => !Array.isArray(node.examples) || node.examples.length === 0);
    expect(missing.map(([name]) => name)).toEqual([]);
  });

  it('gives every pattern a plain-words error message, used in place of the regular expression', () => {
    const patterns = Object.entries(definitions).filter(([, node]) => typeof node.pattern === 'string');
    const missing = patterns.filter(([, node]) => typeof node.patternErrorMessage !== 'string');
    expect(missing.map(([name]) => name)).toEqual([]);
  });

  it('matches its own examples', () => {
    const ajv = new Ajv({ ...planAjvOptions, allErrors: false, verbose: false });
    addPlanKeywords(ajv);
    ajv.addSchema(planSchema(), 'plan');
    const failing = Object.entries(definitions).flatMap(([name, node]) => {
      if (!Array.isArray(node.examples)) return [];
      const validate = ajv.getSchema(`plan#/definitions/${name}`);
      if (!validate) return [`${name}: cannot be compiled on its own`];
      return (node.examples as unknown[]).filter((example) => !validate(example)).map((e) => `${name}: ${String(e)}`);
    });
    expect(failing).toEqual([]);
  });

  it('matches the examples given on properties', () => {
    const ajv = new Ajv({ ...planAjvOptions, allErrors: false, verbose: false });
    addPlanKeywords(ajv);
    const withExamples = allProperties().filter(({ node }) => Array.isArray(node.examples));
    expect(withExamples.length).toBeGreaterThan(10);
    const failing = withExamples.flatMap(({ path, node }) => {
      const validate = ajv.compile({ ...node, definitions });
      return (node.examples as unknown[]).filter((e) => !validate(e)).map((e) => `${path}: ${JSON.stringify(e)}`);
    });
    expect(failing).toEqual([]);
  });
});
