import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/core/did-you-mean.js';

const scenarioKeys = ['id', 'title', 'kind', 'mtd', 'rto', 'rpo', 'lead', 'workaround', 'recovery', 'back_to_normal'];

describe('didYouMean', () => {
  it.each([
    ['rpo_hours', 'rpo'],
    ['rto-minutes', 'rto'],
    ['scenario_lead', 'lead'],
    ['workarround', 'workaround'],
    ['Recovery', 'recovery'],
    ['back-to-normal', 'back_to_normal'],
  ])('suggests a close key: %s → %s', (written, expected) => {
    expect(didYouMean(written, scenarioKeys)).toBe(expected);
  });

  it('suggests an enum value for a typo', () => {
    expect(didYouMean('critcal', ['critical', 'high', 'medium', 'low'])).toBe('critical');
  });

  it('suggests an id', () => {
    expect(didYouMean('jane-do', ['jane-doe', 'sam-lee'])).toBe('jane-doe');
  });

  it.each(['owner', 'budget', 'x'])('suggests nothing for %s, which is not close to any key', (written) => {
    expect(didYouMean(written, scenarioKeys)).toBeUndefined();
  });

  it('suggests nothing from an empty list', () => {
    expect(didYouMean('rto', [])).toBeUndefined();
  });
});
