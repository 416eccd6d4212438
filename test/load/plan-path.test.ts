import { describe, expect, it } from 'vitest';
import { formatPath, fromJsonPointer } from '../../src/core/plan-path.js';

describe('plan paths', () => {
  it('formats a path the way people read it', () => {
    expect(formatPath(['scenarios', 2, 'trigger', 'after'])).toBe('scenarios[2].trigger.after');
    expect(formatPath([])).toBe('');
  });

  it('reads an ajv instancePath, unescaping ~1 and ~0 and turning indexes into numbers', () => {
    expect(fromJsonPointer('/scenarios/0/rto')).toEqual(['scenarios', 0, 'rto']);
    expect(fromJsonPointer('/a~1b/c~0d/01')).toEqual(['a/b', 'c~d', '01']);
    expect(fromJsonPointer('')).toEqual([]);
  });
});
