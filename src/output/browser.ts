import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { killGroupOnInterrupt, removeProfileOnInterrupt } from '../fs/cleanup.js';
import { findBrowser } from './find-browser.js';

/** Raised when no Chromium can be found or started: the message says how to get one. */
export class BrowserUnavailableError extends Error {
  override readonly name = 'BrowserUnavailableError';
}

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

/**
 * Starts headless Chromium with its own profile folder, which `browser.close()` removes (a failed launch
 * would otherwise leave `/tmp/puppeteer_dev_chrome_profile-*` behind).
 * @throws BrowserUnavailableError when no browser is found or it does not start.
 */
export async function launchBrowser(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const search = await findBrowser(env);
  if (!search.found) {
    throw new BrowserUnavailableError(
      `bcp prints the binder with Chrome or Chromium, and ${search.problem}. To get one: \`${search.fix}\` (or set PUPPETEER_EXECUTABLE_PATH to a Chrome, Chromium or Edge executable; \`bcp doctor\` says what bcp found).`,
    );
  }
  const { executablePath } = search.found;
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
    throw new BrowserUnavailableError(
      `The browser at ${executablePath} did not start (${reason}). Run \`bcp doctor\` to see which browser bcp uses.`,
      {
        cause: error,
      },
    );
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
