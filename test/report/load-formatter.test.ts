import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/report/index.js';
import { formatNames, loadFormatter } from '../../src/report/load-formatter.js';

describe('loadFormatter', () => {
  it('loads, one by one, the same formatters the library exports', async () => {
    expect(formatNames).toEqual(Object.keys(formatters));
    for (const name of formatNames) expect(await loadFormatter(name)).toBe(formatters[name]);
  });
});
