import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  extensionErrors,
  focusBadge,
  type LaunchedBrowser,
  launch,
  ONLY_BASIC_FONTS,
  openExtensionPage,
  passCount,
  screenshot,
  serveFixtures,
  waitForDrawnBadge,
  waitForPass,
  writeStorage,
} from './harness';

/** Where a badge is drawn, from outside its closed shadow root. */
function badgeBox(page: Page, linkId: string) {
  return page.evaluate((id) => {
    const badge = document.getElementById(id)?.nextElementSibling;
    if (badge?.localName !== 'cll-badge') return null;
    const rect = badge.getBoundingClientRect();
    const style = getComputedStyle(badge);
    return {
      width: rect.width,
      height: rect.height,
      left: rect.left,
      display: style.display,
      visibility: style.visibility,
      position: style.position,
      label: badge.getAttribute('aria-label') ?? '',
      userSelect: style.userSelect || style.webkitUserSelect,
    };
  }, linkId);
}

describe.each(BROWSERS)('badge behaviour in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;

  beforeAll(async () => {
    // A long page: one link at the top, one many screens below.
    const rows = Array.from({ length: 400 }, (_, i) => `<p>Row ${i}: some words.</p>`).join('');
    const longPage = `<!doctype html><html lang="en"><title>Long</title><body>
      <p><a id="near-link" href="https://item.taobao.com/item.htm?id=11">near</a></p>${rows}
      <p><a id="far-link" href="https://item.taobao.com/item.htm?id=12">far</a></p>
      <div><a id="contents-link" style="display: contents" href="https://item.jd.com/12.html">
        <span>a card whose link has no box of its own</span></a></div></body></html>`;
    server = await serveFixtures((path) =>
      path === '/long-page.html' ? { body: longPage } : undefined,
    );
    // The fonts of a fresh machine only: what this suite measures must not depend on more.
    launched = await launch(kind, { env: ONLY_BASIC_FONTS });
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-29' });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('stays visible and intact on a page whose CSS targets it', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/hostile-css.html`);
    await page.waitForSelector('#hostile-taobao[data-cll-platform]', { timeout: 20_000 });
    for (const id of ['hostile-taobao', 'hostile-jd', 'flex-link']) {
      const box = await badgeBox(page, id);
      expect(box, id).not.toBeNull();
      expect(box?.width, id).toBeGreaterThan(20);
      expect(box?.height, id).toBeGreaterThan(8);
      expect(box?.display, id).not.toBe('none');
      expect(box?.visibility, id).toBe('visible');
      expect(box?.position, id).toBe('static');
      expect(box?.label, id).toMatch(/opens|copy/);
    }
    await screenshot(page, `hostile-css-${kind}`);
    await page.close();
  });

  it('does not move its link, is not copied with the text, and has its own accessible name', async () => {
    const page = await launched.browser.newPage();
    await writeStorage(launched, 'local', { 'settings.disabledSites': ['127.0.0.1'] });
    await page.goto(`${server.origin}/demo/`);
    await waitForPass(page);
    // The first link of a paragraph keeps its whole box; later links keep their size, though the
    // badges before them push them along the line (and may wrap them), as any inline content would.
    // A later link's size is the sum of its words' widths (a wrap moves where the line breaks,
    // and the space at a break takes no width) and its height.
    const rectOf = () =>
      page.evaluate(() => {
        const first = document.getElementById('taobao-item')?.getBoundingClientRect();
        const link = document.getElementById('jd-item') as HTMLElement;
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        let width = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            width += range.getBoundingClientRect().width;
          }
        }
        const height = Math.max(...[...link.getClientRects()].map((rect) => rect.height));
        return first
          ? [first.left, first.top, first.width, first.height, Math.round(width), height]
          : null;
      });
    const before = await rectOf();
    const passes = await passCount(page);
    await writeStorage(launched, 'local', { 'settings.disabledSites': [] });
    await waitForPass(page, passes + 1);
    await page.waitForSelector('#jd-item[data-cll-platform]');
    expect(await rectOf()).toEqual(before);
    const info = await page.evaluate(() => {
      const link = document.getElementById('jd-item') as HTMLElement;
      const badge = link.nextElementSibling as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(link.parentElement as HTMLElement);
      const selection = getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      return {
        copied: selection.toString(),
        label: badge.getAttribute('aria-label'),
        role: badge.getAttribute('role'),
        linkText: link.textContent,
        inLink: link.contains(badge),
        userSelect: getComputedStyle(badge).userSelect,
      };
    });
    expect(info.copied).not.toMatch(/1:1|✓|❐/);
    expect(info.label).toMatch(/JD/);
    expect(info.label).toMatch(/opens/);
    expect(info.role).toBe('img');
    expect(info.inLink).toBe(false);
    expect(info.userSelect).toBe('none');
    await page.close();
  });

  it('keeps a far badge boxless but named until its link comes near, then draws it', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/long-page.html`);
    await page.waitForSelector('#far-link[data-cll-platform]', { timeout: 20_000 });
    const state = (id: string) =>
      page.evaluate((linkId) => {
        const badge = document.getElementById(linkId)?.nextElementSibling as HTMLElement;
        return {
          display: getComputedStyle(badge).display,
          width: badge.getBoundingClientRect().width,
          label: badge.getAttribute('aria-label') ?? '',
          role: badge.getAttribute('role'),
        };
      }, id);
    await waitForDrawnBadge(page, 'near-link');
    expect((await state('near-link')).width).toBeGreaterThan(20);
    // Screens away: an empty host with no box (nothing for the page to lay out), but its role,
    // name and contract are there for scripts and assistive technology.
    const far = await state('far-link');
    expect(far).toEqual({
      display: 'contents',
      width: 0,
      label: expect.stringMatching(/Taobao.*opens/),
      role: 'img',
    });
    if (kind === 'chromium') {
      // The accessibility tree has it, named (Firefox's driver has no accessibility snapshot).
      const handle = await page.$('#far-link + cll-badge');
      const node = await page.accessibility.snapshot({
        root: handle ?? undefined,
        interestingOnly: false,
      });
      expect(node?.role).toBe('image');
      expect(node?.name).toMatch(/Taobao.*opens/);
    }
    // Keyboard focus on its link scrolls it near: the badge is drawn and can take focus itself.
    await page.bringToFront();
    await page.focus('#far-link');
    await waitForDrawnBadge(page, 'far-link');
    expect((await state('far-link')).width).toBeGreaterThan(20);
    // A link with no box of its own (display: contents) has its badge drawn when it comes near too.
    await waitForDrawnBadge(page, 'contents-link');
    const focused = await page.evaluate(() => {
      const badge = document.querySelector('#far-link + cll-badge') as HTMLElement;
      badge.focus();
      return document.activeElement === badge;
    });
    expect(focused).toBe(true);
    await page.close();
  });

  it('shows its tooltip on keyboard focus', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/demo/`);
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
    await focusBadge(page, 'taobao-item');
    await page.waitForFunction(() =>
      document.getElementById('taobao-item')?.nextElementSibling?.hasAttribute('aria-description'),
    );
    const description = await page.evaluate(
      () =>
        document
          .getElementById('taobao-item')
          ?.nextElementSibling?.getAttribute('aria-description') ?? '',
    );
    expect(description).toMatch(/Taobao/);
    expect(description).toMatch(/One-to-one chat: ✓ opens/);
    expect(description).toMatch(/Group chat: ❐ copy only/);
    expect(description).toMatch(/evidence/);
    expect(description).toMatch(/Sources:/);
    // The sources' quotes fold out on demand: only their summary is part of the description.
    expect(description).toMatch(/Quotes from the sources \(\d+\)/);
    await screenshot(page, `tooltip-${kind}`);
    await page.close();
  });

  it('updates every badge within 200 ms of a date change, without reclassifying', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/demo/`);
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
    await page.evaluate(() => {
      const w = window as unknown as { changedAt?: number };
      new MutationObserver(() => {
        if (document.getElementById('taobao-item')?.getAttribute('data-cll-group') === 'direct')
          w.changedAt ??= Date.now();
      }).observe(document.body, {
        attributes: true,
        subtree: true,
        attributeFilter: ['data-cll-group'],
      });
    });
    const extensionPage = await openExtensionPage(launched, 'popup.html');
    const writtenAt = await extensionPage.evaluate(async () => {
      type Api = { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const at = Date.now();
      await (scope.browser ?? scope.chrome)?.storage.sync.set({
        'settings.policyDate': '2022-02-01',
      });
      return at;
    });
    await extensionPage.close();
    await page.waitForFunction(
      () => (window as unknown as { changedAt?: number }).changedAt !== undefined,
    );
    const changedAt = await page.evaluate(
      () => (window as unknown as { changedAt: number }).changedAt,
    );
    // From the moment the popup writes the setting to the moment the page's badge has changed.
    expect(changedAt - writtenAt).toBeLessThan(200);
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-29' });
    await page.close();
  });

  it('raised no error in the extension', async () => {
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
