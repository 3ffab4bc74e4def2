import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrollThrough } from '../../scripts/scroll-through.mjs';
import {
  BROWSERS,
  extensionErrors,
  type LaunchedBrowser,
  openBadgedPage,
  outcomes,
  passCount,
  screenshot,
  type serveFixtures,
  waitForPass,
  writeStorage,
} from './harness';

interface LinkContract {
  id: string;
  expected: string;
  /** data-expect-warning: the warning a link of no platform gets, if any. */
  expectedWarning: string | null;
  platform: string | null;
  warning: string | null;
  private: string | null;
  group: string | null;
  badgeAfter: boolean;
  badgeWidth: number;
}

/** Every demo link with an expectation, in the document, its open shadow roots, and a frame. */
function readContracts(target: Page | Frame): Promise<LinkContract[]> {
  return target.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*'))
      if (element.shadowRoot) roots.push(element.shadowRoot);
    return roots.flatMap((root) =>
      [...root.querySelectorAll('[data-expect-platform]')].map((link) => {
        let next = link.nextSibling;
        if (link.localName === 'a' && link.namespaceURI === 'http://www.w3.org/2000/svg')
          next = link.closest('svg')?.nextSibling ?? null;
        if (link.localName === 'area')
          next = document.querySelector('img[usemap]')?.nextSibling ?? null;
        return {
          id: link.id || link.textContent || '',
          expected: link.getAttribute('data-expect-platform') ?? '',
          expectedWarning: link.getAttribute('data-expect-warning'),
          platform: link.getAttribute('data-cll-platform'),
          warning: link.getAttribute('data-cll-warning'),
          private: link.getAttribute('data-cll-private'),
          group: link.getAttribute('data-cll-group'),
          badgeAfter: next?.nodeName === 'CLL-BADGE',
          badgeWidth:
            next?.nodeName === 'CLL-BADGE' ? (next as Element).getBoundingClientRect().width : 0,
        };
      }),
    );
  });
}

