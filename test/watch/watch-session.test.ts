import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WatchSession } from '../../src/watch/watch-session.js';
import { EventLog, pause, tempPlan } from './watch-helpers.js';

// Long enough for chokidar and the debounce to have reported anything a save would cause.
const SETTLE_MS = 700;

describe('bcp watch (site)', () => {
  let plan: Awaited<ReturnType<typeof tempPlan>>;
  let session: WatchSession;
  let log: EventLog;
  let url: string;

  beforeEach(async () => {
    plan = await tempPlan();
    log = new EventLog();
    session = new WatchSession(plan.plan, {
      out: plan.out,
      today: '2026-11-02',
      paper: 'a4',
      pdf: false,
      serve: { host: '127.0.0.1', port: 0 },
      onEvent: log.push,
    });
    url = (await session.start()) as string;
  });

  afterEach(async () => {
    await session.close();
    await plan.cleanup();
  });

  const page = async (at = ''): Promise<string> => (await fetch(new URL(at, url))).text();
  const planYaml = (): string => path.join(plan.plan, 'plan.yaml');
  const rewrite = async (from: string, to: string): Promise<string> => {
    const text = (await readFile(planYaml(), 'utf8')).replace(from, to);
    expect(text).toContain(to);
    return text;
  };

  it('serves the build and updates the served page after a save', async () => {
    expect(log.count('site')).toBe(1);
    expect(await page()).toContain('Harbour &amp; Pine Trading');
    const mark = log.events.length;
    await writeFile(
      planYaml(),
      await rewrite("organization: 'Harbour & Pine Trading", "organization: 'Harbour & Cedar Trading"),
    );
    const rebuilt = await log.next('site', mark);
    expect(await page()).toContain('Harbour &amp; Cedar Trading');
    // The organisation is named on every page: every page is rendered again.
    expect(rebuilt.pages.rendered).toBe(rebuilt.pages.total);
  });

  it('keeps the last good page on an invalid save, reports where, and recovers on the next valid save', async () => {
    const events = await fetch(new URL('__bcp/events', url));
    const reader = events.body!.getReader();
    const mark = log.events.length;
    await writeFile(planYaml(), await rewrite("version: '3.2'", 'version: [3.2'));
    const invalid = await log.next('invalid', mark);
    expect(invalid.diagnostics[0]).toMatchObject({ ruleId: 'yaml', file: planYaml() });
    expect(await page()).toContain('Harbour &amp; Pine Trading');
    let stream = '';
    while (!stream.includes('event: problems')) stream += new TextDecoder().decode((await reader.read()).value);
    expect(stream).toContain(`"file":${JSON.stringify(planYaml())}`);
    await writeFile(planYaml(), (await readFile(planYaml(), 'utf8')).replace('version: [3.2', "version: '3.3'"));
    await log.next('site', mark);
    while (!stream.includes('event: ok')) stream += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
  });

  it('rebuilds exactly once for a save that writes a temporary file and renames it over', async () => {
    const mark = log.events.length;
    const temporary = path.join(plan.plan, '.plan.yaml.swp');
    await writeFile(
      temporary,
      await rewrite("organization: 'Harbour & Pine Trading", "organization: 'Renamed Trading"),
    );
    await rename(temporary, planYaml());
    await log.next('site', mark);
    await pause(SETTLE_MS);
    expect(log.count('site', mark)).toBe(1);
    expect(await page()).toContain('Renamed Trading');
  });

  it('rebuilds exactly once for a save that deletes and recreates the file', async () => {
    const mark = log.events.length;
    const text = await rewrite("organization: 'Harbour & Pine Trading", "organization: 'Recreated Trading");
    await rm(planYaml());
    await writeFile(planYaml(), text);
    await log.next('site', mark);
    await pause(SETTLE_MS);
    expect(log.count('site', mark)).toBe(1);
    expect(log.count('invalid', mark)).toBe(0);
  });

  it('picks up files added to and removed from the plan folder', async () => {
    let mark = log.events.length;
    const extra = path.join(plan.plan, 'extra-people.yaml');
    await writeFile(
      extra,
      "people:\n  - id: nova-temp\n    name: Nova Temp\n    role: Temporary help\n    phone: '+61 2 5550 0199'\n",
    );
    const added = await log.next('site', mark);
    expect(await page('contacts.html')).toContain('Nova Temp');
    // A new person shows on the pages that list people, not on the scenario pages.
    expect(added.pages.rendered).toBeGreaterThan(0);
    expect(added.pages.rendered).toBeLessThan(added.pages.total);
    mark = log.events.length;
    await rm(extra);
    await log.next('site', mark);
    expect(await page('contacts.html')).not.toContain('Nova Temp');
  });

  it('serves only the build output, on 127.0.0.1', async () => {
    expect(new URL(url).hostname).toBe('127.0.0.1');
    for (const attempt of ['../plan/plan.yaml', '%2e%2e/plan/plan.yaml', '..%2fmanifest.json']) {
      expect((await fetch(`${url}${attempt}`)).status, attempt).toBe(404);
    }
    expect((await fetch(new URL('manifest.json', url))).status).toBe(404);
  });
});
