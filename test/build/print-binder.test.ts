import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/output/browser.js';
import { prepareBuild, type PreparedBuild } from '../../src/pipeline/build.js';
import { startPrinting } from '../../src/pipeline/print-binder.js';
import { readPageTargets } from '../../src/render/print/link-targets.js';
import { repoRoot } from '../helpers/paths.js';

describe('startPrinting', () => {
  let browser: Browser;
  let prepared: PreparedBuild;

  beforeAll(async () => {
    browser = await launchBrowser();
    prepared = await prepareBuild(path.join(repoRoot, 'plan'), { today: '2026-11-02', paper: 'a4' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('hands the Node thread back while Chromium prints, then gives the binder, the cards and the extracts', async () => {
    let settled = false;
    const { printed } = await startPrinting(prepared, { paper: 'a4', browser });
    void printed.finally(() => (settled = true));
    // Handed back with the draft in Chromium's hands: the binder is still to be printed after it.
    expect(settled).toBe(false);
    const { binder, pages, cards, extracts } = await printed;
    const read = await readPageTargets(binder);
    expect(read.pages).toBe(pages);
    expect(read.targets.size).toBeGreaterThan(10);
    for (const pdf of [cards, extracts]) {
      expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect((await readPageTargets(pdf)).pages).toBeGreaterThan(0);
    }
    expect(await browser.pages()).toHaveLength(1);
  }, 120_000);

  it('fails with the first error once every print has ended, leaving no page open', async () => {
    const broken = {
      ...prepared,
      cardsHtml: () => {
        throw new Error('the cards could not be made');
      },
    };
    const { printed } = await startPrinting(broken, { paper: 'a4', browser });
    await expect(printed).rejects.toThrow('the cards could not be made');
    // The binder, printing when the cards failed, was finished and its page closed, not left running.
    expect(await browser.pages()).toHaveLength(1);
  }, 120_000);
});
