import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  extensionErrors,
  focusBadge,
  type LaunchedBrowser,
  openBadgedPage,
  openExtensionPage,
  screenshot,
  type serveFixtures,
} from './harness';
import { openPopup, tabIdOf } from './popup-harness';

interface LinkState {
  platform: string | null;
  private: string | null;
  group: string | null;
  warning: string | null;
  imitates: string | null;
  /** The badge right after the link: its contract and accessible name, or null for none. */
  badge: {
    platform: string | null;
    warning: string | null;
    imitates: string | null;
    label: string | null;
    width: number;
  } | null;
}

function linkState(page: Page, id: string): Promise<LinkState> {
  return page.evaluate((linkId) => {
    const link = document.getElementById(linkId) as Element;
    const next = link.nextElementSibling;
    const badge = next?.localName === 'cll-badge' ? next : null;
    return {
      platform: link.getAttribute('data-cll-platform'),
      private: link.getAttribute('data-cll-private'),
      group: link.getAttribute('data-cll-group'),
      warning: link.getAttribute('data-cll-warning'),
      imitates: link.getAttribute('data-cll-imitates'),
      badge: badge && {
        platform: badge.getAttribute('data-cll-platform'),
        warning: badge.getAttribute('data-cll-warning'),
        imitates: badge.getAttribute('data-cll-imitates'),
        label: badge.getAttribute('aria-label'),
        width: badge.getBoundingClientRect().width,
      },
    };
  }, id);
}

/** Focuses a link's badge, as the keyboard does, and reads what its tooltip said. */
async function tooltipOf(page: Page, id: string): Promise<string | null> {
  await focusBadge(page, id);
  await page.waitForFunction(
    (linkId) =>
      document.getElementById(linkId)?.nextElementSibling?.hasAttribute('aria-description'),
    { timeout: 5000 },
    id,
  );
  return page.evaluate(
    (linkId) =>
      document.getElementById(linkId)?.nextElementSibling?.getAttribute('aria-description') ?? null,
    id,
  );
}

const OMICRON_HOST = 'ta\u03bfbao.com';
const CYRILLIC_TMALL = 'tm\u0430ll.com';

