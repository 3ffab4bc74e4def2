import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  type LaunchedBrowser,
  launchWithExtension,
  openExtensionPage,
} from '../../scripts/launch.mjs';
import { scrollThrough } from '../../scripts/scroll-through.mjs';
import { serve } from '../../scripts/serve.mjs';

export type BrowserKind = 'chromium' | 'firefox';
export const BROWSERS: BrowserKind[] = ['chromium', 'firefox'];

const root = new URL('../..', import.meta.url).pathname;
export const ARTIFACTS = join(root, 'artifacts');

export { type LaunchedBrowser, openExtensionPage };

/**
 * The fonts of a fresh Debian machine only (DejaVu and Liberation), whatever this machine has:
 * pass as `env` to launch, for tests whose measurements depend on the fonts.
 */
export const ONLY_BASIC_FONTS = {
  FONTCONFIG_FILE: join(root, 'test/fonts/dejavu-liberation.conf'),
};

export async function launch(
  kind: BrowserKind,
  options: { locale?: string; env?: Record<string, string> } = {},
) {
  const launched = await launchWithExtension(kind, options);
  const version = await launched.browser.version();
  console.log(`e2e: ${kind} ${version} with the extension from dist/${kind}`);
  return launched;
}

/** Serves the demo page (/demo/) and the test fixtures (/) on 127.0.0.1. */
export function serveFixtures(routes?: (path: string) => { body: string } | undefined) {
  return serve({ '/': join(root, 'test/fixtures'), '/demo/': join(root, 'src/demo') }, { routes });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await scrollThrough(page);
  await page.screenshot({ path: path as `${string}.png`, fullPage: true });
  return path;
}

/** Errors the extension recorded about itself (see src/shared/error-log.ts), in any context. */
export async function extensionErrors(launched: LaunchedBrowser): Promise<unknown[]> {
  const page = await openExtensionPage(launched, 'popup.html');
  try {
    return await page.evaluate(async () => {
      type StorageApi = {
        storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
      };
      const scope = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
      const api = scope.browser ?? scope.chrome;
      const stored = await api?.storage.local.get('errorLog');
      return (stored?.errorLog as unknown[] | undefined) ?? [];
    });
  } finally {
    await page.close();
  }
}

/** Collects page errors and console errors of a page (Chromium reports them for every world). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Writes raw storage keys from an extension page, as the popup would (area: sync or local). */
export async function writeStorage(
  launched: LaunchedBrowser,
  area: 'sync' | 'local',
  values: Record<string, unknown>,
): Promise<void> {
  const page = await openExtensionPage(launched, 'popup.html');
  try {
    await writeStorageIn(page, area, values);
  } finally {
    await page.close();
  }
}

/**
 * Writes raw storage keys from an extension page that is already open (area: sync or local).
 * Unlike writeStorage, it opens no popup: the popup repairs broken settings as it opens, so
 * writeStorage would mend what an earlier call had broken on purpose.
 */
export async function writeStorageIn(
  page: Page,
  area: 'sync' | 'local',
  values: Record<string, unknown>,
): Promise<void> {
  await page.evaluate(
    async (areaName, items) => {
      type Area = { set(items: Record<string, unknown>): Promise<void> };
      type Api = { storage: Record<'sync' | 'local', Area> };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (scope.browser ?? scope.chrome)?.storage[areaName].set(items);
    },
    area,
    values,
  );
}

/**
 * A browser with the extension showing a policy date, and one page of the fixture server open at
 * `path`, its page errors collected, once the content script has finished its first pass.
 */
export async function openBadgedPage(kind: BrowserKind, path: string, policyDate = '2021-11-29') {
  const server = await serveFixtures();
  const launched = await launch(kind);
  await writeStorage(launched, 'sync', { 'settings.policyDate': policyDate });
  const page = await launched.browser.newPage();
  const pageErrors = collectPageErrors(page);
  await page.goto(`${server.origin}${path}`);
  await waitForPass(page);
  return { server, launched, page, pageErrors };
}

/**
 * Waits until the badge right after a link is drawn (it has a box): a badge is drawn when its
 * link comes near the viewport, and has no box before (see README, "Badges").
 */
export async function waitForDrawnBadge(page: Page, linkId: string): Promise<void> {
  await page.waitForFunction(
    (id) => {
      const badge = document.getElementById(id)?.nextElementSibling;
      return badge?.localName === 'cll-badge' && getComputedStyle(badge).display !== 'contents';
    },
    { timeout: 10_000 },
    linkId,
  );
}

/** Focuses the badge right after a link, as the keyboard does, once it is drawn (not before). */
export async function focusBadge(page: Page, linkId: string): Promise<void> {
  // Focus events only fire in the foreground tab.
  await page.bringToFront();
  await waitForDrawnBadge(page, linkId);
  await page.evaluate((id) => {
    const badge = document.getElementById(id)?.nextElementSibling;
    if (badge instanceof HTMLElement) badge.focus();
  }, linkId);
}

/** Waits until the content script has finished at least `passes` passes over the page. */
export async function waitForPass(page: Page, passes = 1): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.documentElement.getAttribute('data-cll-passes') ?? 0) >= n,
    { timeout: 20_000 },
    passes,
  );
}

export async function passCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.getAttribute('data-cll-passes') ?? 0));
}

/** A badged link's outcomes as "private/group" (from its DOM contract). */
export function outcomes(page: Page, id: string): Promise<string> {
  return page.evaluate((linkId) => {
    const link = document.getElementById(linkId);
    return `${link?.getAttribute('data-cll-private')}/${link?.getAttribute('data-cll-group')}`;
  }, id);
}
