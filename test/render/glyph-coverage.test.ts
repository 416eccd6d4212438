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

  it('looks again at a file whose text changed, and counts right when the same texts come again', async () => {
    const people = { path: 'plan/people.yaml', text: 'name: "\u{F0041}"\n' };
    const steps = { path: 'plan/steps.md', text: '\u{F0041}\n' };
    const first = await glyphWarnings([people, steps]);
    expect(first).toEqual([expect.objectContaining({ file: 'plan/people.yaml', line: 1, column: 8 })]);
    expect(first[0]?.message).toContain('(and 1 more time in the plan)');
    expect(await glyphWarnings([people, steps])).toEqual(first);
    const moved = await glyphWarnings([{ ...people, text: 'name: x\n' }, steps]);
    expect(moved).toEqual([expect.objectContaining({ file: 'plan/steps.md', line: 1, column: 1 })]);
    expect(moved[0]?.message).not.toContain('more time');
  });

  it('says nothing about text the binder font has, or about invisible variation selectors', async () => {
    expect(await glyphWarnings([{ path: 'plan.yaml', text: 'a: "Café – 10 €, ½ ✓\uFE0F"' }])).toEqual([]);
  });
});
