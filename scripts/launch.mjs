// Launches real headless (or headed) Chromium or Firefox with the built extension loaded,
// through puppeteer-core. Shared by the end-to-end tests, `npm start` and the benchmark.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ensureBrowser, ensureFirefoxChinese } from './browsers.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Flags that keep Chromium from reaching for hosts it cannot reach here. */
export const CHROMIUM_QUIET_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-gpu',
];

/**
 * @typedef {object} LaunchedBrowser
 * @property {'chromium' | 'firefox'} kind
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} extensionOrigin  chrome-extension://ID or moz-extension://UUID
 * @property {() => Promise<void>} close
 */

/**
 * @param {'chromium' | 'firefox'} kind
 * `env` adds to the browser's environment (e.g. FONTCONFIG_FILE, to offer it only some fonts).
 * @param {{ headless?: boolean, extensionDir?: string, locale?: string, colorScheme?: string, env?: Record<string, string> }} [options]
 * @returns {Promise<LaunchedBrowser>}
 */
export async function launchWithExtension(kind, options = {}) {
  const headless = options.headless ?? true;
  const dir = options.extensionDir ?? join(root, 'dist', kind);
  const executablePath = ensureBrowser(kind);
  if (kind === 'chromium') {
    const args = [
      ...CHROMIUM_QUIET_FLAGS,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    if (options.locale) args.push(`--lang=${options.locale}`);
    const browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath,
      headless,
      args,
      defaultViewport: { width: 1100, height: 900 },
      env: {
        ...process.env,
        ...(options.locale ? { LANGUAGE: options.locale } : {}),
        ...options.env,
      },
    });
    const worker = await browser.waitForTarget(
      (target) =>
        target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
    return { kind, browser, extensionOrigin, close: () => browser.close() };
  }
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  /** @type {Record<string, string | boolean>} */
  const prefs = {
    // A fixed internal UUID, so tests can open moz-extension://UUID/popup.html.
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'app.update.enabled': false,
  };
  if (options.locale) prefs['intl.locale.requested'] = options.locale;
  if (options.locale?.startsWith('zh')) ensureFirefoxChinese();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    protocol: 'webDriverBiDi',
    // Lets WebDriver BiDi open the extension's own pages (moz-extension://) in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
    env: { ...process.env, ...options.env },
    defaultViewport: { width: 1100, height: 900 },
  });
  await browser.installExtension(dir);
  return {
    kind,
    browser,
    extensionOrigin: `moz-extension://${uuid}`,
    close: () => browser.close(),
  };
}

/**
 * Opens one of the extension's own pages (e.g. "popup.html") in a new tab and waits until it has
 * loaded. In Firefox the load swaps the tab's process, which puppeteer reports as a detached frame,
 * so there we wait for the document itself instead of the navigation.
 * @param {LaunchedBrowser} launched
 * @param {string} path
 * @param {(page: import('puppeteer-core').Page) => void} [beforeLoad] attach listeners here
 */
export async function openExtensionPage(launched, path, beforeLoad) {
  const page = await launched.browser.newPage();
  beforeLoad?.(page);
  const url = `${launched.extensionOrigin}/${path}`;
  if (launched.kind === 'chromium') {
    await page.goto(url);
    return page;
  }
  page.goto(url).catch(() => {});
  const deadline = Date.now() + 20_000;
  for (;;) {
    const state = await page
      .evaluate(() => `${location.href} ${document.readyState}`)
      .catch(() => '');
    if (state.startsWith(url) && state.endsWith(' complete')) return page;
    if (Date.now() > deadline)
      throw new Error(`${path} did not load in Firefox (last state: ${state})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
