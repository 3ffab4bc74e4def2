import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../src/core/data/rulesets/wechat';
import type { Ruleset } from '../../src/core/policy/rule';
import { readRuleset } from '../../src/core/policy/ruleset-read';
import { upgradeRuleset } from '../../src/core/policy/ruleset-upgrade';
import { format1Clean, format1Wechat } from '../unit/core/support/format1-rulesets';
import {
  BROWSERS,
  type BrowserKind,
  collectPageErrors,
  extensionErrors,
  type LaunchedBrowser,
  launch,
  openExtensionPage,
  screenshot,
  serveFixtures,
  waitForPass,
  writeStorage,
  writeStorageIn,
} from './harness';
import {
  lowContrastTexts,
  openPopup,
  setColorScheme,
  tabIdOf,
  unlabelledControls,
} from './popup-harness';

/** A custom ruleset in which every link is blocked in every chat, from 2020 on. */
const BLOCK_CHAT: Ruleset = {
  format: 2,
  app: 'blockchat',
  name: { en: 'Block Chat', zh_CN: '封锁聊天' },
  scopes: ['private', 'group'],
  recordEnds: '2025-01-01T00:00:00+08:00',
  sources: [{ id: 'test-source', title: 'Test source', url: 'https://example.com/source' }],
  rules: [
    {
      id: 'everything-blocked',
      scopes: ['private', 'group'],
      from: '2020-01-01T00:00:00+08:00',
      until: null,
      outcome: 'blocked',
      evidence: 'inferred',
      sources: ['test-source'],
      explanation: { en: 'Everything is blocked.', zh_CN: '全部屏蔽。' },
    },
  ],
  events: [
    {
      id: 'block-starts',
      at: '2020-01-01T00:00:00+08:00',
      title: { en: 'Block Chat blocks every link', zh_CN: '封锁聊天屏蔽所有链接' },
      evidence: 'inferred',
      sources: ['test-source'],
    },
  ],
  notes: [],
};

type StorageApi = {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    sync: { get(key: string): Promise<Record<string, unknown>> };
  };
};

function storedSetting(page: Page, area: 'local' | 'sync', field: string): Promise<unknown> {
  return page.evaluate(
    async (areaName, key) => {
      const scope = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
      const api = (scope.browser ?? scope.chrome) as StorageApi;
      return (await api.storage[areaName].get(key))[key] ?? null;
    },
    area,
    `settings.${field}`,
  );
}

async function paste(options: Page, text: string): Promise<void> {
  await options.$eval(
    '#ruleset-text',
    (area, value) => {
      (area as HTMLTextAreaElement).value = value;
    },
    text,
  );
  await options.click('#ruleset-import');
}

const resultText = (options: Page) =>
  options.$eval('#import-result', (element) => element.textContent ?? '');

