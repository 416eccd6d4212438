// src/model/duration.ts is tested here because the loader and validator are its first users.
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/core/duration.js';

describe('parseDuration', () => {
  it.each([
    ['30m', 30],
    ['4h', 240],
    ['1.5h', 90],
    ['2d', 2880],
    ['1w', 10080],
    ['PT4H', 240],
    ['PT30M', 30],
    ['PT1H30M', 90],
    ['P2D', 2880],
    ['P1W', 10080],
    ['P1DT12H', 2160],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['four hours', '4 h', '4H', '4', 'h', '', 'P', 'PT', 'P1H', 'PT4D', '-4h', '4h30m'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [30, '30m'],
    [90, '1.5h'],
    [240, '4h'],
    [2880, '2d'],
    [10080, '1w'],
    [20160, '2w'],
    [45, '45m'],
    [1440 + 60, '25h'],
  ])('writes %i minutes as %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });

  it('round-trips the plan notation', () => {
    for (const text of ['30m', '4h', '2d', '1w']) expect(formatDuration(parseDuration(text) ?? 0)).toBe(text);
  });
});
