import { describe, expect, it } from 'vitest';
import { glyphWarnings } from '../../src/render/print/glyph-coverage.js';

// Runs the real fc-list: U+F0041 is in a private-use plane that no font installed here covers.
describe('glyphWarnings', () => {
  it('names the first place of each character no font has, counts the others, and skips comments', async () => {
    const warnings = await glyphWarnings([
      { path: 'plan/people.yaml', text: '# a comment with \u{F0041}\nname: "Zoë Straße \u{F0041} and \u{F0041}"\n' },
      { path: 'plan/docs/steps.md', text: 'First\n\nthen \u{F0041}\n' },
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({
        ruleId: 'glyph',
        severity: 'warning',
        file: 'plan/people.yaml',
        line: 2,
        column: 19,
        message: expect.stringContaining('"\u{F0041}" (U+F0041) (and 2 more times in the plan)'),
      }),
    ]);
  });

  it('says nothing about text the binder font has, or about invisible variation selectors', async () => {
    expect(await glyphWarnings([{ path: 'plan.yaml', text: 'a: "Café – 10 €, ½ ✓\uFE0F"' }])).toEqual([]);
  });
});
