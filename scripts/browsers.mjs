// Finds the real browsers the end-to-end tests, `npm start` and the benchmark drive.
// CHROME_PATH / FIREFOX_PATH win; then the usual install paths. Whatever is missing is installed
// by the project's one setup step (scripts/setup.mjs), which `npm start` and `npm test` run first;
// run here too, so that a script started on its own (the benchmark, say) never skips.
import { BROWSER_ENV, findBrowser, setup } from './setup.mjs';

/** @typedef {'chromium' | 'firefox'} BrowserKind */

export { findBrowser };

/**
 * The path of the browser, running the setup first when it is missing. Throws one line naming
 * what to install where the setup cannot install it.
 * @param {BrowserKind} kind
 * @returns {string}
 */
export function ensureBrowser(kind) {
  const found = findBrowser(kind);
  if (found) return found;
  setup();
  const installed = findBrowser(kind);
  if (installed) return installed;
  throw new Error(
    `${kind} is not installed: install it, or set ${BROWSER_ENV[kind]} to its executable`,
  );
}

/** Firefox's Simplified Chinese interface, for the tests that run the extension in Chinese. */
export function ensureFirefoxChinese() {
  setup();
}
