import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, getInstalledBrowsers } from '@puppeteer/browsers';

/** A browser bcp can print with, and how it was found (for `bcp doctor` and error messages). */
export interface FoundBrowser {
  executablePath: string;
  /** e.g. `PUPPETEER_EXECUTABLE_PATH`, `CHROME_PATH`, `installed at /usr/bin/chromium`, `puppeteer cache`. */
  source: string;
}

/** Why no browser is usable: a variable that names a missing file, or nothing found anywhere. */
export type BrowserSearch =
  { found: FoundBrowser } | { found?: undefined; problem: string; fix: string; looked: readonly string[] };

/** The variables people already set for puppeteer, Lighthouse and Karma, in the order they win. */
const VARIABLES = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const;

/** Where Chrome, Chromium and Edge are installed by their installers and by package managers. */
export function systemBrowserPaths(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ];
    return [
      ...apps.map((app) => `/Applications/${app}`),
      ...apps.map((app) => path.join(os.homedir(), 'Applications', app)),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string =>
      Boolean(root),
    );
    const programs = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
      'Chromium\\Application\\chrome.exe',
    ];
    return roots.flatMap((root) => programs.map((program) => path.win32.join(root, program)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
  ];
}

/** puppeteer's cache folder: where `npx @puppeteer/browsers install … --path <it>` and puppeteer itself put browsers. */
export function puppeteerCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PUPPETEER_CACHE_DIR || path.join(os.homedir(), '.cache', 'puppeteer');
}

/** The newest Chrome or headless shell in puppeteer's cache; undefined when there is none or it cannot be read. */
async function cachedBrowser(cacheDir: string): Promise<string | undefined> {
  if (!existsSync(cacheDir)) return undefined;
  try {
    const installed = await getInstalledBrowsers({ cacheDir });
    const usable = installed
      .filter((browser) => browser.browser === Browser.CHROME || browser.browser === Browser.CHROMEHEADLESSSHELL)
      .filter((browser) => existsSync(browser.executablePath))
      .sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
    return usable[0]?.executablePath;
  } catch {
    return undefined;
  }
}

/** The one command that gets a browser on this machine. */
export function browserFix(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'linux' && existsSync('/usr/bin/apt-get')) return 'sudo apt-get install chromium';
  return `npx @puppeteer/browsers install chrome-headless-shell@stable --path "${puppeteerCacheDir(env)}"`;
}

/**
 * Finds a browser to print with, never downloading one: PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, the usual install
 * paths of Chrome, Chromium and Edge, then a browser that `@puppeteer/browsers` installed in puppeteer's cache.
 * A variable that names a missing file is a problem in itself: the user meant that browser, not another one.
 */
export async function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  system: readonly string[] = systemBrowserPaths(process.platform, env),
): Promise<BrowserSearch> {
  const fix = browserFix(process.platform, env);
  for (const name of VARIABLES) {
    const value = env[name];
    if (!value) continue;
    if (existsSync(value)) return { found: { executablePath: value, source: name } };
    return { problem: `${name} is ${value}, which does not exist`, fix: `unset ${name}, or ${fix}`, looked: [value] };
  }
  const installed = system.find((candidate) => existsSync(candidate));
  if (installed) return { found: { executablePath: installed, source: 'installed' } };
  const cacheDir = puppeteerCacheDir(env);
  const cached = await cachedBrowser(cacheDir);
  if (cached) return { found: { executablePath: cached, source: `puppeteer cache ${cacheDir}` } };
  return { problem: 'no Chrome, Chromium or Edge was found', fix, looked: [...system, cacheDir] };
}
