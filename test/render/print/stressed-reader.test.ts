import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/pipeline/check.js';
import { rules } from '../../../src/lint/rules/index.js';
import { launchBrowser } from '../../../src/output/browser.js';
import { actionCard } from '../../../src/render/print/binder-view.js';
import { readPageTargets } from '../../../src/render/print/link-targets.js';
import { buildViewModel } from '../../../src/render/view/view-model.js';
import { repoRoot } from '../../helpers/paths.js';
import { pageTexts, poppler, printPlan, squash, type Printed } from './print-helpers.js';

// Late in November 2026: the example plan's critical contacts, supplier list and price list are overdue by then.
const TODAY = '2026-11-27';

const plans = {
  trading: path.join(repoRoot, 'plan'),
  clinic: path.join(repoRoot, 'examples', 'clinic'),
  cafe: path.join(repoRoot, 'examples', 'cafe'),
  'accounting-firm': path.join(repoRoot, 'examples', 'accounting-firm'),
};
type PlanName = keyof typeof plans;

interface Binder extends Printed {
  pages: string[];
  /** The page (1-based) each element with an id that a link points to starts on. */
  targets: Map<string, number>;
}

async function viewAt(planDir: string) {
  const checked = await checkPlan(planDir, { today: TODAY });
  if (!checked.model) throw new Error(`${planDir} is not a valid plan`);
  const view = buildViewModel(checked.model, {
    today: TODAY,
    generated: TODAY,
    commit: null,
    revisions: [],
    diagnostics: checked.diagnostics,
    paper: 'a4',
  });
  return { ...view, charts: null };
}

/** Pages N to M in reading order (no -layout): text in columns comes out column by column. */
async function readingOrder(pdfFile: string, from: number, to = from): Promise<string> {
  return poppler('pdftotext', ['-f', String(from), '-l', String(to), pdfFile, '-']);
}

/**
 * Whether the plan's own sentences use an id's words ("send the back-to-normal notice"): then the binder prints
 * them as written. Lines that hold only a key and an id, and ids in code marks, are references, not sentences.
 */
function inProse(planDir: string, id: string): boolean {
  const files = readdirSync(planDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ya?ml|md)$/.test(f));
  const reference = /^\s*(-\s*)?([a-z_]+:\s*)?\[?[a-z0-9, -]+\]?\s*$/;
  return files.some((file) =>
    readFileSync(path.join(planDir, file), 'utf8')
      .split('\n')
      .some((line) => !reference.test(line) && new RegExp(`(?<![\\w\`-])${id}(?![\\w\`-])`).test(line)),
  );
}

/** Text compared without any white space: pdftotext spreads a line over columns and breaks it where it wrapped. */
const bare = (text: string): string => text.replace(/\s+/g, '');

/** As `bare`, and without hyphens: reading order joins a line broken after a hyphen ("scam e-" "mail"). */
const joined = (text: string): string => text.replace(/[\s-]+/g, '');

/** A step's text as printed: Markdown marks gone. */
const printed = (markdown: string): string => markdown.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