describe.each(BROWSERS)('badges on the demo page in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    ({ server, launched, page, pageErrors } = await openBadgedPage(kind, '/demo/'));
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('badges every demo link with its platform, and lookalikes with a warning only', async () => {
    await page.waitForFunction(
      () => document.querySelectorAll('a.deal[data-cll-platform]').length >= 4,
    );
    // Badges far below the viewport are placed (with the contract) but not drawn yet.
    const unscrolled = await readContracts(page);
    const far = unscrolled.filter((link) => link.badgeAfter && link.badgeWidth < 10);
    expect(far.length, 'badges below the fold wait to be drawn').toBeGreaterThan(0);
    await scrollThrough(page);
    const contracts = await readContracts(page);
    expect(contracts.length).toBeGreaterThan(30);
    for (const link of contracts) {
      if (link.expected === '') {
        expect(link, `${link.id} has no platform, and a badge only for a warning`).toMatchObject({
          platform: null,
          warning: link.expectedWarning,
          badgeAfter: link.expectedWarning !== null,
        });
      } else {
        expect(link, `${link.id}`).toMatchObject({
          platform: link.expected,
          warning: null,
          badgeAfter: true,
        });
        expect(link.badgeWidth, `${link.id} badge is drawn`).toBeGreaterThan(40);
        expect(['direct', 'warn', 'copy', 'blocked', 'unknown']).toContain(link.private);
        expect(['direct', 'warn', 'copy', 'blocked', 'unknown']).toContain(link.group);
      }
    }
  });

  it('badges links inside the open shadow root and the iframe', async () => {
    const shadow = await page.evaluate(() =>
      document
        .querySelector('shop-card')
        ?.shadowRoot?.querySelector('a')
        ?.getAttribute('data-cll-platform'),
    );
    expect(shadow).toBe('jd');
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/demo/frame.html'));
    expect(frame).toBeDefined();
    await (frame as Frame).waitForSelector('#frame-pdd[data-cll-platform]', { timeout: 20_000 });
    const inFrame = await readContracts(frame as Frame);
    expect(inFrame.map((link) => [link.id, link.platform, link.badgeAfter])).toEqual([
      ['frame-taobao', 'taobao', true],
      ['frame-pdd', 'pinduoduo', true],
    ]);
  });

  it('shows the rules of the chosen date: 2021-11-29 opens Taobao one-to-one, not yet in groups', async () => {
    expect(await outcomes(page, 'taobao-item')).toBe('direct/copy');
    expect(await outcomes(page, 'jd-item')).toBe('direct/direct');
    expect(await outcomes(page, 'google-wrapped')).toBe('direct/copy');
  });

  it('follows a date change from the stored setting without a reload', async () => {
    const before = await passCount(page);
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-28' });
    await waitForPass(page, before + 1);
    expect(await outcomes(page, 'taobao-item')).toBe('warn/copy');
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-12-02' });
    await page.waitForFunction(
      () => document.getElementById('taobao-item')?.getAttribute('data-cll-group') === 'direct',
    );
    expect(await outcomes(page, 'taobao-item')).toBe('direct/direct');
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-29' });
    await page.waitForFunction(
      () => document.getElementById('taobao-item')?.getAttribute('data-cll-group') === 'copy',
    );
  });

  it('badges links added after load and links whose href changes', async () => {
    const before = await page.evaluate(() => document.querySelectorAll('a.deal').length);
    await page.$eval('#load-more', (button) => (button as HTMLButtonElement).click());
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('a.deal').length > n &&
        document.querySelector('#deal-list li:last-child a') !== null,
      {},
      before,
    );
    await page.waitForFunction(
      () => {
        const deals = [...document.querySelectorAll<HTMLAnchorElement>('a.deal')];
        return deals.every((a) =>
          a.dataset.expectPlatform
            ? a.dataset.cllPlatform === a.dataset.expectPlatform
            : !a.dataset.cllPlatform,
        );
      },
      { timeout: 10_000 },
    );
    await page.evaluate(() => {
      document
        .getElementById('plain-link')
        ?.setAttribute('href', 'https://item.jd.com/123456.html');
      document.getElementById('jd-mobile')?.setAttribute('href', 'https://example.org/not-a-shop');
    });
    await page.waitForFunction(
      () => document.getElementById('plain-link')?.getAttribute('data-cll-platform') === 'jd',
    );
    await page.waitForFunction(
      () => !document.getElementById('jd-mobile')?.hasAttribute('data-cll-platform'),
    );
    expect(
      await page.evaluate(() => document.getElementById('jd-mobile')?.nextSibling?.nodeName),
    ).not.toBe('CLL-BADGE');
  });

  it('marks share codes in text and in the textarea without changing the text', async () => {
    const codes = await page.evaluate(() => {
      const badges = [...document.querySelectorAll('cll-badge[data-cll-category="code"]')];
      return {
        platforms: badges.map((badge) => badge.getAttribute('data-cll-platform')),
        afterTextarea: document
          .getElementById('code-box')
          ?.nextElementSibling?.getAttribute('data-cll-platform'),
        textarea: (document.getElementById('code-box') as HTMLTextAreaElement).value,
        paragraph: document.getElementById('code-taobao')?.textContent,
        highlighted: CSS.highlights?.get('cll-share-code')?.size ?? -1,
        prices: document.getElementById('no-codes')?.querySelectorAll('cll-badge').length,
      };
    });
    expect(codes.platforms).toEqual(expect.arrayContaining(['taobao', 'jd']));
    expect(codes.afterTextarea).toBe('taobao');
    expect(codes.textarea).toBe('€08skb3DzfQC€ 打开手机淘宝即可查看');
    expect(codes.paragraph).toContain('￥MDGGba1MLQh￥后到');
    expect(codes.highlighted).toBeGreaterThanOrEqual(2);
    expect(codes.prices).toBe(0);
  });

  it('raised no error in the page or the extension, and looks right', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `badges-demo-${kind}`);
    expect(pageErrors).toEqual([]);
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
