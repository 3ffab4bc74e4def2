/**
 * Corrupt storage in a real browser: values of the wrong type, huge values, values from an older
 * version of the settings. Each broken field falls back to its default on its own, the good
 * fields are kept, the content script badges with that, and the popup says so once.
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
  writeStorageIn,
} from './harness';
import { openPopup, tabIdOf } from './popup-harness';

/** 12,000 well-formed hostnames, with entries of every wrong kind among them. */
const SITES = [
  ...Array.from({ length: 12_000 }, (_, index) => `site-${index}.example`),
  42,
  '',
  'has space.example',
  'path/in.example',
  null,
  { host: 'object.example' },
];
/** Four million characters where a list of rulesets belongs (storage.local allows 10 MB). */
const HUGE = 'r'.repeat(4_000_000);

type Api = {
  storage: Record<'sync' | 'local', { get(keys: null): Promise<Record<string, unknown>> }>;
};

/** The stored settings keys of one area, with long values summed up. */
function storedSettings(page: Page, area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  return page.evaluate(async (name) => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const all = await (scope.browser ?? scope.chrome)?.storage[name].get(null);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(all ?? {})) {
      if (!key.startsWith('settings.')) continue;
      out[key] =
        typeof value === 'string' && value.length > 100
          ? `string of ${value.length}`
          : Array.isArray(value) && value.length > 100
            ? `list of ${value.length}`
            : value;
    }
    return out;
  }, area);
}

function outcomes(page: Page, id: string): Promise<string> {
  return page.evaluate((linkId) => {
    const link = document.getElementById(linkId);
    return `${link?.getAttribute('data-cll-platform')}:${link?.getAttribute('data-cll-private')}/${link?.getAttribute('data-cll-group')}`;
  }, id);
}

const notice = (popup: Page) =>
  popup.$eval('#repaired', (element) => ({
    hidden: (element as HTMLElement).hidden,
    text: element.textContent,
  }));

describe.each(BROWSERS)('corrupt storage in %s', (kind: BrowserKind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let page: Page;
  let helper: Page;
  let tabId: number;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveFixtures();
    launched = await launch(kind);
    // Written from the rule timeline, which only reads settings: the popup would repair them.
    helper = await openExtensionPage(launched, 'rules.html');
    await writeStorageIn(helper, 'sync', {
      // Older than any version the settings ever had, so read field by field.
      'settings.version': 0,
      // Good: kept.
      'settings.policyDate': '2021-11-28',
      'settings.categories': 'ecommerce',
      // An old spelling of "one-to-one only".
      'settings.scopes': 'one-to-one',
      // The right value, as the wrong type.
      'settings.enabled': 'true',
      // Near the size limit of one synced item, and no app id.
      'settings.app': 'x'.repeat(7_000),
    });
    await writeStorageIn(helper, 'local', {
      'settings.version': 'v0',
      'settings.disabledSites': SITES,
      'settings.customRulesets': HUGE,
    });
    page = await launched.browser.newPage();
    errors.push(...collectPageErrors(page));
    await page.goto(`${server.origin}/demo/`);
    await waitForPass(page);
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
    tabId = await tabIdOf(helper, `${server.origin}/demo/`);
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('badges the page with the good fields kept and defaults for the broken ones', async () => {
    // Policy date kept (28 Nov 2021: Taobao warns one-to-one, must be copied in groups); scopes
    // back to both; switched on (the default), and on for this site (no usable site list).
    expect(await outcomes(page, 'taobao-item')).toBe('taobao:warn/copy');
    expect(await outcomes(page, 'jd-item')).toMatch(/^jd:\w+\/\w+$/);
    // Shopping links only, as stored: the Douyin video and the Xiaohongshu note get no badge.
    expect(await outcomes(page, 'douyin-video')).toBe('null:null/null');
    expect(await outcomes(page, 'xhs-note')).toBe('null:null/null');
    // The shipped WeChat rules apply, and the badge speaks of both chats.
    expect(
      await page.$eval('#taobao-item + cll-badge', (badge) => badge.getAttribute('aria-label')),
    ).toBe(
      'WeChat check for this Taobao link: One-to-one chat: after warning; Group chat: copy only',
    );
  });

  it('says once in the popup which settings were reset, and shows the repaired values', async () => {
    const popup = await openPopup(launched, tabId, (opened) => {
      errors.push(...collectPageErrors(opened));
    });
    await expect
      .poll(() => notice(popup))
      .toEqual({
        hidden: false,
        text: 'Some settings could not be read and were reset: chat app, chats shown, on for all sites, sites switched off, custom rules.',
      });
    expect(
      await popup.evaluate(() => ({
        date: (document.getElementById('policy-date') as HTMLInputElement).value,
        scopes: document.querySelector<HTMLInputElement>('input[name="scopes"]:checked')?.value,
        global: (document.getElementById('global-enabled') as HTMLInputElement).checked,
        site: (document.getElementById('site-enabled') as HTMLInputElement).checked,
        app: (document.getElementById('chat-app') as HTMLSelectElement).value,
      })),
    ).toEqual({ date: '2021-11-28', scopes: 'both', global: true, site: true, app: 'wechat' });

    // The repair is saved: the defaults of the broken fields, the good fields untouched, the
    // usable part of the site list kept (up to its limit of 10,000).
    await expect
      .poll(async () => ({
        sync: await storedSettings(helper, 'sync'),
        local: await storedSettings(helper, 'local'),
      }))
      .toEqual({
        sync: {
          'settings.version': 1,
          'settings.policyDate': '2021-11-28',
          'settings.categories': 'ecommerce',
          'settings.scopes': 'both',
          'settings.enabled': true,
          'settings.app': 'wechat',
        },
        local: {
          'settings.version': 1,
          'settings.disabledSites': 'list of 10000',
          'settings.customRulesets': [],
        },
      });
    await popup.close();

    const again = await openPopup(launched, tabId, (opened) => {
      errors.push(...collectPageErrors(opened));
    });
    // Give a late notice every chance to show up before checking that none did.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await notice(again)).toEqual({ hidden: true, text: '' });
    await again.close();
  });

  it('keeps the same badges once the repair is saved', async () => {
    await page.reload();
    await waitForPass(page);
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
    expect(await outcomes(page, 'taobao-item')).toBe('taobao:warn/copy');
    expect(await outcomes(page, 'douyin-video')).toBe('null:null/null');
  });

  it('raised no error in the extension or on its pages', async () => {
    expect(errors).toEqual([]);
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
