import { stepsOf } from '../../../src/model/fact.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/pipeline/check.js';
import type { PlanModel } from '../../../src/model/plan-model.js';
import { CARD, cardSheets, sheetLayout } from '../../../src/render/cards/card-sheets.js';
import { walletCards } from '../../../src/render/cards/card-view.js';
import { renderCardsHtml } from '../../../src/render/cards/cards-html.js';
import { launchBrowser } from '../../../src/output/browser.js';
import { printCards } from '../../../src/render/cards/print-cards.js';
import { fontDir } from '../../../src/render/fonts.js';
import { loadTemplates } from '../../../src/render/templates.js';
import { examplePlan, pageTexts, poppler, squash, TODAY } from '../print/print-helpers.js';

const POINTS_PER_MM = 72 / 25.4;

describe('the wallet cards of the example plan (cards.pdf)', () => {
  let dir: string;
  let pdfFile: string;
  let plan: PlanModel;
  let blocked: string[];

  beforeAll(async () => {
    const checked = await checkPlan(examplePlan, { today: TODAY });
    if (!checked.model) throw new Error('the example plan is not valid');
    plan = checked.model;
    dir = await mkdtemp(path.join(os.tmpdir(), 'bcp-cards-'));
    const htmlFile = path.join(dir, 'cards.html');
    pdfFile = path.join(dir, 'cards.pdf');
    const html = renderCardsHtml(plan, await loadTemplates(examplePlan), { fontDir: fontDir(), paper: 'a4' });
    await writeFile(htmlFile, html);
    const browser = await launchBrowser();
    try {
      const printed = await printCards({ htmlFile, browser, sourceDateEpoch: 1793577600 });
      await writeFile(pdfFile, printed.pdf);
      blocked = printed.blockedRequests;
    } finally {
      await browser.close();
    }
  }, 120_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The text inside one card's rectangle on one page, read by pdftotext from the PDF itself. */
  async function cardText(page: number, slot: number): Promise<string> {
    const layout = sheetLayout('a4');
    const x = layout.left + (slot % layout.columns) * CARD.width;
    const y = layout.top + Math.floor(slot / layout.columns) * CARD.height;
    const box = [x, y, CARD.width, CARD.height].map((mm) => String(Math.round(mm * POINTS_PER_MM)));
    const args = ['-f', String(page), '-l', String(page), '-x', box[0]!, '-y', box[1]!, '-W', box[2]!, '-H', box[3]!];
    return squash(await poppler('pdftotext', [...args, pdfFile, '-']));
  }

  it('has a front and a back sheet for every ten people still with the business, and nobody who left', async () => {
    const active = (plan.data.people ?? []).filter((p) => p.status !== 'left');
    const left = (plan.data.people ?? []).filter((p) => p.status === 'left');
    expect(left.length).toBeGreaterThan(0);
    const pages = await pageTexts(pdfFile);
    expect(pages).toHaveLength(2 * Math.ceil(active.length / 10));
    expect(await poppler('pdfinfo', [pdfFile])).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const all = squash(pages.join(' '));
    for (const person of left) expect(all).not.toContain(person.name);
    expect(blocked).toEqual([]);
  });

  it("puts each person's first action in a scenario they lead on their own card, and their name on its back", async () => {
    const layout = sheetLayout('a4');
    const sheets = cardSheets(walletCards(plan), layout);
    let leads = 0;
    for (const [index, sheet] of sheets.entries()) {
      for (const [slot, card] of sheet.slots.entries()) {
        if (!card) continue;
        const text = await cardText(index + 1, slot);
        expect(text, `${sheet.side} of ${card.id}`).toContain(card.name);
        if (sheet.side === 'back') continue;
        const led = (plan.data.scenarios ?? []).find((scenario) => scenario.lead === card.id);
        if (!led) continue;
        leads += 1;
        const own = stepsOf(led.workaround).find((step) => typeof step !== 'string' && step.owner === card.id);
        const first = own ?? stepsOf(led.workaround)[0]!;
        const action = squash(typeof first === 'string' ? first : first.action);
        expect(text, card.id).toContain(`${led.title}: You lead. First: ${action.slice(0, 40)}`);
      }
    }
    expect(leads).toBeGreaterThan(2);
  });

  it('mirrors the back sheet so that each back lands behind its front when printed on both sides', () => {
    const sheets = cardSheets(walletCards(plan), sheetLayout('a4'));
    const [front, back] = sheets;
    expect(back!.slots.map((card) => card?.id)).toEqual(
      front!.slots.map((_, i) => front!.slots[i % 2 === 0 ? i + 1 : i - 1]?.id),
    );
  });
});

describe('card sheets', () => {
  it('fit 10 cards to an A4 sheet and 8 to a Letter sheet, centred, with the paper margins outside the cards', () => {
    for (const [paper, perSheet] of [
      ['a4', 10],
      ['letter', 8],
    ] as const) {
      const layout = sheetLayout(paper);
      expect(layout.columns * layout.rows).toBe(perSheet);
      expect(layout.left).toBeGreaterThan(10);
      expect(layout.top).toBeGreaterThan(4);
      expect(layout.left * 2 + layout.columns * CARD.width).toBeCloseTo(layout.width, 1);
      expect(layout.top * 2 + layout.rows * CARD.height).toBeCloseTo(layout.height, 1);
    }
  });
});
