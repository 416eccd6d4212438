import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { printedCopyFacts, type PrintedCopyFacts } from '../../../src/diff/printed-copies.js';
import rule from '../../../src/lint/rules/printed-copy-out-of-date.js';
import { loadPlan } from '../../../src/load/load-plan.js';
import { TestRepo } from '../../git/test-repo.js';
import { testRule } from '../rule-tester.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/lint');
const repos: TestRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.remove();
});

/**
 * A real history: the plan (version 1.0) committed on 2026-05-01, copies printed on 2026-05-02, then the case's
 * files (its copies, and what changed after they were printed) committed on 2026-05-10.
 */
async function history(fixture: string): Promise<PrintedCopyFacts[]> {
  const repo = await TestRepo.create();
  repos.push(repo);
  await cp(path.join(fixtures, 'pull-request', 'before'), repo.planDir, { recursive: true });
  await repo.commit('The plan, version 1.0', '2026-05-01');
  await cp(path.join(fixtures, fixture), repo.planDir, { recursive: true });
  await repo.commit('Changes after the print', '2026-05-10');
  return printedCopyFacts(await loadPlan(repo.planDir));
}

describe('printed-copy-out-of-date', () => {
  it('names each copy printed before outage-relevant changes, its holder and what changed', async () => {
    const fixture = 'printed-copy-out-of-date/fails';
    const found = await testRule(rule, {
      name: 'fails',
      fixture,
      today: '2026-06-01',
      printedCopies: await history(fixture),
      messages: [
        'The paper copy held by Olivia Owner (Red binder in the office safe) was printed on 2026-05-02 from version 1.0 (commit ',
        "The paper copy held by Dan Deputy (Binder in Dan's car) was printed on 2026-05-02 (commit ",
        "bcp cannot tell whether the paper copy (Binder at the accountant's office) is current: commit 0123456789abcdef0123456789abcdef01234567 is not in this repository's history",
      ],
    });
    expect(found[0]?.message).toMatch(
      /; since then, 3 changes that matter in an outage: scenario “The till is down” \(`till-down`\): RTO raised from `4h` to `8h`; scenario “The till is down” \(`till-down`\): workaround: step removed: “Hand-write receipts from the receipt pad”; vendor “Acme IT” \(`acme-it`\): support number changed$/,
    );
    expect(found.map((d) => d.severity)).toEqual(['warning', 'warning', 'info']);
    for (const d of found) expect(d.message).not.toMatch(/0155|5550/);
  });

  it('names three changes and how to see the rest; a long location is shortened; a USB copy with no holder', async () => {
    const fixture = 'printed-copy-out-of-date/many-changes';
    const [found] = await testRule(rule, {
      name: 'many',
      fixture,
      today: '2026-06-01',
      printedCopies: await history(fixture),
    });
    expect(found?.message).toMatch(
      /^The USB copy \(USB stick in the fire safe under the stairs, in the blue po…\) was printed on 2026-05-02 \(commit ([0-9a-f]{7})\); since then, 4 changes that matter in an outage: .*; and 1 more \(run `bcp diff --base \1`\)$/,
    );
    expect(found?.hint).toBe(
      'Print the binder again (`bcp build`), replace this copy, and record the new print in `printed`.',
    );
  });

  it('says nothing without facts from history', () =>
    testRule(rule, { name: 'no facts', fixture: 'printed-copy-out-of-date/passes', today: '2026-06-01' }));

  it('passes copies printed before changes nobody acts on, or after the last change', async () => {
    const fixture = 'printed-copy-out-of-date/passes';
    await testRule(rule, { name: 'passes', fixture, today: '2026-06-01', printedCopies: await history(fixture) });
  });

  it('outside git, compares only the version on the copy with the plan’s', async () => {
    const fixture = 'printed-copy-out-of-date/outside-git';
    const { cp: copy, mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(path.join(tmpdir(), 'bcp-copies-'));
    try {
      await copy(path.join(fixtures, 'base'), dir, { recursive: true });
      await copy(path.join(fixtures, fixture), dir, { recursive: true });
      const printedCopies = await printedCopyFacts(await loadPlan(dir));
      await testRule(rule, {
        name: 'outside-git',
        fixture,
        today: '2026-06-01',
        printedCopies,
        messages: [
          '(Red binder in the office safe) was printed on 2026-04-02 from version 0.9; the plan is now version 1.0',
        ],
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
