import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/pipeline/check.js';
import { stepsOf } from '../../../src/model/fact.js';
import type { PlanModel } from '../../../src/model/plan-model.js';
import { teamExtracts } from '../../../src/render/extracts/extract-view.js';
import { repoRoot } from '../../helpers/paths.js';
import { assertCompiled, runCli } from '../../helpers/run-cli.js';
import { examplePlan, pageTexts, poppler, squash, TODAY } from '../print/print-helpers.js';

async function modelOf(planDir: string): Promise<PlanModel> {
  const checked = await checkPlan(planDir, { today: TODAY });
  if (!checked.model) throw new Error(`${planDir} is not valid`);
  return checked.model;
}

describe('the team extracts of the example plan, built by `bcp build` (extracts.pdf)', () => {
  let dir: string;
  let out: string;
  let plan: PlanModel;
  let pages: string[];

  beforeAll(async () => {
    assertCompiled();
    plan = await modelOf(examplePlan);
    dir = await mkdtemp(path.join(os.tmpdir(), 'bcp-extracts-'));
    out = path.join(dir, 'dist');
    const build = await runCli(['build', 'plan', '--out', out, '--today', TODAY], { SOURCE_DATE_EPOCH: '1793836800' });
    if (build.code !== 0) throw new Error(`bcp build failed: ${build.stderr}`);
    pages = (await pageTexts(path.join(out, 'extracts.pdf'))).map(squash);
  }, 180_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  const active = () => (plan.data.people ?? []).filter((person) => person.status !== 'left');
  const teams = () => [...new Set(active().map((person) => person.team ?? person.role))];

  it('prints one page per team, each page holding everyone still in it with their phone', async () => {
    expect(teams().length).toBeGreaterThan(2);
    expect(pages).toHaveLength(teams().length);
    expect(await poppler('pdfinfo', [path.join(out, 'extracts.pdf')])).toMatch(/Pages:\s+4\b[\s\S]*\(A4\)/);
    for (const [index, team] of teams().entries()) {
      const page = pages[index]!;
      expect(page, team).toContain(team);
      for (const person of active().filter((p) => (p.team ?? p.role) === team)) {
        expect(page, person.id).toContain(person.name);
        expect(page, person.id).toContain(person.phone!);
      }
    }
  });

  it('lists nobody who left, on any page', () => {
    const left = (plan.data.people ?? []).filter((person) => person.status === 'left');
    expect(left.length).toBeGreaterThan(0);
    // The one who left is in a team that still has people: the page is there, without them.
    expect(teams()).toContain(left[0]!.team);
    for (const person of left) {
      for (const page of pages) {
        expect(page).not.toContain(person.name);
        if (person.phone) expect(page).not.toContain(person.phone);
      }
    }
  });

  it("puts each scenario lead's first action on their team's page", () => {
    let leads = 0;
    for (const scenario of plan.data.scenarios ?? []) {
      const lead = typeof scenario.lead === 'string' ? plan.people.get(scenario.lead) : undefined;
      if (!lead || lead.status === 'left') continue;
      leads += 1;
      const own = stepsOf(scenario.workaround).find((step) => typeof step !== 'string' && step.owner === lead.id);
      const first = own ?? stepsOf(scenario.workaround)[0]!;
      const action = squash(typeof first === 'string' ? first : first.action);
      const page = pages[teams().indexOf(lead.team ?? lead.role)]!;
      expect(page, `${scenario.id} (${lead.id})`).toContain(`${scenario.title}: leads. First: ${action.slice(0, 40)}`);
    }
    expect(leads).toBeGreaterThan(2);
  });

  it('is listed in the manifest and linked from the site next to the cards', async () => {
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as { files: object };
    expect(Object.keys(manifest.files)).toContain('extracts.pdf');
    const index = await readFile(path.join(out, 'site', 'index.html'), 'utf8');
    expect(index).toMatch(/href="\.\.\/cards\.pdf"[\s\S]{0,200}href="\.\.\/extracts\.pdf"/);
  });
});

describe('team extracts', () => {
  it('group people without a team under their role, and leave out whoever left', async () => {
    const plan = await modelOf(path.join(repoRoot, 'examples', 'accounting-firm'));
    const extracts = teamExtracts(plan);
    expect(extracts.map((extract) => [extract.kind, extract.title, extract.members.map((m) => m.id)])).toEqual([
      ['role', 'Partner', ['helen-marsh', 'david-okoye']],
      ['role', 'Senior accountant', ['sara-lin']],
      ['role', 'Bookkeeper and office administrator', ['ben-carter']],
      ['role', 'IT support on call', ['kim-ito']],
    ]);
    const helen = extracts[0]!.members[0]!;
    expect(helen.standing).toContain('Plan owner');
    expect(helen.calls.map((c) => c.name)).toEqual(['David Okoye', 'Sara Lin']);
    expect(extracts[0]!.members[1]!.calledBy.map((c) => c.name)).toEqual(['Helen Marsh']);
  });
});