describe.each(BROWSERS)('the options page in %s', (kind: BrowserKind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let page: Page;
  let options: Page;
  let files: string;
  let errors: string[] = [];

  beforeAll(async () => {
    files = await mkdtemp(join(tmpdir(), 'cll-options-'));
    server = await serveFixtures();
    launched = await launch(kind);
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-29' });
    page = await launched.browser.newPage();
    await page.goto(`${server.origin}/demo/`);
    await waitForPass(page);
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
    options = await openExtensionPage(launched, 'options.html', (opened) => {
      errors = collectPageErrors(opened);
    });
    await options.waitForSelector('html[data-ready="true"]');
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('refuses a ruleset with problems, showing each with its path, and changes nothing', async () => {
    const broken = {
      ...BLOCK_CHAT,
      format: 1,
      rules: [{ ...BLOCK_CHAT.rules[0], outcome: 'sometimes' }],
      events: [{ ...BLOCK_CHAT.events[0], at: '2020-01-01' }],
    };
    await paste(options, JSON.stringify(broken));
    expect(await resultText(options)).toMatch(/^Not imported: 3 problems\./);
    const problems = await options.$$eval('#import-result li', (items) =>
      items.map((item) => item.querySelector('code')?.textContent),
    );
    expect(problems).toEqual(['format', 'rules[0].outcome', 'events[0].at']);
    expect(await storedSetting(options, 'local', 'customRulesets')).toBeNull();
    expect(await options.$eval('#custom-list', (list) => list.textContent)).toBe('None yet.');
  });

  it('refuses a ruleset that claims the app id of the shipped WeChat rules', async () => {
    await paste(options, JSON.stringify(WECHAT_RULESET));
    expect(await resultText(options)).toBe(
      'Not imported.app: “wechat” is the app id of a ruleset that ships with Chat Link Lens; a custom ruleset needs an app id of its own, such as “wechat-custom”.',
    );
    expect(await storedSetting(options, 'local', 'customRulesets')).toBeNull();
  });

  it('refuses a file that is not JSON, changing nothing', async () => {
    const path = join(files, 'broken.json');
    await writeFile(path, '{ "format": 1, "app": ');
    const input = (await options.$('#ruleset-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await expect
      .poll(() => resultText(options))
      .toMatch(/^Not imported: the text is not valid JSON\./);
    expect(await storedSetting(options, 'local', 'customRulesets')).toBeNull();
  });

  it('imports a valid file, which can then be chosen as the chat app and removed', async () => {
    const path = join(files, 'block-chat.json');
    await writeFile(path, JSON.stringify(BLOCK_CHAT, null, 2));
    const input = (await options.$('#ruleset-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await expect
      .poll(() => resultText(options))
      .toBe('Imported “Block Chat” (app id blockchat; rules: 1).');
    expect(await storedSetting(options, 'local', 'customRulesets')).toEqual([BLOCK_CHAT]);
    await options.waitForSelector('#custom-list li[data-app="blockchat"]');
    expect(
      await options.$$eval('#chat-app option', (all) => all.map((option) => option.textContent)),
    ).toEqual(['WeChat', 'Block Chat (custom rules)']);

    // Choose it: every badge on the open page follows (everything blocked from 2020 on).
    await options.click('button[data-key="use:blockchat"]');
    await expect.poll(() => storedSetting(options, 'sync', 'app')).toBe('blockchat');
    await page.waitForFunction(
      () => document.getElementById('taobao-item')?.getAttribute('data-cll-private') === 'blocked',
      { timeout: 10_000 },
    );
    expect(
      await options.$eval('button[data-key="use:blockchat"]', (button) =>
        button.getAttribute('aria-pressed'),
      ),
    ).toBe('true');
    const helper = await openExtensionPage(launched, 'rules.html');
    expect(await helper.$eval('#rules-title', (title) => title.textContent)).toBe(
      'Rule timeline: Block Chat',
    );
    const popup = await openPopup(launched, await tabIdOf(helper, `${server.origin}/demo/`));
    expect(await popup.$eval('#chat-app', (select) => (select as HTMLSelectElement).value)).toBe(
      'blockchat',
    );
    expect(await popup.$$eval('.tick', (ticks) => ticks.length)).toBe(2);
    expect(await popup.$eval('#date-explanation', (element) => element.textContent)).toBe(
      'Showing Block Chat as of 29 Nov 2021, 23:59 China time',
    );
    await popup.close();
    await helper.close();

    // Remove it: back to WeChat.
    await options.click('button[data-key="remove:blockchat"]');
    await expect.poll(() => storedSetting(options, 'sync', 'app')).toBe('wechat');
    await expect.poll(() => storedSetting(options, 'local', 'customRulesets')).toEqual([]);
    await page.waitForFunction(
      () => document.getElementById('taobao-item')?.getAttribute('data-cll-group') === 'copy',
      { timeout: 10_000 },
    );
    expect(await options.$eval('#custom-list', (list) => list.textContent)).toBe('None yet.');
  });

  it('imports a format-1 ruleset upgraded to format 2, and offers the upgrade of one that needs quotes', async () => {
    const real = { ...format1Wechat(), app: 'wechat-2021' };
    await paste(options, JSON.stringify(real));
    const reading = readRuleset(real);
    if (reading.ok || reading.upgrade === null) throw new Error('expected a failed upgrade');
    const needed = reading.upgrade.quotesNeeded;
    const text = await resultText(options);
    expect(text).toMatch(/^Not imported: 1 problem\./);
    expect(text).toContain(
      `This ruleset is in format 1 (sources written inside each rule, without quotes). Upgraded to format 2, it cannot be used yet.${needed.length} sources need a quote`,
    );
    expect(
      await options.$$eval('#import-result .quotes-needed li', (items) =>
        items.map((item) => (item as HTMLElement).dataset.source),
      ),
    ).toEqual(needed.map((entry) => entry.source));
    const first = needed[0];
    expect(
      await options.$eval('#import-result .quotes-needed li', (item) => item.textContent),
    ).toBe(
      `${first?.path} ${first?.source}: ${first?.title} (${first?.url}); cited by ${first?.citedBy.join(', ')}`,
    );
    const link = await options.$eval('#import-result a.upgrade-download', (a) => ({
      name: a.getAttribute('download'),
      href: a.getAttribute('href') ?? '',
      text: a.textContent,
    }));
    expect(link.name).toBe('wechat-2021-format-2.json');
    expect(link.text).toBe('Download the upgraded ruleset (format 2, JSON)');
    const offered = JSON.parse(decodeURIComponent(link.href.replace(/^data:[^,]*,/, '')));
    expect(offered).toEqual(upgradeRuleset(real));
    expect(await storedSetting(options, 'local', 'customRulesets')).toEqual([]);

    await paste(options, JSON.stringify(format1Clean()));
    expect(await resultText(options)).toBe(
      'Imported “Old Chat” (app id oldchat; rules: 2).It was in format 1 (sources written inside each rule) and is kept upgraded to format 2 (each source defined once and cited by its id).',
    );
    expect(await storedSetting(options, 'local', 'customRulesets')).toEqual([
      upgradeRuleset(format1Clean()),
    ]);
    await options.waitForSelector('#custom-list li[data-app="oldchat"]');
    await writeStorageIn(options, 'local', { 'settings.customRulesets': [] });
    await options.waitForFunction(
      () => document.getElementById('custom-list')?.textContent === 'None yet.',
    );
  });

  it('uses a format-1 ruleset kept in storage as upgraded, never rewriting it, and says which needs quotes', async () => {
    const kept = [format1Clean(), { ...format1Wechat(), app: 'wechat-2021' }];
    await writeStorageIn(options, 'local', { 'settings.customRulesets': kept });
    await options.waitForSelector('#custom-list li[data-app="wechat-2021"] .stored-upgrade');
    expect(
      await options.$eval('#custom-list li[data-app="oldchat"]', (item) => item.textContent),
    ).toContain('Stored in format 1: used as upgraded to format 2 (the stored copy is unchanged).');
    const unusable = await options.$eval('#custom-list li[data-app="wechat-2021"]', (item) => ({
      text: item.textContent ?? '',
      disabled: (item.querySelector('button[data-action="use"]') as HTMLButtonElement).disabled,
      download: item.querySelector('a.upgrade-download')?.getAttribute('download'),
    }));
    expect(unusable.text).toContain(
      'Stored in format 1 and not in use: upgraded to format 2 it is not valid yet (the stored copy is unchanged).',
    );
    expect(unusable.disabled).toBe(true);
    expect(unusable.download).toBe('wechat-2021-format-2.json');

    // Chosen, the stored format-1 ruleset decides every badge (Taobao blocked from 2020 on).
    await options.click('button[data-key="use:oldchat"]');
    await expect.poll(() => storedSetting(options, 'sync', 'app')).toBe('oldchat');
    await page.waitForFunction(
      () => document.getElementById('taobao-item')?.getAttribute('data-cll-private') === 'blocked',
      { timeout: 10_000 },
    );
    expect(await storedSetting(options, 'local', 'customRulesets')).toEqual(kept);

    await writeStorageIn(options, 'sync', { 'settings.app': 'wechat' });
    await writeStorageIn(options, 'local', { 'settings.customRulesets': [] });
    await page.waitForFunction(
      () => document.getElementById('taobao-item')?.getAttribute('data-cll-group') === 'copy',
      { timeout: 10_000 },
    );
  });

  it('lists the sites switched off, and turns one on again', async () => {
    await writeStorage(launched, 'local', { 'settings.disabledSites': ['127.0.0.1'] });
    await expect.poll(() => page.$$eval('cll-badge', (badges) => badges.length)).toBe(0);
    await options.waitForSelector('#sites-list li.site');
    expect(await options.$eval('#sites-list', (list) => list.textContent)).toContain('127.0.0.1');
    await options.click('#sites-list li.site button');
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 10_000 });
    await expect.poll(() => storedSetting(options, 'local', 'disabledSites')).toEqual([]);
  });

  it('labels every control, reads well in both colour schemes, and looks right', async () => {
    await paste(options, JSON.stringify({ ...BLOCK_CHAT, format: 2 }));
    expect(await unlabelledControls(options)).toEqual([]);
    expect(await lowContrastTexts(options)).toEqual([]);
    await screenshot(options, `options-light-${kind}`);
    await setColorScheme(launched, options, 'dark');
    expect(await lowContrastTexts(options)).toEqual([]);
    await screenshot(options, `options-dark-${kind}`);
    await setColorScheme(launched, options, 'light');
  });

  it('raised no error', async () => {
    expect(errors).toEqual([]);
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
