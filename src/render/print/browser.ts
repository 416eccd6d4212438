import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { killGroupOnInterrupt, removeProfileOnInterrupt } from '../../fs/cleanup.js';

/** Raised when no Chromium can be found or started: the message says how to get one. */
export class BrowserUnavailableError extends Error {
  override readonly name = 'BrowserUnavailableError';
}

const HOW_TO_GET_ONE =
  'bcp prints the binder with Chromium. Install it (Debian/Ubuntu: `apt-get install chromium`), ' +
  'or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium executable.';

/** Where distributions put Chromium or Chrome, after Debian's /usr/bin/chromium. */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

// Safe only because the HTML is our own, sanitised, with JavaScript off and every outside request blocked.
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const PROTOCOL_TIMEOUT_MS = 2 * 60 * 60 * 1000;

/** 107 bytes for a socket path, less `/org.chromium.Chromium.XXXXXX/SingletonSocket`. */
const CHROMIUM_TEMP_MAX = 60;

/** A Chrome that `npx puppeteer browsers install` put in puppeteer's cache, if there is one. */
function puppeteerChrome(): string | undefined {
  try {
    const candidate = puppeteer.executablePath();
    // puppeteer answers with PUPPETEER_EXECUTABLE_PATH from process.env when it is set: that is not an install.
    return candidate !== process.env.PUPPETEER_EXECUTABLE_PATH ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser to print with: PUPPETEER_EXECUTABLE_PATH, then a Chrome that puppeteer installed, then the
 * system's Chromium. Only paths that exist are returned.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.PUPPETEER_EXECUTABLE_PATH, puppeteerChrome(), ...SYSTEM_BROWSERS];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate!));
}

/**
 * Starts headless Chromium with its own profile folder, which `browser.close()` removes (a failed launch
 * would otherwise leave `/tmp/puppeteer_dev_chrome_profile-*` behind).
 * @throws BrowserUnavailableError when no browser is found or it does not start.
 */
export async function launchBrowser(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const configured = env.PUPPETEER_EXECUTABLE_PATH;
  if (configured && !existsSync(configured)) {
    throw new BrowserUnavailableError(
      `PUPPETEER_EXECUTABLE_PATH is ${configured}, which does not exist. ${HOW_TO_GET_ONE}`,
    );
  }
  const executablePath = findBrowser(env);
  if (!executablePath) throw new BrowserUnavailableError(`No Chromium or Chrome was found. ${HOW_TO_GET_ONE}`);
  // One folder holds Chromium's profile and its temporary files (TMPDIR): a Chromium that is killed leaves
  // `org.chromium.Chromium.*` folders in TMPDIR, and they go with the profile.
  const folder = await mkdtemp(path.join(os.tmpdir(), `bcp-chromium-${process.pid}-`));
  const userDataDir = path.join(folder, 'profile');
  const chromiumTemp = path.join(folder, 't');
  // Until close() ends: a signal kills whatever Chromium runs with this profile (even one still starting, whose
  // pid puppeteer has not handed back yet) and removes the folder.
  const releaseProfile = removeProfileOnInterrupt(folder);
  const removeProfile = async (): Promise<void> => {
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
    releaseProfile();
  };
  await mkdir(chromiumTemp);
  // Chromium makes a socket in TMPDIR, and a socket's path has at most 107 bytes: under a long TMPDIR it would not
  // start at all, so there it keeps the user's TMPDIR (and a killed Chromium may leave a folder in it).
  const tempEnv = Buffer.byteLength(chromiumTemp) <= CHROMIUM_TEMP_MAX ? { TMPDIR: chromiumTemp } : {};
  let browser: Browser;
  try {
    // bcp closes the browser itself; puppeteer's own signal handlers would exit the process with 130 on Ctrl-C
    // before `bcp watch` could stop its watcher and server.
    browser = await puppeteer.launch({
      executablePath,
      userDataDir,
      env: { ...process.env, ...tempEnv },
      args: LAUNCH_ARGS,
      headless: true,
      timeout: 30_000,
      // Printing a binder of thousands of pages is one protocol call of several minutes; puppeteer's default
      // three-minute bound on every call would fail it. The print and each page load have bounds of their own.
      protocolTimeout: PROTOCOL_TIMEOUT_MS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    await removeProfile();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new BrowserUnavailableError(`Chromium at ${executablePath} did not start (${reason}). ${HOW_TO_GET_ONE}`, {
      cause: error,
    });
  }
  // puppeteer starts Chromium as the leader of its own process group: a signal to bcp must kill that whole group.
  const pid = browser.process()?.pid;
  const releaseGroup = pid === undefined ? () => undefined : killGroupOnInterrupt(pid);
  // A browser that crashes, or a Node process that exits without closing it, must not leave the profile behind.
  const onExit = (): void => rmSync(folder, { recursive: true, force: true });
  process.once('exit', onExit);
  browser.once('disconnected', () => void removeProfile().catch(() => undefined));
  const close = browser.close.bind(browser);
  browser.close = async () => {
    try {
      await close();
    } finally {
      releaseGroup();
      process.removeListener('exit', onExit);
      await removeProfile();
    }
  };
  return browser;
}
