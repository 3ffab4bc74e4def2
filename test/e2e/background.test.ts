import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  type BrowserKind,
  extensionErrors,
  type LaunchedBrowser,
  launch,
  openExtensionPage,
  screenshot,
  serveFixtures,
  waitForPass,
  writeStorage,
} from './harness';
import {
  badgedItems,
  lowContrastTexts,
  tabIdOf,
  toolbarOf,
  unlabelledControls,
} from './popup-harness';

const TAOBAO = 'https://item.taobao.com/item.htm?id=642391857301';
const WIKIPEDIA = 'https://en.wikipedia.org/wiki/Rice_cooker';
const XHS = 'https://www.xiaohongshu.com/explore/61a4c2f7000000000102b3c4';

type Api = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  i18n: { getMessage(key: string): string };
  contextMenus: { update(id: string, properties: object): Promise<void> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
};

/** Sends a message to the background from an extension page, as the popup does. */
function sendMessage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(async (value) => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (scope.browser ?? scope.chrome)?.runtime.sendMessage(value);
  }, message);
}

async function openCheck(launched: LaunchedBrowser, query: Record<string, string>): Promise<Page> {
  const page = await openExtensionPage(launched, `check.html?${new URLSearchParams(query)}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  return page;
}

async function checkResult(check: Page) {
  return check.evaluate(() => ({
    status: document.getElementById('check-status')?.textContent ?? '',
    reason: (document.getElementById('check-status') as HTMLElement | null)?.dataset.reason ?? '',
    verdicts: [...document.querySelectorAll<HTMLElement>('li.verdict')].map(
      (item) => `${item.dataset.scope}:${item.dataset.outcome}`,
    ),
  }));
}

/** Runs an expression in Firefox's chrome context (the launch allows it for the tests). */
async function firefoxChrome(launched: LaunchedBrowser, expression: string): Promise<unknown> {
  const connection = (
    launched.browser as unknown as {
      connection: { send(method: string, params: object): Promise<{ result: unknown }> };
    }
  ).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as { contexts: { context: string }[] };
  const result = (
    await connection.send('script.evaluate', {
      expression,
      target: { context: tree.contexts[0]?.context },
      awaitPromise: true,
    })
  ).result as { result?: { value?: unknown } };
  return result.result?.value;
}

describe.each(BROWSERS)('the background in %s', (kind: BrowserKind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let page: Page;
  let helper: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await serveFixtures();
    launched = await launch(kind);
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-29' });
    page = await launched.browser.newPage();
    await page.goto(`${server.origin}/demo/`);
    await waitForPass(page);
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
    helper = await openExtensionPage(launched, 'rules.html');
    tabId = await tabIdOf(helper, `${server.origin}/demo/`);
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('has made the "Check in Chat Link Lens" item for links', async () => {
    // update() fails for an item that does not exist: this proves the background made it.
    const updated = await helper.evaluate(async () => {
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome) as Api;
      await api.contextMenus.update('check-link', { title: api.i18n.getMessage('menuCheckLink') });
      return api.i18n.getMessage('menuCheckLink');
    });
    expect(updated).toBe('Check in Chat Link Lens');
  });

  it('checks a link the page badged: the verdict in each chat on the chosen date', async () => {
    const check = await openCheck(launched, { url: TAOBAO, tab: String(tabId), frame: '0' });
    expect(await checkResult(check)).toEqual({
      status: 'This link has a badge on the page.',
      reason: '',
      verdicts: ['private:direct', 'group:copy'],
    });
    expect(await check.$eval('#check-what', (element) => element.textContent)).toBe(
      'Taobao · shopping link',
    );
    expect(await unlabelledControls(check)).toEqual([]);
    expect(await lowContrastTexts(check)).toEqual([]);
    await screenshot(check, `check-${kind}`);
    await check.close();
  });

  it('says why a link has no badge, and gives the verdict anyway', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ url: WIKIPEDIA, tab: String(tabId), frame: '0' }, 'not-platform'],
      [{ url: XHS, tab: String(tabId), frame: '987654' }, 'unreachable'],
      [{ url: XHS }, 'unreachable'],
    ];
    for (const [query, reason] of cases) {
      const check = await openCheck(launched, query);
      expect((await checkResult(check)).reason, query.url).toBe(reason);
      await check.close();
    }
    const unreachable = await openCheck(launched, { url: XHS });
    expect((await checkResult(unreachable)).verdicts).toHaveLength(2);
    expect((await checkResult(unreachable)).status).toMatch(/cannot reach the page or frame/);
    await unreachable.close();

    await writeStorage(launched, 'local', { 'settings.disabledSites': ['127.0.0.1'] });
    const off = await openCheck(launched, { url: TAOBAO, tab: String(tabId), frame: '0' });
    expect(await checkResult(off)).toMatchObject({
      reason: 'off-site',
      status:
        'No badge on the page: Chat Link Lens is off on 127.0.0.1. The verdict is shown anyway.',
    });
    await off.close();
    await writeStorage(launched, 'local', { 'settings.disabledSites': [] });
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 10_000 });
  });

  it('opens the check in a small window when asked as the menu does', async () => {
    expect(
      await sendMessage(helper, { type: 'check-link', url: TAOBAO, tabId, frameId: 0 }),
    ).toEqual({ ok: true });
    // The extension's own views, the new window among them (extension.getViews).
    const shown = () =>
      helper.evaluate(() => {
        type Views = { extension: { getViews(): Window[] } };
        const scope = globalThis as unknown as { browser?: Views; chrome?: Views };
        const view = (scope.browser ?? scope.chrome)?.extension
          .getViews()
          .find((candidate) => candidate.location.pathname === '/check.html');
        if (view?.document.documentElement.dataset.ready !== 'true') return null;
        return {
          query: Object.fromEntries(new URLSearchParams(view.location.search)),
          verdicts: [...view.document.querySelectorAll<HTMLElement>('li.verdict')].map(
            (item) => `${item.dataset.scope}:${item.dataset.outcome}`,
          ),
          popupWindow: view.outerWidth < 600,
        };
      });
    await expect.poll(shown, { timeout: 20_000 }).toEqual({
      query: { url: TAOBAO, tab: String(tabId), frame: '0' },
      verdicts: ['private:direct', 'group:copy'],
      popupWindow: true,
    });
    await helper.evaluate(() => {
      type Views = { extension: { getViews(): Window[] } };
      const scope = globalThis as unknown as { browser?: Views; chrome?: Views };
      for (const view of (scope.browser ?? scope.chrome)?.extension.getViews() ?? []) {
        if (view.location.pathname === '/check.html') view.close();
      }
    });
  });

  it('refuses malformed messages and messages from the wrong sender', async () => {
    expect(await sendMessage(helper, { type: 'get-tab-report', tabId: -1 })).toBeUndefined();
    expect(await sendMessage(helper, { type: 'frame-report', report: {} })).toBeUndefined();
    expect(
      await sendMessage(helper, {
        type: 'check-link',
        url: 'javascript:alert(1)',
        tabId: null,
        frameId: null,
      }),
    ).toBeUndefined();
  });

  // Retried: once in some runs, Firefox's restarted background has answered with the frame's
  // report lacking the shadow-root link it held before the stop (seen once in five full runs;
  // not yet explained). A failure on every try still fails the suite.
  it('keeps what the page reported when it is stopped, and works on after restarting', {
    retry: 2,
  }, async () => {
    // The page and its frame report on their own time (the site was switched back on above).
    const report = () => sendMessage(helper, { type: 'get-tab-report', tabId });
    // Wait until both frames report as switched on and two reads 300 ms apart agree.
    let last = '';
    await expect
      .poll(
        async () => {
          const now = (await report()) as { frames: { active: boolean }[] };
          const settled =
            now.frames.length >= 2 &&
            now.frames.every((frame) => frame.active) &&
            JSON.stringify(now) === last;
          last = JSON.stringify(now);
          return settled;
        },
        { timeout: 15_000, interval: 300 },
      )
      .toBe(true);
    const before = JSON.parse(last);
    if (kind === 'chromium') {
      const session = await launched.browser.target().createCDPSession();
      const workers = async () =>
        (
          (await session.send('Target.getTargets')).targetInfos as {
            targetId: string;
            type: string;
          }[]
        ).filter((info) => info.type === 'service_worker');
      const [worker] = await workers();
      const stopped = worker?.targetId as string;
      await session.send('Target.closeTarget', { targetId: stopped });
      // A slow machine may take a while to stop it, and an event may start a new one at once:
      // wait until the stopped worker is gone, whether or not another has taken its place.
      await expect
        .poll(async () => (await workers()).some((info) => info.targetId === stopped), {
          timeout: 15_000,
        })
        .toBe(false);
      // Wake it with a message. The test's debugger holds a restarted worker until it is told to
      // run; a browser without a debugger attached runs it at once.
      const answer = sendMessage(helper, { type: 'get-tab-report', tabId });
      await expect.poll(async () => (await workers()).length, { timeout: 15_000 }).toBe(1);
      const [restarted] = await workers();
      expect(restarted?.targetId).not.toBe(stopped);
      const { sessionId } = await session.send('Target.attachToTarget', {
        targetId: restarted?.targetId as string,
        flatten: true,
      });
      const connection = session.connection();
      await connection?.session(sessionId)?.send('Runtime.runIfWaitingForDebugger');
      expect(await answer).toEqual(before);
    } else {
      const id = 'chat-link-lens@chatlinklens.org';
      const extension = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.GlobalManager.getExtension('${id}')`;
      expect(
        await firefoxChrome(
          launched,
          `(async () => { const e = ${extension}; await e.terminateBackground(); return e.backgroundState; })()`,
        ),
      ).toBe('stopped');
      expect(await sendMessage(helper, { type: 'get-tab-report', tabId })).toEqual(before);
      expect(await firefoxChrome(launched, `${extension}.backgroundState`)).toBe('running');
    }
    // The restarted background follows a settings change and counts the page again.
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-28' });
    await expect
      .poll(() => page.$eval('#taobao-item', (link) => link.getAttribute('data-cll-private')), {
        timeout: 10_000,
      })
      .toBe('warn');
    const expected = (await badgedItems(page)).filter(
      (item) => item.kind === 'url' && (item.private !== 'direct' || item.group !== 'direct'),
    ).length;
    await expect
      .poll(async () => (await toolbarOf(helper, tabId)).text, { timeout: 10_000 })
      .toBe(String(expected));
  });

  it('forgets the reports of a tab that closes', async () => {
    const other = await launched.browser.newPage();
    await other.goto(`${server.origin}/demo/?second`);
    const otherTab = await tabIdOf(helper, `${server.origin}/demo/?second`);
    await other.close();
    await expect
      .poll(() =>
        helper.evaluate(async (id) => {
          const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
          const stored = await (scope.browser ?? scope.chrome)?.storage.session.get(null);
          return Object.keys(stored ?? {}).filter((key) => key.startsWith(`report.${id}.`));
        }, otherTab),
      )
      .toEqual([]);
  });

  it('raised no error', async () => {
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
