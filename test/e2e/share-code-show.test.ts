/**
 * The popup's "show" on share codes after the page removed a code's badge: the content script
 * puts the badge back, and every share code of the frame can still be shown (each item is paired
 * with its own element, never by position in two lists).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  type BrowserKind,
  collectPageErrors,
  extensionErrors,
  type LaunchedBrowser,
  launch,
  openExtensionPage,
  serveFixtures,
  waitForPass,
  writeStorage,
} from './harness';
import { openPopup, tabIdOf } from './popup-harness';

/** Whether one of the elements a selector matches shows a solid outline within ~0.7 s. */
function flashed(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(async (css) => {
    for (let i = 0; i < 12; i++) {
      for (const element of document.querySelectorAll(css))
        if (getComputedStyle(element).outlineStyle === 'solid') return true;
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    return false;
  }, selector);
}

describe.each(BROWSERS)('showing share codes in %s', (kind: BrowserKind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let page: Page;
  let popup: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveFixtures();
    launched = await launch(kind);
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-29' });
    page = await launched.browser.newPage();
    pageErrors = collectPageErrors(page);
    await page.goto(`${server.origin}/demo/`);
    await waitForPass(page);
    await page.waitForSelector('#code-box + cll-badge[data-cll-category="code"]', {
      timeout: 20_000,
    });
    const helper = await openExtensionPage(launched, 'rules.html');
    const tabId = await tabIdOf(helper, `${server.origin}/demo/`);
    popup = await openPopup(launched, tabId);
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('puts back a code badge the page removed, and shows every share code of the frame', async () => {
    const codeBadges = () =>
      page.$$eval('#codes cll-badge[data-cll-category="code"]', (badges) => badges.length);
    const count = await codeBadges();
    expect(count).toBeGreaterThanOrEqual(3);
    // The page takes the badge of the first share code out.
    await page.$eval('#code-taobao cll-badge', (badge) => badge.remove());
    await expect.poll(codeBadges, { timeout: 5_000 }).toBe(count);
    expect(await page.$eval('#code-taobao', (p) => p.querySelectorAll('cll-badge').length)).toBe(1);

    await page.bringToFront();
    const chips = await popup.$$eval('#page-table button.chip', (buttons) =>
      buttons
        .map((button) => ({
          key: (button as HTMLElement).dataset.key ?? '',
          count: Number(button.textContent?.replace(/\D/g, '')),
        }))
        .filter((chip) => chip.key.startsWith('code|')),
    );
    // Both scopes, every platform of share code on the page.
    expect(chips.filter((chip) => chip.key.includes('|private|')).length).toBeGreaterThan(0);
    expect(chips.filter((chip) => chip.key.includes('|group|')).length).toBeGreaterThan(0);
    let shown = 0;
    for (const chip of chips) {
      for (let i = 1; i <= chip.count; i++) {
        await popup.$eval('#show-status', (element) => {
          element.textContent = '';
        });
        await popup.$eval(`#page-table button.chip[data-key="${chip.key}"]`, (button) =>
          (button as HTMLButtonElement).click(),
        );
        await expect
          .poll(() => popup.$eval('#show-status', (element) => element.textContent))
          .toMatch(new RegExp(`^Showing ${i} of ${chip.count} `));
        expect(await flashed(page, '#code-taobao, #code-jd, #code-box'), chip.key).toBe(true);
        shown += 1;
        // The next flash starts from a still outline.
        await page.evaluate(() => {
          for (const animation of document.getAnimations()) animation.cancel();
        });
      }
    }
    expect(shown).toBe(2 * count);
    expect(pageErrors).toEqual([]);
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