describe.each(BROWSERS)('deceptive links in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    ({ server, launched, page, pageErrors } = await openBadgedPage(kind, '/deceptive-links.html'));
    await page.waitForSelector('#omicron[data-cll-warning]', { timeout: 20_000 });
    await page.waitForSelector('#honest[data-cll-platform]', { timeout: 20_000 });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('marks a lookalike host, written with a Greek omicron or in Punycode, and names no platform', async () => {
    for (const [id, imitates, label] of [
      [
        'omicron',
        'taobao',
        `Warning: Lookalike of taobao.com: this link goes to xn--tabao-sce.com (${OMICRON_HOST}), not to Taobao.`,
      ],
      [
        'punycode',
        'tmall',
        `Warning: Lookalike of tmall.com: this link goes to xn--tmll-63d.com (${CYRILLIC_TMALL}), not to Tmall.`,
      ],
    ]) {
      const state = await linkState(page, id as string);
      expect(state, id).toMatchObject({
        platform: null,
        private: null,
        group: null,
        warning: 'lookalike',
        imitates,
        badge: { platform: null, warning: 'lookalike', imitates, label },
      });
    }
  });

  it('marks the user-info trick and a typo of the platform name, with their reasons', async () => {
    for (const [id, host, reason] of [
      [
        'userinfo',
        'evil.example',
        "The platform's address is written before an @, as a user name: the browser goes to the address after the @.",
      ],
      [
        'typo',
        'tobao.com',
        "The address is a typing mistake of the platform's name (a letter left out, doubled, swapped, added or replaced, or a hyphen added).",
      ],
    ]) {
      const label = `Warning: Lookalike of taobao.com: this link goes to ${host}, not to Taobao.`;
      expect(await linkState(page, id as string), id).toMatchObject({
        platform: null,
        warning: 'lookalike',
        imitates: 'taobao',
        badge: { platform: null, warning: 'lookalike', imitates: 'taobao', label },
      });
      expect(await tooltipOf(page, id as string)).toBe(
        `⚠ Lookalike address Lookalike of taobao.com: this link goes to ${host}, not to Taobao. ${reason}`,
      );
    }
  });

  it('marks a link whose text names a platform host it does not go to', async () => {
    expect(await linkState(page, 'mismatch')).toMatchObject({
      platform: null,
      warning: 'mismatch',
      imitates: 'taobao',
      badge: {
        platform: null,
        warning: 'mismatch',
        label: 'Warning: The link text says item.taobao.com, but the link goes to evil.example.',
      },
    });
    // A platform's link whose text names another platform: its badge, outcomes and the warning.
    expect(await linkState(page, 'cross')).toMatchObject({
      platform: 'jd',
      private: 'direct',
      group: 'direct',
      warning: 'mismatch',
      imitates: 'taobao',
      badge: {
        platform: 'jd',
        warning: 'mismatch',
        label:
          'WeChat check for this JD.com link: One-to-one chat: opens; Group chat: opens ' +
          'Warning: The link text says item.taobao.com, but the link goes to item.jd.com.',
      },
    });
  });

  it('flags none of the honest links', async () => {
    for (const [id, platform] of [
      ['honest', 'taobao'],
      ['same-owner', 'taobao'],
    ]) {
      const state = await linkState(page, id as string);
      expect(state, id).toMatchObject({
        platform,
        warning: null,
        imitates: null,
        badge: { platform, warning: null, imitates: null },
      });
      expect(state.badge?.label, id).not.toContain('Warning');
    }
    expect(await linkState(page, 'ordinary')).toEqual({
      platform: null,
      private: null,
      group: null,
      warning: null,
      imitates: null,
      badge: null,
    });
  });

  it('says in the tooltip what is wrong and where the link really goes', async () => {
    expect(await tooltipOf(page, 'omicron')).toBe(
      `⚠ Lookalike address Lookalike of taobao.com: this link goes to xn--tabao-sce.com (${OMICRON_HOST}), not to Taobao. ` +
        'One of its parts mixes Latin letters with letters of another alphabet.',
    );
    expect(await tooltipOf(page, 'mismatch')).toBe(
      '⚠ Link text and address disagree The link text says item.taobao.com, but the link goes to evil.example.',
    );
    expect(await tooltipOf(page, 'omicron')).toMatch(/^⚠ Lookalike address/);
    await screenshot(page, `deceptive-links-tooltip-${kind}`);
    expect(await tooltipOf(page, 'cross')).toMatch(
      /^⚠ Link text and address disagree The link text says item\.taobao\.com, but the link goes to item\.jd\.com\. JD\.com · shopping link /,
    );
  });

  it('lists the deceptive links in the popup, by where they really go', async () => {
    const extensionPage = await openExtensionPage(launched, 'popup.html');
    const tabId = await tabIdOf(extensionPage, page.url());
    await extensionPage.close();
    const popup = await openPopup(launched, tabId);
    await popup.waitForSelector('#page-warnings:not([hidden])', { timeout: 10_000 });
    const shown = await popup.evaluate(() => ({
      count: document.getElementById('page-warnings-count')?.textContent,
      items: [...document.querySelectorAll('#page-warnings-list li')].map((item) => ({
        text: item.textContent,
        address: item.getAttribute('title'),
      })),
    }));
    expect(shown.count).toBe('⚠ 6 deceptive links on this page:');
    expect(shown.items).toEqual([
      {
        text: 'xn--tabao-sce.com imitates the address of Taobao',
        address: 'https://xn--tabao-sce.com/item.htm?id=1',
      },
      {
        text: 'xn--tmll-63d.com imitates the address of Tmall',
        address: 'https://xn--tmll-63d.com/item.htm?id=2',
      },
      {
        text: 'evil.example, though its text names Taobao',
        address: 'https://evil.example/item.htm?id=3',
      },
      {
        text: 'item.jd.com, though its text names Taobao',
        address: 'https://item.jd.com/100.html',
      },
      {
        text: 'evil.example imitates the address of Taobao',
        address: 'https://taobao.com@evil.example/item.htm?id=7',
      },
      // The list stops at five; the badges show the rest.
      { text: 'and 1 more (see the badges on the page)', address: null },
    ]);
    await screenshot(popup, `deceptive-links-popup-${kind}`);
    await popup.close();
  });

  it('draws the marked badges, and the extension logs no error', async () => {
    // Close the tooltip the keyboard left open: the page as a reader sees it.
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const path = await screenshot(page, `deceptive-links-${kind}`);
    expect(path).toMatch(/deceptive-links-/);
    for (const id of ['omicron', 'punycode', 'mismatch', 'cross', 'userinfo', 'typo', 'honest']) {
      const state = await linkState(page, id);
      expect(state.badge?.width, `${id} badge is drawn`).toBeGreaterThan(30);
    }
    // The warning-only badges are narrower than a badge with two outcomes and a mark.
    const lookalike = (await linkState(page, 'omicron')).badge?.width ?? 0;
    const cross = (await linkState(page, 'cross')).badge?.width ?? 0;
    expect(lookalike).toBeLessThan(cross);
    expect(await extensionErrors(launched)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
