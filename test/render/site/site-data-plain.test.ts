import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { siteData } from '../../../src/render/view/site-view.js';
import { repoRoot } from '../../helpers/paths.js';
import { examplePlan, siteViewOf } from './site-fixture.js';

const plans = [
  examplePlan,
  ...['accounting-firm', 'cafe', 'clinic'].map((name) => path.join(repoRoot, 'examples', name)),
];

/**
 * Where in the value something is that JSON cannot stand for: `bcp watch` compares what each page read by its JSON
 * text (render/site/page-memory.ts), and a Map, a function or a date would compare equal when it is not.
 */
function notPlain(value: unknown, at: string, path: Set<object> = new Set()): string[] {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return [];
  if (typeof value !== 'object') return [`${at}: ${typeof value}`];
  if (path.has(value)) return [`${at}: refers back to itself`];
  if (value instanceof Handlebars.SafeString) return [];
  const inner = new Set(path).add(value);
  if (Array.isArray(value)) return value.flatMap((item, i) => notPlain(item, `${at}[${i}]`, inner));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return [`${at}: a ${value.constructor.name}`];
  return Object.entries(value).flatMap(([key, item]) =>
    item === undefined ? [] : notPlain(item, `${at}.${key}`, inner),
  );
}

describe('the site data is plain data', () => {
  it.each(plans)('%s', async (planDir) => {
    const data = siteData(await siteViewOf(planDir));
    expect(notPlain(data, 'data')).toEqual([]);
  });

  it('finds what is not', () => {
    expect(notPlain({ a: [new Map()], b: () => 1, c: new Date(0) }, 'x')).toEqual([
      'x.a[0]: a Map',
      'x.b: function',
      'x.c: a Date',
    ]);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(notPlain(loop, 'x')).toEqual(['x.self: refers back to itself']);
  });
});
