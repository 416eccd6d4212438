import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/pipeline/check.js';
import { fontDir } from '../../../src/render/fonts.js';
import { renderPrintHtml } from '../../../src/render/print/print-html.js';
import { loadTemplates } from '../../../src/render/templates.js';
import { buildViewModel } from '../../../src/render/view/view-model.js';
import { repoRoot } from '../../helpers/paths.js';
import { TestRepo } from '../../git/test-repo.js';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'lint');
const repos: TestRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.remove();
});

describe('the cover of a new print', () => {
  it('says which of the listed copies it replaces', async () => {
    const repo = await TestRepo.create();
    repos.push(repo);
    await cp(path.join(fixtures, 'pull-request', 'before'), repo.planDir, { recursive: true });
    await repo.commit('The plan, version 1.0', '2026-05-01');
    await cp(path.join(fixtures, 'printed-copy-out-of-date', 'fails'), repo.planDir, { recursive: true });
    await repo.commit('A new support number, a longer RTO, a step less', '2026-05-10');
    const checked = await checkPlan(repo.planDir, { today: '2026-06-01' });
    if (!checked.model) throw new Error('the fixture plan is valid');
    const view = buildViewModel(checked.model, {
      today: '2026-06-01',
      generated: '2026-06-01',
      commit: null,
      revisions: [],
      diagnostics: checked.diagnostics,
      paper: 'a4',
      printedCopies: checked.printedCopies ?? [],
    });
    const html = renderPrintHtml({ ...view, charts: null }, await loadTemplates(repo.planDir), { fontDir: fontDir() });
    const cover = html.slice(
      html.indexOf('<section class="cover"'),
      html.indexOf('</section>', html.indexOf('class="cover"')),
    );
    expect(cover).toContain('<strong>This print replaces 2 of them</strong>');
    expect(cover).toMatch(/Red binder in the office safe.*printed 2026-05-02, version 1\.0.*replace with this print/);
    expect(cover).toMatch(/Binder in Dan&#x27;s car.*printed 2026-05-02.*replace with this print/);
    // bcp cannot tell about the third (its commit is not in the history): it is not claimed either way.
    expect(cover).toMatch(/Binder at the accountant&#x27;s office.*printed 2026-05-02, commit 0123456<\/span><\/li>/);
  });
});
