// src/model/today.ts is tested here with the loader's other inputs; every date rule gets "today" from it.
import { describe, expect, it } from 'vitest';
import { InvalidTodayError, isRealDate, resolveToday } from '../../src/core/today.js';

const clock = (): Date => new Date('2026-03-31T23:30:00Z');

describe('resolveToday', () => {
  it('prefers the --today option', () => {
    expect(resolveToday('2026-01-15', { BCP_TODAY: '2025-12-01' }, clock)).toBe('2026-01-15');
  });

  it('falls back to BCP_TODAY', () => {
    expect(resolveToday(undefined, { BCP_TODAY: '2025-12-01' }, clock)).toBe('2025-12-01');
  });

  it('falls back to the clock, in UTC, when neither is set or BCP_TODAY is empty', () => {
    expect(resolveToday(undefined, {}, clock)).toBe('2026-03-31');
    expect(resolveToday(undefined, { BCP_TODAY: '' }, clock)).toBe('2026-03-31');
  });

  it.each(['2026-02-30', '2026/03/01', '26-03-01', 'today'])('refuses %j with a RangeError naming it', (given) => {
    expect(() => resolveToday(given, {}, clock)).toThrow(RangeError);
    // The CLI tells a usage error by its type, never by its message text.
    expect(() => resolveToday(given, {}, clock)).toThrow(InvalidTodayError);
    expect(() => resolveToday(given, {}, clock)).toThrow(`\`${given}\``);
  });
});

describe('isRealDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-3-1', false],
  ])('%s → %s', (text, real) => {
    expect(isRealDate(text)).toBe(real);
  });
});