describe('the binder for a reader under stress', () => {
  let browser: Browser;
  const binders = {} as Record<PlanName, Binder>;

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const [name, planDir] of Object.entries(plans) as [PlanName, string][]) {
      const printedPlan = await printPlan(planDir, { browser, view: await viewAt(planDir) });
      const { targets } = await readPageTargets(new Uint8Array(await readFile(printedPlan.pdfFile)));
      binders[name] = { ...printedPlan, pages: await pageTexts(printedPlan.pdfFile), targets };
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    for (const binder of Object.values(binders)) await rm(binder.dir, { recursive: true, force: true });
  });

  describe.each(Object.keys(plans) as PlanName[])('%s', (name) => {
    it("prints each scenario's first action on the scenario's first page, with who does it", () => {
      const binder = binders[name];
      for (const scenario of binder.view.scenarios) {
        const first = binder.targets.get(scenario.slug);
        expect(first, scenario.id).toBeDefined();
        const page = bare(binder.pages[first! - 1]!);
        expect(page).toContain(bare(scenario.title));
        const action = scenario.workaround[0];
        if (!action) continue;
        expect(page, `${scenario.id} on page ${first}`).toContain(bare(printed(action.text)));
        if (action.owner) expect(page).toContain(bare(action.owner.name));
        if (scenario.lead?.phone) expect(page).toContain(bare(scenario.lead.phone));
      }
    });

    it('keeps each action card on one page: every number the card holds is on the first page, none on the next', () => {
      const binder = binders[name];
      for (const scenario of binder.view.scenarios) {
        const first = binder.targets.get(scenario.slug)!;
        const onCard = actionCard(scenario).calls.length;
        const count = (page: number): number => (binder.pages[page - 1] ?? '').split('called at').length - 1;
        expect(count(first), `${scenario.id}: numbers on page ${first}`).toBe(onCard);
        const more = scenario.whoToCall.length - onCard;
        expect(count(first + 1), `${scenario.id}: numbers on page ${first + 1}`).toBe(more);
      }
    });

    it('leaves no page holding only a line or two carried over from the page before', () => {
      const binder = binders[name];
      // Running header (one line) and footer (one line) are on every page: a page needs more than three lines
      // of its own beside them.
      const short = binder.pages
        .map((text, index) => ({ page: index + 1, lines: text.split('\n').filter((line) => line.trim()).length }))
        .filter(({ lines }) => lines <= 4);
      expect(short).toEqual([]);
    });

    it('gives every cross-reference in the print HTML its page number, inside the link', () => {
      const links = [...binders[name].html.matchAll(/<a\b[^>]*\shref="#([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)];
      expect(links.length).toBeGreaterThan(0);
      for (const [link, id, inner] of links) {
        expect(inner, link).toContain(`data-page-ref="${id}"`);
      }
    });

    it("leaves no plan id in the binder's text where the reader needs a title and a page", () => {
      const view = binders[name].view;
      const ids = [
        ...view.scenarios.map((s) => s.id),
        ...view.communication.templates.map((t) => t.id),
        ...view.documents.map((d) => d.id),
        ...view.forms.map((f) => f.id),
        ...view.premises.map((p) => p.id),
      ].filter((id) => id.includes('-') && !inProse(plans[name], id));
      const text = binders[name].pages.join('\n');
      for (const id of ids) {
        expect(text, id).not.toMatch(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
      }
      expect(text).not.toContain('page 000');
    });

    it('lists only people and vendors that can be called, and never prints "no phone in the plan"', () => {
      const binder = binders[name];
      expect(binder.html).not.toContain('no phone in the plan');
      for (const scenario of binder.view.scenarios) {
        for (const call of scenario.whoToCall) expect(call.phone).toMatch(/\d/);
      }
    });

    it('writes plan health for the reader: no file:line, no rule ids, no code marks', () => {
      const binder = binders[name];
      const health = binder.targets.get('health')!;
      const revisions = binder.targets.get('revisions') ?? binder.pages.length + 1;
      const text = binder.pages.slice(health - 1, Math.max(revisions - 1, health)).join('\n');
      expect(text).toContain('Plan health');
      expect(text).not.toMatch(/\.(yaml|md):\d+/);
      expect(text).not.toContain('`');
      for (const rule of rules) expect(text).not.toMatch(new RegExp(`(?<![\\w-])${rule.id}(?![\\w-])`));
    });
  });

  it('sets the action cards in 11 pt or larger and the quick reference in 10.5 pt or larger', async () => {
    for (const binder of Object.values(binders)) {
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(path.join(binder.dir, 'binder.html')).href, { waitUntil: 'load' });
        const smallest = await page.evaluate(() => {
          const min = (selector: string): number => {
            let least = Infinity;
            for (const root of Array.from(document.querySelectorAll(selector))) {
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement!;
                // Labels over a box and the blanks to write the time in are not read under stress.
                if (!node.textContent?.trim() || parent.closest('.label, .kicker, .step-time, .call-note, thead'))
                  continue;
                least = Math.min(least, parseFloat(getComputedStyle(parent).fontSize) * 0.75);
              }
            }
            return least;
          };
          return { card: min('.action-card'), quick: min('.quick-reference') };
        });
        expect(smallest.card).toBeGreaterThanOrEqual(11);
        expect(smallest.quick).toBeGreaterThanOrEqual(10.5);
      } finally {
        await page.close();
      }
    }
  });

  it('indexes every scenario in the quick reference and says on which page the list goes on', async () => {
    const binder = binders.trading;
    const first = binder.targets.get('quick-reference')!;
    const index = squash(binder.pages[first - 1]!);
    const reading = joined(await readingOrder(binder.pdfFile, first));
    for (const scenario of binder.view.scenarios) {
      expect(reading).toContain(joined(`${scenario.title}(${scenario.alsoCalled.join(', ')})`));
      expect(index).toMatch(new RegExp(`\\b${binder.targets.get(scenario.slug)}\\b`));
    }
    const next = binder.targets.get('quick-reference-page-2')!;
    expect(index).toContain(`The list goes on, page ${next}`);
    expect(squash(binder.pages[next - 1]!)).toContain(`continued from page ${first}`);
  });

  it('prints the everyday words for a scenario under its title', () => {
    const binder = binders.trading;
    const premises = binder.view.scenarios.find((s) => s.id === 'premises-loss')!;
    expect(squash(binder.pages[binder.targets.get(premises.slug)! - 1]!)).toContain(
      'Also called: fire, flood, power cut',
    );
  });

  it('puts a decision on the action card with the page of the scenario it leads to', () => {
    const binder = binders.trading;
    const crm = squash(binder.pages[binder.targets.get('scenario-crm-outage')! - 1]!);
    expect(crm).toContain('If the office internet is also down:');
    expect(crm).toContain(`Go to Office internet is down (page ${binder.targets.get('scenario-internet-outage')})`);
  });

  it('prints what a caller needs beside a vendor: account, hours and where the PIN is kept', () => {
    const binder = binders.trading;
    const crm = squash(binder.pages[binder.targets.get('scenario-crm-outage')! - 1]!);
    expect(crm).toContain('PIN or password: Password manager, entry "Brightpearl support PIN"');
  });

  it('names who has no phone number on the plan-health page instead', async () => {
    const binder = binders.trading;
    const missing = binder.view.scenarios.flatMap((s) => s.noPhone.map((entry) => entry.name));
    expect(missing.length).toBeGreaterThan(0);
    const health = await readingOrder(binder.pdfFile, binder.targets.get('health')!, binder.pages.length);
    expect(squash(health)).toContain('No phone number in the plan');
    for (const name of missing) expect(bare(health)).toContain(bare(name));
  });

  it('flags an overdue list on its own page and on the cover, in plain words', () => {
    const binder = binders.trading;
    const cover = squash(binder.pages[0]!);
    expect(cover).toContain('Out of date');
    expect(cover).toContain('CHECK BEFORE USE');
    const contacts = binder.targets.get('critical-contacts')!;
    expect(cover).toContain(`Critical contacts, due`);
    expect(cover).toContain(`: page ${contacts}`);
    expect(squash(binder.pages[contacts - 1]!)).toMatch(/Overdue for review since \d{4}-\d{2}-\d{2}/);
  });

  it('gives the back-to-normal checklist who and when, record counts and a signature', async () => {
    const binder = binders.trading;
    const from = binder.targets.get('form-back-up')!;
    const text = joined(await readingOrder(binder.pdfFile, from, binder.targets.get('exercises')! - 1)).toUpperCase();
    for (const words of ['WHO', 'WHEN', 'In the system', 'In the backup', 'Entered from paper', 'Signature']) {
      expect(text).toContain(joined(words).toUpperCase());
    }
  });
});
