import { describe, expect, it } from 'vitest';
import { printProblem } from '../../src/pipeline/build.js';

describe('why the binder could not be printed', () => {
  it('says what most often lies behind the failure Chromium gives no reason for, and what still works', () => {
    // Chromium's words when the print of the benchmark's 1,000-scenario plan failed at 20 GB.
    const words = printProblem('Protocol error (Page.printToPDF): Printing failed');
    expect(words).toMatch(/^Protocol error \(Page\.printToPDF\): Printing failed\. Chromium gives no reason/);
    expect(words).toContain('memory');
    expect(words).toContain('`bcp build --no-pdf` builds the site alone');
  });

  it.each([
    'Failed to launch the browser process! spawn /bin/false ENOENT',
    'Navigation timeout of 30000 ms exceeded',
    'Target closed',
  ])('passes on any other reason as Chromium gave it: %s', (message) => {
    expect(printProblem(message)).toBe(message);
  });
});
