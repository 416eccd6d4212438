import { rm } from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../src/output/browser.js';
import { bookmarks, examplePlan, pageTexts, poppler, printPlan, squash, type Printed } from './print-helpers.js';

// 2026-11-02T00:00:00Z: the binder of the example plan as it would be built in CI on that day.
const EPOCH = 1793577600;

describe('the printed binder of the example plan', () => {
  let browser: Browser;
  let a4: Printed;
  let pages: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    a4 = await printPlan(examplePlan, { browser, sourceDateEpoch: EPOCH });
    pages = await pageTexts(a4.pdfFile);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (a4) await rm(a4.dir, { recursive: true, force: true });
  });

  it('prints every page, without one blocked request', async () => {
    expect(a4.result.blockedRequests).toEqual([]);
    // Whatever the plan's size: the scenario sections come in the plan's order, each on pages of its own.
    const { length } = a4.view.scenarios;
    const starts = a4.view.scenarios.map((_, i) =>
      pages.findIndex((text) => squash(text).includes(`SCENARIO ${i + 1} OF ${length}`)),
    );
    expect(starts.every((start, i) => start > (starts[i - 1] ?? 0))).toBe(true);
    expect(pages).toHaveLength(a4.result.pages);
    expect(await poppler('pdfinfo', [a4.pdfFile])).toMatch(new RegExp(`^Pages:\\s+${a4.result.pages}$`, 'm'));
  });

  it('says "Page N of M" on every page, with the right N and M', () => {
    pages.forEach((text, index) => {
      expect(squash(text), `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('says on every page whose binder it is, from which commit, and until when it is valid', () => {
    for (const text of pages) {
      const line = squash(text);
      expect(line).toContain(a4.view.meta.organization);
      expect(line).toContain(`plan version ${a4.view.meta.version}`);
      expect(line).toContain('INTERNAL - CONFIDENTIAL');
      expect(line).toContain(`Valid until ${a4.view.meta.validUntil}`);
      expect(line).toContain('commit 0123456');
    }
  });

  it('shows the recovery time worked out from the steps beside the RTO, with its critical path', () => {
    // The recovery time is reference, with the impact and objectives after the action card.
    const card = (id: string): string => {
      const index = a4.view.scenarios.findIndex((scenario) => scenario.id === id);
      const start = pages.findIndex((text) => squash(text).includes(`SCENARIO ${index + 1} OF `));
      const end = pages.findIndex((text, page) => page > start && /SCENARIO \d+ OF |Contact sheets/.test(squash(text)));
      return squash(pages.slice(start, end).join(' '));
    };
    expect(card('internet-outage')).toContain(
      'RECOVERY TAKES 4h 15m along recovery steps 1 (4h) → 2 (15m): longer than the RTO of 1h',
    );
    expect(card('cyber-incident')).toContain(
      'RECOVERY TAKES 1d 4h along recovery steps 1 (4h) → 3 (1d): within the RTO of 2d',
    );
    expect(card('crm-outage')).not.toContain('RECOVERY TAKES');
    const glance = squash(pages.find((text) => /Scenarios at a glance.*LEADS THE/.test(squash(text))) ?? '');
    for (const text of ['RECOVERY', '4h 15m', 'steps 1 → 2', '1d 4h', 'steps 1 → 3']) expect(glance).toContain(text);
  });

  it('has a section for every scenario, with its title and its RTO', () => {
    const { scenarios } = a4.view;
    expect(scenarios.length).toBeGreaterThan(5);
    scenarios.forEach((scenario, index) => {
      const start = pages.findIndex((text) => squash(text).includes(`SCENARIO ${index + 1} OF ${scenarios.length}`));
      expect(start, scenario.id).toBeGreaterThan(0);
      const first = squash(pages[start]!);
      expect(first).toContain(scenario.title);
      expect(first).toContain(`RTO ${scenario.rto} · MTD ${scenario.mtd} · RPO ${scenario.rpo}`);
    });
  });

  it('has a table of contents whose page numbers are where the sections really start', () => {
    const contents = pages.findIndex((text) => /^\s*Contents\s*$/m.test(text));
    expect(contents).toBeGreaterThan(0);
    const entries = [...pages[contents]!.matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)].map(([, title, page]) => ({
      title: title!.trim(),
      page: Number(page),
    }));
    const scenarios = a4.view.scenarios;
    scenarios.forEach((scenario, index) => {
      const entry = entries.find((e) => e.title === scenario.title);
      expect(entry, scenario.title).toBeDefined();
      const page = squash(pages[entry!.page - 1]!);
      expect(page, scenario.title).toContain(`SCENARIO ${index + 1} OF ${scenarios.length}`);
      expect(page).toContain(scenario.title);
    });
    const heading = (title: string, text: string): void => {
      const entry = entries.find((e) => e.title === title);
      expect(entry, title).toBeDefined();
      expect(pages[entry!.page - 1]!, title).toMatch(new RegExp(`^\\s*${text}\\s*$`, 'm'));
    };
    heading('If something is down: quick reference', 'If something is down');
    heading('Contact sheets', 'Contact sheets');
    heading('Call tree', 'Call tree');
    heading('Blank forms', 'Blank forms');
    heading('Work log', 'Work log');
    heading('Order and quote form', 'Order and quote form');
    heading('Plan health', 'Plan health');
    heading('Revision history', 'Revision history');
    expect(entries.length).toBeGreaterThan(scenarios.length + 10);
  });

  it('starts with the cover, then the quick reference, then the contents', () => {
    expect(squash(pages[0]!)).toContain('Business continuity plan');
    expect(squash(pages[0]!)).toContain('Turn to If something is down on page 2');
    expect(pages[1]).toMatch(/^\s*If something is down\s*$/m);
    const quick = pages.slice(1, 6).map(squash).join(' ');
    for (const scenario of a4.view.scenarios) {
      expect(quick).toContain(scenario.whoToCall[0]!.phone!);
      expect(quick).toContain(scenario.firstActions[0]!.text.slice(0, 20));
    }
  });

  it('has a bookmark for every section and every scenario', async () => {
    const marks = await bookmarks(a4.pdfFile);
    const titles = marks.map((mark) => mark.title);
    for (const scenario of a4.view.scenarios) {
      expect(marks).toContainEqual({ title: scenario.title, depth: 1 });
    }
    for (const section of [
      'If something is down',
      'Contents',
      'Scenarios at a glance',
      'Contact sheets',
      'Blank forms',
    ]) {
      expect(marks).toContainEqual({ title: section, depth: 0 });
    }
    expect(titles).toContain('Work log');
    expect(titles).toContain('Exercises and open actions');
  });

  it('is an A4, tagged PDF with every font embedded', async () => {
    const info = await poppler('pdfinfo', [a4.pdfFile]);
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const fonts = (await poppler('pdffonts', [a4.pdfFile])).split('\n').slice(2).filter(Boolean);
    expect(fonts.some((line) => line.includes('AtkinsonHyperlegibleNext'))).toBe(true);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
  });

  it('gives the same bytes twice when SOURCE_DATE_EPOCH is set', async () => {
    const again = await printPlan(examplePlan, { browser, sourceDateEpoch: EPOCH });
    try {
      const [first, second] = await Promise.all([
        import('node:fs/promises').then((fs) => fs.readFile(a4.pdfFile)),
        import('node:fs/promises').then((fs) => fs.readFile(again.pdfFile)),
      ]);
      expect(first.equals(second)).toBe(true);
      expect(await poppler('pdfinfo', ['-rawdates', a4.pdfFile])).toMatch(
        /^CreationDate:\s+D:20261102000000\+00'00'$/m,
      );
    } finally {
      await rm(again.dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('prints on US Letter when asked', async () => {
    const letter = await printPlan(examplePlan, { browser, paper: 'letter' });
    try {
      expect(await poppler('pdfinfo', [letter.pdfFile])).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
      const texts = await pageTexts(letter.pdfFile);
      texts.forEach((text, index) => expect(squash(text)).toContain(`Page ${index + 1} of ${texts.length}`));
      expect(letter.result.blockedRequests).toEqual([]);
    } finally {
      await rm(letter.dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reports how long the draft and the final print took', () => {
    const { draftMs, finalMs, totalMs } = a4.result.timings;
    expect(draftMs).toBeGreaterThan(0);
    expect(finalMs).toBeGreaterThan(0);
    expect(totalMs).toBeGreaterThanOrEqual(draftMs! + finalMs);
  });
});
