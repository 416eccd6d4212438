import { describe, expect, it } from 'vitest';
import { stepOrder } from '../../src/core/step-order.js';

describe('stepOrder', () => {
  it('lets a step wait for the one before unless it says otherwise', () => {
    const steps = [
      'First',
      { action: 'Second', id: 'b' },
      { action: 'Third', after: [] },
      { action: 'Fourth', after: ['b'] },
    ];
    expect(stepOrder(steps)).toEqual({ waitsFor: [[], [0], [], [1]], problems: [] });
  });

  it('finds a step that waits for itself, and a circle of three, each once', () => {
    const steps = [
      { action: 'a', id: 'a', after: ['a'] },
      { action: 'b', id: 'b', after: ['d'] },
      { action: 'c', id: 'c' },
      { action: 'd', id: 'd', after: ['c'] },
    ];
    // b waits for d, d for c, c (by default) for b.
    expect(stepOrder(steps).problems).toEqual([
      { kind: 'cycle', steps: [0] },
      { kind: 'cycle', steps: [1, 2, 3] },
    ]);
  });

  it('reports an unknown id and a duplicate id, and skips what is not a string', () => {
    const steps = [
      { action: 'a', id: 'same' },
      { action: 'b', id: 'same', after: ['nowhere', 42] },
    ];
    expect(stepOrder(steps).problems).toEqual([
      { kind: 'duplicate', step: 1, id: 'same', first: 0 },
      { kind: 'unknown', step: 1, entry: 0, id: 'nowhere' },
    ]);
  });
});
