import { afterEach, describe, expect, test } from 'vitest';
import { TIMELINE_TITLE, dayMonthYear, renderTimeline } from '../../../src/render/charts/timeline.js';
import { NASTY, exampleView, expectInert, expectOwnIds, nastyView, visibleText } from './chart-views.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('exercise time line', () => {
  test('shows the rows, today and the legend for the example plan', async () => {
    const text = visibleText((await renderTimeline(await exampleView())).toString());
    expect(text).toContain(TIMELINE_TITLE);
    for (const row of ['Tabletop exercise', 'Functional test', 'Full-scale test']) expect(text).toContain(row);
    expect(text).toContain('Today, 2 Nov 2026');
    expect(text).toContain('Exercise held');
    expect(text).toContain('Next one due by');
    expect(text).toContain('8 scenarios');
    expect(text).toMatch(/Oct 2025.*Jan 2026.*Apr 2027/);
  });

  test('names every exercise and every scenario due in its description', async () => {
    const view = await exampleView();
    const svg = (await renderTimeline(view)).toString();
    const desc = /<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    for (const exercise of view.exercises) expect(desc).toContain(exercise.title);
    for (const due of view.due) expect(desc).toContain(due.scenario.title.replace(/&/g, '&amp;'));
  });

  test('draws one mark per exercise and one per type and due date', async () => {
    const view = await exampleView();
    const svg = (await renderTimeline(view)).toString();
    const points = /class="mark-symbol role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    const dueDates = new Set(view.due.map((d) => `${d.type} ${d.due}`));
    expect(points.match(/<path/g)).toHaveLength(view.exercises.length + dueDates.size);
  });

  test('shows scheduled and overdue exercises when there are some', async () => {
    const text = visibleText((await renderTimeline(await exampleView('2026-05-01'))).toString());
    expect(text).toContain('Exercise scheduled');
    expect(text).toContain('Overdue since');
    expect(text).toContain('Today, 1 May 2026');
  });

  test('is inert, with ids of its own', async () => {
    const svg = (await renderTimeline(await exampleView())).toString();
    expectInert(svg);
    expectOwnIds(svg, 'bcp-timeline-');
  });

  test('draws the same bytes twice and in any time zone', async () => {
    const view = await exampleView();
    process.env.TZ = 'UTC';
    const first = (await renderTimeline(view)).toString();
    expect((await renderTimeline(view)).toString()).toBe(first);
    process.env.TZ = 'Pacific/Kiritimati';
    expect((await renderTimeline(view)).toString()).toBe(first);
    process.env.TZ = 'America/Adak';
    expect((await renderTimeline(view)).toString()).toBe(first);
  });

  test('escapes plan text', async () => {
    const svg = (await renderTimeline(nastyView(await exampleView()))).toString();
    expectInert(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain(
      `Exercise ${NASTY}`
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'),
    );
  });

  test('draws a plan that has never rehearsed anything', async () => {
    const view = await exampleView();
    const svg = (await renderTimeline({ ...view, exercises: [], due: [] })).toString();
    expectInert(svg);
    expect(visibleText(svg)).toContain('Today, 2 Nov 2026');
  });

  test('writes dates the way people do', () => {
    expect(dayMonthYear('2026-11-02')).toBe('2 Nov 2026');
    expect(dayMonthYear('2027-01-31')).toBe('31 Jan 2027');
  });
});
