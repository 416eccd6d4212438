import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate-plan.mjs';
import { toInput, type PlanComparison } from '../../src/diff/compare.js';
import { formatMarkdown, JOB_SUMMARY_LIMIT } from '../../src/diff/format/markdown.js';
import { diffPlans } from '../../src/diff/plan-diff.js';
import type { DiffInput } from '../../src/diff/types.js';
import { loadPlan } from '../../src/load/load-plan.js';

type Data = Record<string, Record<string, unknown>[]>;

/** GitHub renders job summaries and comments as GitHub-flavoured Markdown; so does this pipeline. */
async function render(markdown: string): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(markdown);
  return String(file);
}

function report(before: DiffInput, after: DiffInput): string {
  const comparison: PlanComparison = {
    ok: true,
    base: { ref: 'origin/main', sha: '0123456789abcdef' },
    diff: diffPlans(before, after),
    notes: [],
  };
  return formatMarkdown(comparison);
}

const input = (data: unknown): DiffInput => ({ data, markdown: new Map() });

describe('the Markdown report', () => {
  it('renders as GitHub Markdown, plan text shown as written and never as markup', async () => {
    const person = { id: 'sam', name: 'Sam <script>alert(1)</script> *Star* [x](javascript:1)', role: 'Owner' };
    const before = { people: [{ ...person, phone: '+61 2 5550 0101' }] };
    const after = { people: [{ ...person, phone: '+61 2 5550 0199' }] };
    const html = await render(report(input(before), input(after)));
    expect(html).toContain('<h2>Plan changes</h2>');
    expect(html).toContain('<h3>What changes in an outage</h3>');
    expect(html).toContain('Sam &#x3C;script>alert(1)&#x3C;/script> *Star* [x](javascript:1)');
    expect(html).not.toMatch(/<script|<em>Star|href="javascript/);
    expect(html).toContain('Phone number changed (now ending in 0199)');
    expect(html).not.toContain('5550 0199');
  });

  it('stays within a job summary’s 1 MiB on the large benchmark plan, whatever changed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bcp-diff-large-'));
    try {
      await generatePlan(dir, 'large');
      const now = toInput(await loadPlan(dir));
      const changed = structuredClone(now.data) as Data;
      // Every person's number changed and every scenario lost a step and doubled its RTO: thousands of risks.
      for (const person of changed.people ?? []) person.phone = '+61 2 5550 9999';
      for (const scenario of changed.scenarios ?? []) {
        scenario.rto = '3w';
        scenario.workaround = (scenario.workaround as unknown[]).slice(1);
      }
      const reports = [
        report(now, { data: changed, markdown: now.markdown }),
        report(input({}), now), // a whole plan added at once
      ];
      for (const markdown of reports) {
        expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT);
        expect(await render(markdown)).toContain('<h2>Plan changes</h2>');
      }
      // The first would be far over the limit in full: it says what it left out instead of breaking off.
      expect(reports[0]).toMatch(
        /_\d+ more blocks of changes not shown: .+ Run `bcp diff` locally for all of them._\n$/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
