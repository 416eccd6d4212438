import { describe, expect, it } from 'vitest';
import { durationInWords } from '../../../src/render/view/durations.js';
import { callTree } from '../../../src/render/view/call-tree.js';
import { fileStem } from '../../../src/render/site-hrefs.js';
import { siteData } from '../../../src/render/view/site-view.js';
import type { PersonView } from '../../../src/render/view/people.js';
import { examplePlan, siteViewOf } from './site-fixture.js';

const person = (id: string, calls: string[] = []): PersonView =>
  ({ id, name: id, calls: calls.map((c) => ({ id: c, name: c })) }) as PersonView;

describe('callTree', () => {
  it('starts with the plan owner, then people nobody calls, each person once', () => {
    const people = [person('b', ['c']), person('owner', ['b']), person('c'), person('d', ['c'])];
    const tree = callTree(people, 'owner');
    const names = (nodes: ReturnType<typeof callTree>): unknown =>
      nodes.map((n) => (n.children.length ? [n.person.id, names(n.children)] : n.person.id));
    expect(names(tree)).toEqual([['owner', [['b', ['c']]]], 'd']);
  });

  it('survives a loop in who calls whom', () => {
    const tree = callTree([person('a', ['b']), person('b', ['a'])], 'a');
    expect(tree).toHaveLength(1);
    expect(tree[0]!.children[0]!.children).toEqual([]);
  });
});

describe('durationInWords', () => {
  it.each([
    ['30m', '30 minutes'],
    ['1h', '1 hour'],
    ['90m', '1.5 hours'],
    ['2d', '2 days'],
    ['1w', '1 week'],
    ['PT4H', '4 hours'],
    ['0m', '0 minutes'],
    ['to be confirmed', 'to be confirmed'],
  ])('%s is %s', (text, words) => expect(durationInWords(text)).toBe(words));
});

describe('fileStem', () => {
  it('keeps kebab-case ids and makes anything else safe for a file name', () => {
    expect(fileStem('crm-outage')).toBe('crm-outage');
    expect(fileStem('../Evil id')).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});

describe('siteData', () => {
  it('adds what the pages need without changing the view', async () => {
    const view = await siteViewOf(examplePlan, { charts: false });
    const before = JSON.stringify(view);
    const data = siteData(view);
    expect(JSON.stringify(view)).toBe(before);
    expect(data.charts).toBeNull();
    const crm = data.scenarios.find((s) => s.id === 'crm-outage')!;
    expect(crm.file).toBe('scenarios/crm-outage.html');
    expect(crm.words).toMatchObject({ mtd: '2 days', rto: '1 day', after: '30 minutes' });
    expect(data.vendors.find((v) => v.id === 'brightpearl')!.scenarios.map((s) => s.id)).toContain('crm-outage');
    expect(data.due.every((d) => d.status.length > 0 && d.file.startsWith('scenarios/'))).toBe(true);
  });
});
