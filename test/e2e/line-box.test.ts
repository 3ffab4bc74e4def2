import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  extensionErrors,
  type LaunchedBrowser,
  launch,
  ONLY_BASIC_FONTS,
  passCount,
  screenshot,
  serveFixtures,
  waitForPass,
  writeStorage,
} from './harness';

/** Each case of the line-box page: its box's height, and where its link sits inside it. */
interface CaseBox {
  id: string;
  height: number;
  linkTop: number;
  linkHeight: number;
  lines: number;
  /** One of the lines far below the viewport, whose badges stay undrawn. */
  far: boolean;
  badge: 'none' | 'undrawn' | 'drawn';
}

function measureCases(page: Page): Promise<CaseBox[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.case')].map((box) => {
      const rect = box.getBoundingClientRect();
      const link = box.querySelector('a') as HTMLAnchorElement;
      const linkRect = link.getBoundingClientRect();
      const badge = link.nextElementSibling;
      const drawn = badge?.localName === 'cll-badge' && getComputedStyle(badge).display;
      return {
        id: box.id,
        height: rect.height,
        linkTop: linkRect.top - rect.top,
        linkHeight: linkRect.height,
        lines: link.getClientRects().length,
        far: box.classList.contains('far'),
        badge: (!drawn ? 'none' : drawn === 'contents' ? 'undrawn' : 'drawn') as CaseBox['badge'],
      };
    }),
  );
}

describe.each(BROWSERS)(
  'line boxes with badges in %s, with only DejaVu and Liberation fonts',
  (kind) => {
    let launched: LaunchedBrowser;
    let server: Awaited<ReturnType<typeof serveFixtures>>;

    beforeAll(async () => {
      server = await serveFixtures();
      launched = await launch(kind, { env: ONLY_BASIC_FONTS });
      await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-29' });
    });
    afterAll(async () => {
      await launched?.close();
      await server?.close();
    });

    it('a badge, drawn or not, never changes the height of its line', async () => {
      const page = await launched.browser.newPage();
      // Tall enough that every case but the far ones is near the viewport, so their badges draw.
      await page.setViewport({ width: 1600, height: 2400 });
      await writeStorage(launched, 'local', { 'settings.disabledSites': ['127.0.0.1'] });
      await page.goto(`${server.origin}/line-box.html`);
      await waitForPass(page);
      const without = await measureCases(page);
      expect(without.length).toBeGreaterThan(290);
      expect(without.every((box) => box.badge === 'none')).toBe(true);

      const passes = await passCount(page);
      await writeStorage(launched, 'local', { 'settings.disabledSites': [] });
      await waitForPass(page, passes + 1);
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('.case:not(.far) a')].every((link) => {
            const badge = link.nextElementSibling;
            return (
              badge?.localName === 'cll-badge' && getComputedStyle(badge).display !== 'contents'
            );
          }),
        { timeout: 20_000 },
      );
      const withBadges = await measureCases(page);
      await screenshot(page, `line-box-${kind}`);

      const far = withBadges.filter((box) => box.far);
      expect(far.length).toBeGreaterThan(0);
      expect(far.every((box) => box.badge === 'undrawn')).toBe(true);
      expect(withBadges.filter((box) => box.badge === 'drawn').length).toBe(
        withBadges.length - far.length,
      );

      const changed = withBadges
        .map((box, index) => ({ box, before: without[index] as CaseBox }))
        .filter(
          ({ box, before }) =>
            box.id !== before.id ||
            Math.abs(box.height - before.height) > 0.5 ||
            Math.abs(box.linkTop - before.linkTop) > 0.5 ||
            Math.abs(box.linkHeight - before.linkHeight) > 0.5 ||
            box.lines !== before.lines,
        )
        .map(({ box, before }) => `${box.id}: ${JSON.stringify(before)} → ${JSON.stringify(box)}`);
      expect(changed).toEqual([]);
      expect(await extensionErrors(launched)).toEqual([]);
      await page.close();
    });
  },
);
