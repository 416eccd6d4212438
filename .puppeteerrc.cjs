/**
 * bcp never downloads a browser: it finds one at run time
 * (PUPPETEER_EXECUTABLE_PATH, a Chrome that puppeteer installed, then /usr/bin/chromium).
 * Skipping the download is what lets `npm ci` work on a machine without internet access.
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: true,
};
