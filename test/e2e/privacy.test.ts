/**
 * The extension makes no network request of its own. Every request the browser makes is recorded
 * (see network-recorder.ts) while the demo page, the popup, the options page, the rule timeline
 * and the link check page run and are used; none may come from the extension, and none may go to
 * any host but the local test server. A control step first has an extension page and the
 * background make requests, and shows that each recorder catches them.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../src/core/data/rulesets/wechat';
import type { Ruleset } from '../../src/core/policy/rule';
import {
  BROWSERS,
  type BrowserKind,
  collectPageErrors,
  extensionErrors,
  type LaunchedBrowser,
  openExtensionPage,
  outcomes,
  serveFixtures,
  waitForPass,
} from './harness';
import {
  BrowserRequests,
  isNetwork,
  launchBehindProxy,
  namesExtension,
  recordingFront,
  recordingProxy,
} from './network-recorder';
import { chooseDate, openPopup, tabIdOf } from './popup-harness';

/** What the demo page itself loads from the server: nothing else may reach it. */
const DEMO_FILES = new Set([
  '/demo/',
  '/demo/demo.css',
  '/demo/demo.js',
  '/demo/frame.html',
  '/demo/cooker.svg',
  '/favicon.ico',
]);

/** Paths and hosts only the control step asks for. */
const CONTROL_PATH = '/control/';
const CONTROL_HOST = 'control-request.invalid';

/**
 * Hosts each browser contacts for its own services (updates, sign-in, remote settings), with or
 * without the extension. The proxy sees them; they are not the extension's.
 */
const BROWSER_SERVICES: Record<BrowserKind, RegExp> = {
  chromium: /(^|\.)(googleapis\.com|gvt1\.com|gstatic\.com)$|^(accounts|clients\d*)\.google\.com$/,
  firefox: /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/,
};

/** A custom ruleset, imported on the options page; its source names a host of its own. */
const CUSTOM: Ruleset = {
  format: 2,
  app: 'quietchat',
  name: { en: 'Quiet Chat', zh_CN: '安静聊天' },
  scopes: ['private', 'group'],
  recordEnds: '2025-01-01T00:00:00+08:00',
  sources: [{ id: 'test-source', title: 'Source', url: 'https://ruleset-source.example/quiet' }],
  rules: [
    {
      id: 'all-direct',
      scopes: ['private', 'group'],
      from: '2020-01-01T00:00:00+08:00',
      until: null,
      outcome: 'direct',
      evidence: 'inferred',
      sources: ['test-source'],
      explanation: { en: 'Everything opens.', zh_CN: '全部直接打开。' },
    },
  ],
  events: [],
  notes: [],
};

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/**
 * Hosts the extension has reason to know about: every link of the demo page and its frame, and
 * every source of the shipped and the custom rules. Not one may be contacted.
 */
async function knownHosts(): Promise<Set<string>> {
  const root = new URL('../../src/demo/', import.meta.url);
  const texts = await Promise.all(
    ['index.html', 'frame.html', 'demo.js'].map((file) => readFile(new URL(file, root), 'utf8')),
  );
  const hosts = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/https?:\/\/[^\s"'`<>)]+/g)) hosts.add(hostOf(match[0]));
  }
  const rulesets = [WECHAT_RULESET, CUSTOM];
  for (const ruleset of rulesets) {
    for (const source of ruleset.sources) hosts.add(hostOf(source.url));
  }
  hosts.delete('');
  return hosts;
}

