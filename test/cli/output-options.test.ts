import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/exit-codes.js';
import type { CliIo } from '../../src/cli/io.js';
import { readOutputOptions } from '../../src/cli/output-options.js';

// `bcp build` and `bcp watch` read their shared options here: one check, so the two cannot drift.
const io = { env: {} } as unknown as CliIo;
const values = { out: 'dist', today: '2026-11-27', paper: 'a4', 'no-pdf': false, audience: 'owners' };

describe('the options build and watch share', () => {
  it('gives the checked values, with the audience a build is for', () => {
    expect(readOutputOptions({ ...values, audience: 'public', 'no-pdf': true }, io)).toEqual({
      out: 'dist',
      today: '2026-11-27',
      paper: 'a4',
      pdf: false,
      audience: 'public',
    });
  });

  it.each([
    [{ paper: 'a5' }, '--paper must be a4 or letter, not `a5`'],
    [{ audience: 'everyone' }, '--audience must be owners, staff or public, not `everyone`'],
  ])('refuses %o as a usage error', (change, message) => {
    expect(() => readOutputOptions({ ...values, ...change }, io)).toThrow(new UsageError(message));
  });
});
