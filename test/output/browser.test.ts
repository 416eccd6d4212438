import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Browser, computeExecutablePath } from '@puppeteer/browsers';
import { BrowserUnavailableError, launchBrowser } from '../../src/output/browser.js';
import { findBrowser, systemBrowserPaths } from '../../src/output/find-browser.js';

describe('findBrowser', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first, then CHROME_PATH', async () => {
    expect((await findBrowser({ PUPPETEER_EXECUTABLE_PATH: process.execPath, CHROME_PATH: '/bin/sh' })).found).toEqual({
      executablePath: process.execPath,
      source: 'PUPPETEER_EXECUTABLE_PATH',
    });
    expect((await findBrowser({ CHROME_PATH: process.execPath })).found?.source).toBe('CHROME_PATH');
  });

  it('refuses a variable that names a missing file instead of quietly taking another browser', async () => {
    const search = await findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' });
    expect(search.found).toBeUndefined();
    expect(search).toMatchObject({ problem: 'PUPPETEER_EXECUTABLE_PATH is /nowhere/chrome, which does not exist' });
  });

  it("finds the system's Chromium when nothing is set", async () => {
    // CI and this machine have Debian's chromium, and bcp never downloads a browser.
    expect((await findBrowser({})).found).toEqual({ executablePath: '/usr/bin/chromium', source: 'installed' });
  });

  it('knows where Chrome and Edge live on macOS and Windows', () => {
    expect(systemBrowserPaths('darwin')).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const windows = systemBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' });
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it("finds a browser that @puppeteer/browsers installed in puppeteer's cache", async () => {
    // A real cache layout: what `npx @puppeteer/browsers install chrome-headless-shell@<build> --path <cache>` makes.
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'bcp-cache-'));
    try {
      const executable = computeExecutablePath({
        browser: Browser.CHROMEHEADLESSSHELL,
        buildId: '131.0.6778.85',
        cacheDir,
      });
      await mkdir(path.dirname(executable), { recursive: true });
      await writeFile(executable, '');
      // No system paths: only the cache is looked in.
      const search = await findBrowser({ PUPPETEER_CACHE_DIR: cacheDir }, []);
      expect(search.found).toEqual({ executablePath: executable, source: `puppeteer cache ${cacheDir}` });
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
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
    await expect(launching).rejects.toThrow(
      /PUPPETEER_EXECUTABLE_PATH is \/nowhere\/chrome, which does not exist.*apt-get install chromium/,
    );
  });

  it('says how to get Chromium when the browser does not start, and leaves no profile behind', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'bcp-launch-'));
    process.env.TMPDIR = tmp;
    const launching = launchBrowser({ PUPPETEER_EXECUTABLE_PATH: '/bin/false' });
    await expect(launching).rejects.toBeInstanceOf(BrowserUnavailableError);
    await expect(launching).rejects.toThrow(/\/bin\/false did not start.*bcp doctor/);
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