describe.each(BROWSERS)('privacy in %s: no network request of its own', (kind: BrowserKind) => {
  let launched: LaunchedBrowser;
  let backend: Awaited<ReturnType<typeof serveFixtures>>;
  let server: Awaited<ReturnType<typeof recordingFront>>;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  let requests: BrowserRequests;
  let hosts: Set<string>;
  const errors: string[] = [];
  const isControl = (url: string) => url.includes(CONTROL_PATH) || url.includes(CONTROL_HOST);

  /**
   * What each recorder holds against the extension: in the browser, network requests from an
   * extension context or to any host but the server; at the server, anything but the demo page's
   * own files; at the proxy, anything to a host the extension knows of, anything carrying an
   * extension origin, and anything beyond the browser's own services.
   */
  const findings = () => ({
    browser: requests.all.filter(
      (request) =>
        isNetwork(request.url) &&
        (request.via === 'worker' ||
          namesExtension(request.source) ||
          namesExtension(request.initiator) ||
          namesExtension(request.origin) ||
          !request.url.startsWith(`${server.origin}/`)),
    ),
    server: server.seen.filter((seen) => !DEMO_FILES.has(seen.path)),
    proxy: proxy.seen.filter((seen) => {
      const host = seen.host.replace(/:\d+$/, '');
      return (
        hosts.has(host) ||
        namesExtension(seen.origin) ||
        namesExtension(seen.referer) ||
        !BROWSER_SERVICES[kind].test(host)
      );
    }),
  });

  /** Opens an extension page with its requests recorded from its very first one. */
  const openRecorded = (path: string) =>
    openExtensionPage(launched, path, (page) => {
      requests.watch(page);
      errors.push(...collectPageErrors(page));
    });

  beforeAll(async () => {
    hosts = await knownHosts();
    backend = await serveFixtures();
    server = await recordingFront(backend.origin);
    proxy = await recordingProxy();
    launched = await launchBehindProxy(kind, proxy.origin);
    requests = await BrowserRequests.start(launched);
  });
  afterAll(async () => {
    await requests?.stop();
    await launched?.close();
    await proxy?.close();
    await server?.close();
    await backend?.close();
  });

  it('catches a request made by an extension page and by the background (control)', async () => {
    // Each asks for a path of the local server and for another host, each its own.
    const local = (who: string) => `${server.origin}${CONTROL_PATH}${who}`;
    const remote = (who: string) => `https://${who}.${CONTROL_HOST}/`;
    const popup = await openRecorded('popup.html');
    await popup.evaluate(
      async (urls) => {
        // Whether they succeed does not matter: that they were asked for does.
        for (const url of urls) await fetch(url).catch(() => {});
      },
      [local('page'), remote('page')],
    );

    // The background: the service worker in Chromium, the background page in Firefox.
    const fromBackground = [local('background'), remote('background')];
    if (kind === 'chromium') {
      // A message wakes the service worker, should it have been stopped for being idle.
      await popup.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({ type: 'get-tab-report', tabId: 1 }),
      );
      const worker = await launched.browser.waitForTarget(
        (target) =>
          target.type() === 'service_worker' && target.url().startsWith(launched.extensionOrigin),
      );
      const session = await worker.createCDPSession();
      await session.send('Runtime.evaluate', {
        expression: `Promise.all(${JSON.stringify(fromBackground)}.map((url) => fetch(url).catch(() => {})))`,
        awaitPromise: true,
      });
      await session.detach();
    } else {
      await popup.evaluate(async (urls) => {
        type Api = { runtime: { getBackgroundPage(): Promise<Window> } };
        const background = await (
          globalThis as unknown as { browser: Api }
        ).browser.runtime.getBackgroundPage();
        for (const url of urls) await background.fetch(url).catch(() => {});
      }, fromBackground);
    }
    await popup.close();

    // Every recorder catches what the extension asked for. The browser names the extension page
    // (and in Chromium, the service worker) as the source; Firefox's background page is no
    // browsing context, so there the server and the proxy are the ones to catch it.
    const caught = findings();
    const sources = Object.fromEntries(
      caught.browser.map((request) => [request.url, `${request.via} ${request.source}`]),
    );
    expect(sources[local('page')]).toMatch(
      new RegExp(`^\\w+ ${launched.extensionOrigin}/popup\\.html`),
    );
    expect(sources[remote('page')]).toMatch(
      new RegExp(`^\\w+ ${launched.extensionOrigin}/popup\\.html`),
    );
    if (kind === 'chromium') {
      for (const url of fromBackground) {
        expect(sources[url]).toBe(`worker ${launched.extensionOrigin}/background.js`);
      }
    }
    // The server sees paths the demo page never asks for ...
    await expect
      .poll(() => findings().server.map((seen) => seen.path))
      .toEqual(expect.arrayContaining([`${CONTROL_PATH}page`, `${CONTROL_PATH}background`]));
    // ... and the proxy sees hosts other than the server's.
    await expect
      .poll(() => findings().proxy.map((seen) => seen.host))
      .toEqual(
        expect.arrayContaining([`page.${CONTROL_HOST}:443`, `background.${CONTROL_HOST}:443`]),
      );
  });

  it('makes none while the demo page, popup, options, rules and check pages are used', async () => {
    // The demo page: badges on links, share codes, a shadow root, a frame and a growing list.
    const page = await launched.browser.newPage();
    requests.watch(page);
    errors.push(...collectPageErrors(page));
    await page.goto(`${server.origin}/demo/`);
    await waitForPass(page);
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
    await page.$eval('#load-more', (button) => (button as HTMLButtonElement).click());
    await page.waitForSelector('#deal-list li:nth-child(9) a[data-cll-platform]', {
      timeout: 10_000,
    });

    // The rule timeline, with its many source links, and the popup: choose two dates.
    const rules = await openRecorded('rules.html');
    const tabId = await tabIdOf(rules, `${server.origin}/demo/`);
    const popup = await openPopup(launched, tabId, (opened) => {
      requests.watch(opened);
      errors.push(...collectPageErrors(opened));
    });
    await chooseDate(popup, '2021-11-28');
    await expect.poll(() => outcomes(page, 'taobao-item'), { timeout: 10_000 }).toBe('warn/copy');
    await chooseDate(popup, '2021-12-02');
    await expect
      .poll(() => outcomes(page, 'taobao-item'), { timeout: 10_000 })
      .toBe('direct/direct');

    // The options page: import a custom ruleset, show only shopping links, then everything.
    const options = await openRecorded('options.html');
    await options.waitForSelector('html[data-ready="true"]');
    await options.$eval(
      '#ruleset-text',
      (area, text) => {
        (area as HTMLTextAreaElement).value = text;
      },
      JSON.stringify(CUSTOM),
    );
    await options.click('#ruleset-import');
    await options.waitForSelector('#custom-list li[data-app="quietchat"]', { timeout: 10_000 });
    const xhsNote = () =>
      page.evaluate(() => document.getElementById('xhs-note')?.getAttribute('data-cll-platform'));
    await options.click('#categories-ecommerce');
    await expect.poll(xhsNote, { timeout: 10_000 }).toBeNull();
    await options.click('#categories-all');
    await expect.poll(xhsNote, { timeout: 10_000 }).toBe('xiaohongshu');

    // The link check page, for a short link (a place where resolving the link would tempt).
    const check = await openRecorded(
      `check.html?${new URLSearchParams({ url: 'https://u.jd.com/kL9xQ2p', tab: String(tabId) })}`,
    );
    await check.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
    // Time for anything late (a timer, an alarm, a retry) to show up.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    // The recorders were on: they saw the page's own requests.
    const seenPaths = server.seen.map((seen) => seen.path);
    expect(seenPaths).toEqual(
      expect.arrayContaining(['/demo/', '/demo/demo.js', '/demo/frame.html']),
    );
    expect(requests.all.map((request) => request.url)).toContain(`${server.origin}/demo/demo.css`);

    // Nothing but the control step's own requests, which are left out here.
    const caught = findings();
    expect(caught.browser.filter((request) => !isControl(request.url))).toEqual([]);
    expect(caught.server.filter((seen) => !isControl(seen.path))).toEqual([]);
    expect(caught.proxy.filter((seen) => !isControl(seen.host))).toEqual([]);

    for (const opened of [check, options, popup, rules, page]) await opened.close();
  });

  it('raised no error in the extension or on its pages', async () => {
    expect(errors).toEqual([]);
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
