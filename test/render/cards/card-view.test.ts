import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/pipeline/check.js';
import { walletCards } from '../../../src/render/cards/card-view.js';
import { repoRoot } from '../../helpers/paths.js';

const clinic = path.join(repoRoot, 'test', 'fixtures', 'render', 'calendar-clinic');

describe('walletCards', () => {
  it("gives a clinic's lead and her deputy each their part, and the plan owner only to the one who is not", async () => {
    const { model } = await checkPlan(clinic, { today: '2026-06-01' });
    const cards = walletCards(model!);
    expect(cards.map((card) => card.name)).toEqual(['Dr Amy Lee', 'Dr Ngozi Okoye']);
    expect(cards[0]).toMatchObject({
      duties: [
        {
          scenario: 'Practice software is down',
          part: 'You lead',
          action: 'Book on the paper appointment sheet',
        },
      ],
      owner: null,
      emergency: [],
    });
    expect(cards[1]).toMatchObject({
      duties: [{ part: 'If Dr Amy Lee is away, you lead', action: 'Book on the paper appointment sheet' }],
      owner: { name: 'Dr Amy Lee', phone: '+61 2 5550 0201' },
    });
  });
});
