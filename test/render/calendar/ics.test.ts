import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar } from '../../../src/render/calendar/ics.js';
import { parseCalendar } from './ical.js';

const octets = (line: string): number => Buffer.byteLength(line, 'utf8');

describe('the iCalendar writer', () => {
  const summary = 'Back-up: ☕ Café, Zürich; “quoted”\\ and 東京の事務所 '.repeat(4).trim();
  const description = 'First line,\nsecond line; with a backslash \\ and more.\r\nThird line.';
  const text = icsCalendar({
    name: 'Café Ünal, Zürich: continuity plan',
    productId: '-//bcp//bcp 0.0.0//EN',
    stamp: '2026-11-05',
    events: [{ uid: 'review.plan@cafe.bcp', date: '2026-12-31', summary, description, categories: ['Review'] }],
  });

  it('ends every line with CRLF and folds lines at 75 octets without splitting a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('escapes text so that a real parser reads back exactly what was written', () => {
    const { name, events } = parseCalendar(text);
    expect(name).toBe('Café Ünal, Zürich: continuity plan');
    expect(events).toEqual([
      {
        uid: 'review.plan@cafe.bcp',
        date: '2026-12-31',
        summary,
        description: description.replace(/\r\n/g, '\n'),
        categories: ['Review'],
      },
    ]);
  });

  it('writes all-day events that end the next day, stamped with the build date', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270101\r\n');
    expect(text).toContain('DTSTAMP:20261105T000000Z\r\n');
  });

  it('escapes backslash, semicolon, comma and line breaks as RFC 5545 says', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('leaves short lines alone and folds a long one into parts that join back', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const long = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});
