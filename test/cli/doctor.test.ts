// `bcp doctor` as a user runs it, with the machine's real browser and with a variable that points nowhere.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

beforeAll(assertCompiled);

describe('bcp doctor', () => {
  it('names the browser, fonts and git it will use, and exits 0', async () => {
    const result = await runCli(['doctor'], { PUPPETEER_EXECUTABLE_PATH: '', CHROME_PATH: '' });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^bcp \d+\.\d+\.\d+ on Node\.js v\d+/);
    // CI and this machine have Debian's Chromium; its version comes from the browser itself.
    expect(lines[1]).toMatch(/^ok {7}browser {2}\/usr\/bin\/chromium: Chromium \d+/);
    expect(lines[2]).toMatch(/^ok {7}fonts {4}Atkinson Hyperlegible Next, bundled in /);
    expect(lines[3]).toMatch(/^ok {7}git {6}git version \d/);
  });

  it('says what is missing, what it is needed for and the one command that fixes it, and exits 1', async () => {
    const result = await runCli(['doctor'], { PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'missing  browser  PUPPETEER_EXECUTABLE_PATH is /nowhere/chrome, which does not exist\n',
    );
    expect(result.stdout).toContain('needed for printing the binder (bcp build writes the site without it)\n');
    expect(result.stdout).toContain('fix: unset PUPPETEER_EXECUTABLE_PATH, or sudo apt-get install chromium\n');
    expect(result.stdout).toMatch(/^ok {7}git /m);
  });

  it('names git as missing when it is not on the PATH', async () => {
    const result = await runCli(['doctor'], { PATH: '/nonexistent' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('missing  git      git was not found on the PATH\n');
  });
});
