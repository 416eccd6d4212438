import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BrowserUnavailableError, findBrowser, launchBrowser } from '../../../src/render/print/browser.js';

describe('findBrowser', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first', () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: process.execPath })).toBe(process.execPath);
  });

  it('skips a PUPPETEER_EXECUTABLE_PATH that does not exist', () => {
    const found = findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' });
    expect(found).not.toBe('/nowhere/chrome');
  });

  it("finds the system's Chromium when nothing else is set", () => {
    // CI and this machine have Debian's chromium, and puppeteer never downloads a browser here.
    expect(findBrowser({})).toBe('/usr/bin/chromium');
  });
});

describe('launchBrowser', () => {
  const saved = process.env.TMPDIR;
  let tmp: string | undefined;

  afterEach(async () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('says how to get Chromium when PUPPETEER_EXECUTABLE_PATH points nowhere', async () => {
    const launching = launchBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' });
    await expect(launching).rejects.toBeInstanceOf(BrowserUnavailableError);
    await expect(launching).rejects.toThrow(/apt-get install chromium.*PUPPETEER_EXECUTABLE_PATH/);
  });

  it('says how to get Chromium when the browser does not start, and leaves no profile behind', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'bcp-launch-'));
    process.env.TMPDIR = tmp;
    const launching = launchBrowser({ PUPPETEER_EXECUTABLE_PATH: '/bin/false' });
    await expect(launching).rejects.toBeInstanceOf(BrowserUnavailableError);
    await expect(launching).rejects.toThrow(/\/bin\/false did not start.*apt-get install chromium/);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('removes its profile folder when the browser is closed', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'bcp-launch-'));
    process.env.TMPDIR = tmp;
    const browser = await launchBrowser();
    expect((await readdir(tmp)).filter((name) => name.startsWith('bcp-chromium-'))).toHaveLength(1);
    await browser.close();
    expect(await readdir(tmp)).toEqual([]);
  });
});
