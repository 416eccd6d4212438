import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/pipeline/check.js';
import { buildViewModel, type ViewModel } from '../../../src/render/view/view-model.js';
import { repoRoot } from '../../helpers/paths.js';

const plan = path.join(repoRoot, 'test', 'fixtures', 'render', 'valid-until');

async function metaOn(today: string): Promise<ViewModel['meta']> {
  const checked = await checkPlan(plan, { today });
  if (!checked.model) throw new Error('fixture must be valid');
  const facts = { today, generated: today, commit: null, revisions: [], diagnostics: [], paper: 'a4' as const };
  return buildViewModel(checked.model, facts).meta;
}

describe("the cover's valid until", () => {
  it('is the earliest of next review, next contacts review and next exercise due', async () => {
    const meta = await metaOn('2026-11-20');
    expect(meta).toMatchObject({ nextReview: '2026-12-31', nextContactsReview: '2026-11-26' });
    expect(meta.nextExerciseDue).toBe('2026-11-30');
    expect(meta.validUntil).toBe('2026-11-26');
    expect(meta.outOfDate).toBeNull();
  });

  it('is words, not the print date, when something falls due on the day it is printed', async () => {
    const meta = await metaOn('2026-11-26');
    expect(meta.validUntil).toBeNull();
    expect(meta.outOfDate).toBe('the review of the critical contacts list is due today');
  });

  it('says everything that has passed', async () => {
    const meta = await metaOn('2027-01-05');
    expect(meta.validUntil).toBeNull();
    expect(meta.outOfDate).toBe(
      'the plan review was due on 2026-12-31; the review of the critical contacts list was due on 2026-11-26; an exercise was due on 2026-11-30',
    );
  });
});
