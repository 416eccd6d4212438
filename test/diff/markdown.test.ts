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
import { diffPlans, type PlanDiff } from '../../src/diff/plan-diff.js';
import type { DiffInput } from '../../src/diff/types.js';
import { loadPlan } from '../../src/load/load-plan.js';

type Data = Record<string, Record<string, unknown>[]>;

/** GitHub renders job summaries and comments as GitHub-flavoured Markdown; so does this pipeline. */
async function render(markdown: string): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(markdown);
  return String(file);
}

function report(diff: PlanDiff, limit?: number): string {
  const comparison: PlanComparison = {
    ok: true,
    base: { ref: 'origin/main', sha: '0123456789abcdef' },
    diff,
    notes: [],
  };
  return formatMarkdown(comparison, limit === undefined ? {} : { limit });
}

const input = (data: unknown): DiffInput => ({ data, markdown: new Map() });

describe('the Markdown report', () => {
  it('renders as GitHub Markdown, plan text shown as written and never as markup', async () => {
    const person = { id: 'sam', name: 'Sam <script>alert(1)</script> *Star* [x](javascript:1)', role: 'Owner' };
    const before = { people: [{ ...person, phone: '+61 2 5550 0101' }] };
    const after = { people: [{ ...person, phone: '+61 2 5550 0199' }] };
    const html = await render(report(diffPlans(input(before), input(after))));
    expect(html).toContain('<h2>Plan changes</h2>');
    expect(html).toContain('<h3>What changes in an outage</h3>');
    expect(html).toContain('Sam &#x3C;script>alert(1)&#x3C;/script> *Star* [x](javascript:1)');
    expect(html).not.toMatch(/<script|<em>Star|href="javascript/);
    expect(html).toContain('Phone number changed (now ending in 0199)');
    expect(html).not.toContain('5550 0199');
  });

  /**
   * The limit holds by construction (whole blocks are kept while they fit, whatever the plan's size), so a medium
   * plan shows it: with a limit it passes many times over, the report is cut and says so; with GitHub's 1 MiB it
   * fits whole. The large benchmark plan (15 MB of YAML) takes minutes to generate and load on a busy machine; set
   * BCP_LARGE_PLAN=1 to run the same test on it (measured on this machine: 11,201 changes, under 1 MiB whole; with every role changed too, 16,201 changes, cut to 1,048,486 bytes).
   */
  const size = process.env.BCP_LARGE_PLAN === '1' ? 'large' : 'medium';
  it(`stays within its limit on the ${size} benchmark plan, whatever changed`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bcp-diff-plan-'));
    try {
      await generatePlan(dir, size);
      const now = toInput(await loadPlan(dir));
      const changed = structuredClone(now.data) as Data;
      // Every person's number changed and every scenario lost a step and doubled its RTO: thousands of risks.
      for (const person of changed.people ?? []) person.phone = '+61 2 5550 9999';
      for (const scenario of changed.scenarios ?? []) {
        scenario.rto = '3w';
        scenario.workaround = (scenario.workaround as unknown[]).slice(1);
      }
      const diff = diffPlans(now, { data: changed, markdown: now.markdown });
      const whole = report(diff, Number.MAX_SAFE_INTEGER);
      const limit = size === 'large' ? JOB_SUMMARY_LIMIT : Math.floor(Buffer.byteLength(whole) / 3);
      const cut = report(diff, limit);
      expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(limit);
      if (Buffer.byteLength(whole) > limit) {
        expect(cut).toMatch(/_\d+ more blocks of changes not shown: .+ Run `bcp diff` locally for all of them._\n$/);
      }
      expect(await render(cut)).toContain('<h2>Plan changes</h2>');
      const added = report(diffPlans(input({}), now)); // a whole plan added at once
      expect(Buffer.byteLength(added)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT);
      expect(await render(added)).toContain('<h3>Scenarios</h3>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
