import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ruleDocsPath } from '../../src/lint/run-lint.js';
import { rules } from '../../src/lint/rules/index.js';

const root = new URL('../../', import.meta.url);

describe('every lint rule', () => {
  for (const rule of rules) {
    it(`${rule.id} has a docs page with a failing and a passing example`, async () => {
      const page = await readFile(new URL(ruleDocsPath(rule.id), root), 'utf8');
      expect(page).toMatch(new RegExp(`^# ${rule.id}\\n`));
      expect(page).toContain(`**Default severity:** ${rule.severity}`);
      expect(page).toMatch(/## Failing example\n+(<!-- expect: .+ -->\n+)?```(yaml|markdown)\n/);
      expect(page).toMatch(/## Passing example\n+```(yaml|markdown)\n/);
    });
  }

  for (const rule of rules.filter((candidate) => candidate.optionsSchema)) {
    it(`${rule.id} documents each of its options`, async () => {
      const page = await readFile(new URL(ruleDocsPath(rule.id), root), 'utf8');
      const options = page.split('\n## Options\n')[1]?.split('\n## ')[0] ?? '';
      expect(options, 'an Options section').not.toBe('');
      for (const key of Object.keys(rule.optionsSchema?.properties ?? {})) expect(options).toContain(`\`${key}\``);
    });
  }

  it('is named in the config schema, so editors complete rule ids in bcp.config.yaml', async () => {
    const schema = JSON.parse(await readFile(new URL('schemas/config.schema.json', root), 'utf8')) as {
      properties: { rules: { propertyNames: { enum: string[] } } };
    };
    expect([...schema.properties.rules.propertyNames.enum].sort()).toEqual(rules.map((rule) => rule.id).sort());
  });
});
