import { expect } from 'vitest';
import { checkPlan } from '../../../src/pipeline/check.js';
import { buildViewModel, type ViewModel } from '../../../src/render/view/view-model.js';
import { repoRoot } from '../../helpers/paths.js';
import path from 'node:path';

/** Plan text written to break things: markup, quotes, an ampersand, DOT's `\N` and a stray backslash. */
export const NASTY = `<script>alert(1)</script> "quotes" & ampersands &amp; \\N it's \\`;

const views = new Map<string, Promise<ViewModel>>();

/** The example plan in plan/ as the templates see it, on a fixed day. */
export function exampleView(today = '2026-11-02'): Promise<ViewModel> {
  let view = views.get(today);
  if (!view) {
    view = checkPlan(path.join(repoRoot, 'plan'), { today }).then((result) => {
      if (!result.model) throw new Error('the example plan does not load');
      const facts = { today, generated: today, commit: null, revisions: [], diagnostics: result.diagnostics };
      return buildViewModel(result.model, { ...facts, paper: 'a4' });
    });
    views.set(today, view);
  }
  return view;
}

/** A copy of `view` whose first scenario, system, vendor and exercise are named with `NASTY`. */
export function nastyView(view: ViewModel): ViewModel {
  const copy = structuredClone(view);
  const scenario = copy.scenarios[0]!;
  const system = copy.systems.find((s) => s.id === scenario.systems[0]?.id) ?? copy.systems[0]!;
  const vendor = copy.vendors[0]!;
  scenario.title = `Scenario ${NASTY}`;
  for (const s of [system, ...copy.scenarios.flatMap((c) => c.systems).filter((s) => s.id === system.id)]) {
    s.name = `System ${NASTY}`;
  }
  for (const v of [vendor, ...copy.scenarios.flatMap((c) => c.vendors).filter((v) => v.id === vendor.id)]) {
    v.name = `Vendor ${NASTY}`;
  }
  for (const due of copy.due.filter((d) => d.scenario.id === scenario.id)) due.scenario.title = scenario.title;
  copy.exercises[0]!.title = `Exercise ${NASTY}`;
  return copy;
}

/** `view` with its scenarios repeated until there are `count`, each with its own id and title. */
export function manyScenarios(view: ViewModel, count: number): ViewModel {
  const scenarios = Array.from({ length: count }, (_, i) => {
    const original = view.scenarios[i % view.scenarios.length]!;
    return { ...original, id: `${original.id}-${i}`, title: `${original.title} (${i + 1})` };
  });
  const due = scenarios.flatMap((scenario, i) =>
    view.due
      .filter((d) => d.scenario.id === view.scenarios[i % view.scenarios.length]!.id)
      .map((d) => ({ ...d, scenario: { id: scenario.id, title: scenario.title } })),
  );
  return { ...view, scenarios, due };
}

/** The words a reader sees: the text of every `<text>` element in order, entities decoded, spaces collapsed. */
export function visibleText(svg: string): string {
  const drawn = svg.replace(/<title>[\s\S]*?<\/title>|<desc>[\s\S]*?<\/desc>/g, '');
  const texts = [...drawn.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' '));
  return decode(texts.join(' ')).replace(/\s+/g, ' ');
}

function decode(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity: string, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name] ?? entity;
  });
}

/** Nothing that runs, links or loads: safe to put inline in the site and the binder. */
export function expectInert(svg: string): void {
  expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*>/);
  expect(svg).not.toMatch(/<\?xml|<!DOCTYPE|<!--/i);
  expect(svg).not.toMatch(/<script|<foreignObject|<iframe|<image|<use\b|<a\b|<style/i);
  expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
  expect(svg).not.toMatch(/javascript:|vbscript:|data:/i);
  expect(svg).not.toMatch(/\s(?:xlink:)?href\s*=/i);
  expect(svg).not.toMatch(/url\((?!#)/i);
  expect(svg.replace(' xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/i);
  expect(svg.match(/<svg\b/g)).toHaveLength(1);
}

/** Each id once, and every `url(#…)` pointing at one of them. */
export function expectOwnIds(svg: string, prefix: string): void {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id.startsWith(prefix)).toBe(true);
  for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
}
