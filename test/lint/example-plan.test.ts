import { stepsOf } from '../../src/model/fact.js';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan, type CheckResult } from '../../src/pipeline/check.js';
import { repoRoot } from '../helpers/paths.js';

/** The day the example plan was last reviewed (`plan.reviewed`). */
const REVIEWED = '2026-11-02';
/** Two years on, with nobody having touched the plan. */
const TWO_YEARS_LATER = '2028-11-02';

/**
 * The example plan in plan/ is what a new user copies, so it must pass every rule on the day it was reviewed, and
 * it shows what neglect looks like. It is checked from a copy outside any git repository: in this repository the
 * git signals depend on how the clone was made (a shallow CI checkout is rightly a finding), not on the plan.
 */
describe('the example plan', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bcp-example-plan-'));
    await cp(path.join(repoRoot, 'plan'), dir, { recursive: true });
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const check = (today: string): Promise<CheckResult> => checkPlan(dir, { today });
  const show = ({ diagnostics }: CheckResult): string[] =>
    diagnostics.map((d) => `${d.ruleId} ${path.relative(dir, d.file)}:${d.line} ${d.message}`);
  const ruleIds = ({ diagnostics }: CheckResult): Set<string> => new Set(diagnostics.map((d) => d.ruleId));

  it(`on the day it was reviewed (${REVIEWED}), finds only what the step durations say`, async () => {
    const result = await check(REVIEWED);
    const scenarios = result.model?.data.scenarios ?? [];
    // Two scenarios time their recovery steps; the internet outage cannot meet its 1-hour RTO (the provider's
    // fault response is 4 hours), and the others are not timed yet, which is information, not a fault.
    const untimed = scenarios.filter((s) =>
      stepsOf(s.recovery).some((step) => typeof step === 'string' || !step.takes),
    );
    expect(untimed.map((s) => s.id)).not.toContain('cyber-incident');
    expect(show(result).filter((line) => !line.startsWith('recovery-time-unknown '))).toEqual([
      'recovery-exceeds-rto scenarios-systems.yaml:361 scenario `internet-outage` needs 4h 15m to recover along recovery steps 1 (`chase-fault`), 4h → 2, 15m, longer than its RTO of 1h',
    ]);
    const unknown = result.diagnostics.filter((d) => d.ruleId === 'recovery-time-unknown');
    expect(unknown.map((d) => d.severity)).toEqual(untimed.map(() => 'info'));
    expect(unknown.map((d) => d.path)).toEqual(
      expect.arrayContaining(untimed.map((s) => `scenarios[${scenarios.indexOf(s)}].recovery`)),
    );
  });

  it(`rots in the expected ways when nobody touches it for two years (${TWO_YEARS_LATER})`, async () => {
    const before = await check(REVIEWED);
    const after = await check(TWO_YEARS_LATER);
    const data = after.model?.data;
    expect(data, 'the example plan is valid').toBeDefined();
    const openActions = (data?.exercises ?? [])
      .flatMap((exercise) => exercise.actions ?? [])
      .filter((action) => action.done === undefined && action.due < TWO_YEARS_LATER);
    // Only the calendar moved, so what is new is what the date rules say about the plan's own dates:
    const expected = new Set([
      // plan.review_interval and the weekly critical contacts list are far shorter than two years;
      'overdue-review',
      // every scenario must be rehearsed at least yearly (full-scale), most of them quarterly (tabletop);
      'untested-scenario',
      // the sources ask for a restore test of every backup each quarter;
      'restore-untested',
      // and exercise actions still open are long past due.
      ...(openActions.length > 0 ? ['exercise-action-overdue'] : []),
    ]);
    const added = [...ruleIds(after)].filter((id) => !ruleIds(before).has(id));
    expect(new Set(added)).toEqual(expected);
    // The plan itself and the critical contacts list are among the overdue reviews.
    const overduePaths = after.diagnostics.filter((d) => d.ruleId === 'overdue-review').map((d) => d.path);
    expect(overduePaths).toEqual(expect.arrayContaining(['plan.reviewed', 'contacts.reviewed']));
    const actionFindings = after.diagnostics.filter((d) => d.ruleId === 'exercise-action-overdue');
    expect(actionFindings).toHaveLength(openActions.length);
  });
});
