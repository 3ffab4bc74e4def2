import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../src/core/data/rulesets/wechat';
import { chinaDateOf } from '../../src/core/policy/china-time';
import { firstPolicyDate } from '../../src/popup/date-explanation';
import { eventsInOrder, rulesInOrder } from '../../src/rules-page/rules-model';
import {
  BROWSERS,
  type BrowserKind,
  collectPageErrors,
  extensionErrors,
  type LaunchedBrowser,
  launch,
  openExtensionPage,
  outcomes,
  screenshot,
  serveFixtures,
  waitForPass,
  writeStorage,
} from './harness';
import {
  badgedItems,
  captureDownloads,
  chooseDate,
  groupCounts,
  lowContrastTexts,
  openPopup,
  savedFiles,
  setColorScheme,
  setReducedMotion,
  tabIdOf,
  tabThrough,
  toolbarOf,
  unlabelledControls,
} from './popup-harness';

async function waitForOutcomes(page: Page, id: string, expected: string): Promise<void> {
  await expect.poll(() => outcomes(page, id), { timeout: 10_000 }).toBe(expected);
}

/** The popup's "show" buttons: group key -> count. */
function popupGroups(popup: Page): Promise<Record<string, number>> {
  return popup.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('#page-table button.chip')].map((chip) => [
        chip.dataset.key ?? '',
        Number(chip.textContent?.replace(/\D/g, '')),
      ]),
    ),
  );
}

/** The links on the page that would not open directly in the scopes (the toolbar's count). */
async function notDirectOnPage(page: Page, scopes: ('private' | 'group')[]): Promise<number> {
  const items = await badgedItems(page);
  return items.filter(
    (item) => item.kind === 'url' && scopes.some((scope) => item[scope] !== 'direct'),
  ).length;
}

function frameOf(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/demo/frame.html'));
  if (!frame) throw new Error('the demo frame is missing');
  return frame;
}

/**
 * Samples for a while the outline of the elements a selector matches: whether one of them shows
 * a solid outline, and how many colours it takes.
 */
function sampleOutline(target: Page | Frame, selector: string) {
  return target.evaluate(async (css) => {
    const elements = [...document.querySelectorAll(css)];
    const colours = new Set<string>();
    let solid = false;
    for (let i = 0; i < 12; i++) {
      for (const element of elements) {
        const style = getComputedStyle(element);
        if (style.outlineStyle === 'solid') {
          solid = true;
          colours.add(style.outlineColor);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    return { solid, colours: colours.size };
  }, selector);
}

/** A small CSV reader (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  return rows;
}

describe.each(BROWSERS)('the popup in %s', (kind: BrowserKind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let page: Page;
  let helper: Page;
  let popup: Page;
  let tabId: number;
  let pageErrors: string[] = [];
  let popupErrors: string[] = [];
  const popupRequests: string[] = [];

  beforeAll(async () => {
    server = await serveFixtures();
    launched = await launch(kind);
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-28' });
    page = await launched.browser.newPage();
    pageErrors = collectPageErrors(page);
    await page.goto(`${server.origin}/demo/`);
    await waitForPass(page);
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
    helper = await openExtensionPage(launched, 'rules.html');
    tabId = await tabIdOf(helper, `${server.origin}/demo/`);
    popup = await openPopup(launched, tabId, (opened) => {
      popupErrors = collectPageErrors(opened);
      opened.on('request', (request) => popupRequests.push(request.url()));
    });
    await captureDownloads(popup);
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('describes the tab it was opened for: the demo page, per platform and outcome', async () => {
    expect(await popup.$eval('#page-site', (element) => element.textContent)).toBe('127.0.0.1');
    await expect
      .poll(
        async () => sameCounts(await popupGroups(popup), groupCounts(await badgedItems(page))),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    const items = await badgedItems(page);
    const links = items.filter((item) => item.kind === 'url').length;
    const codes = items.filter((item) => item.kind === 'code').length;
    expect(links).toBeGreaterThan(30);
    expect(codes).toBeGreaterThanOrEqual(3);
    expect(await popup.$eval('#page-counts', (element) => element.textContent)).toBe(
      `${links} links and ${codes} share codes found.`,
    );
  });

  it('changes every badge on the page with the date: 28 Nov, 29 Nov, 2 Dec 2021', async () => {
    await chooseDate(popup, '2021-11-28');
    await waitForOutcomes(page, 'taobao-item', 'warn/copy');
    expect(await popup.$eval('#date-explanation', (element) => element.textContent)).toBe(
      'Showing WeChat as of 28 Nov 2021, 23:59 China time',
    );
    expect(await popup.$('.tick[aria-checked="true"]')).toBeNull();

    await chooseDate(popup, '2021-11-29');
    await waitForOutcomes(page, 'taobao-item', 'direct/copy');
    expect(await popup.$eval('#date-explanation', (element) => element.textContent)).toBe(
      'Showing WeChat as of 29 Nov 2021, 23:59 China time',
    );
    expect(
      await popup.$eval('.tick[aria-checked="true"]', (tick) => (tick as HTMLElement).dataset.date),
    ).toBe('2021-11-29');

    await chooseDate(popup, '2021-12-02');
    await waitForOutcomes(page, 'taobao-item', 'direct/direct');
    // The badges in the frame follow too.
    await expect
      .poll(() =>
        frameOf(page).evaluate(() =>
          document.getElementById('frame-taobao')?.getAttribute('data-cll-group'),
        ),
      )
      .toBe('direct');
    const stored = await helper.evaluate(async () => {
      type Api = { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome) as Api;
      return (await api.storage.sync.get('settings.policyDate'))['settings.policyDate'];
    });
    expect(stored).toBe('2021-12-02');
  });

  it('refuses a date outside the record and changes nothing', async () => {
    await chooseDate(popup, '2021-12-02');
    await waitForOutcomes(page, 'taobao-item', 'direct/direct');
    expect(
      await popup.$eval('#policy-date', (input) => [
        input.getAttribute('min'),
        (input as HTMLInputElement).max,
      ]),
    ).toEqual([firstPolicyDate(WECHAT_RULESET), chinaDateOf(Date.now())]);
    await chooseDate(popup, '2012-06-01');
    expect(await popup.$eval('#date-error', (element) => (element as HTMLElement).hidden)).toBe(
      false,
    );
    expect(await popup.$eval('#date-error', (element) => element.textContent)).toContain(
      firstPolicyDate(WECHAT_RULESET),
    );
    expect(await outcomes(page, 'taobao-item')).toBe('direct/direct');
  });

  it('steps through the timeline by click, arrow keys and End, with a label on hover and focus', async () => {
    await popup.bringToFront();
    const ticks = await popup.$$eval('.tick', (all) =>
      all.map((tick) => (tick as HTMLElement).dataset.date),
    );
    expect(ticks).toHaveLength(17);
    expect(ticks).toEqual(
      expect.arrayContaining([
        '2018-04-01',
        '2021-09-17',
        '2021-11-29',
        '2021-12-01',
        '2022-01-27',
        '2023-01-10',
      ]),
    );

    await popup.hover('.tick[data-date="2023-01-10"]');
    expect(await popup.$eval('#timeline-caption', (element) => element.textContent)).toBe(
      '10 Jan 2023 · Douyin links and codes can be neither opened nor copied',
    );
    await popup.click('.tick[data-date="2021-11-29"]');
    await waitForOutcomes(page, 'taobao-item', 'direct/copy');

    expect(await popup.$eval('#policy-date', (input) => (input as HTMLInputElement).value)).toBe(
      '2021-11-29',
    );
    expect(await popup.$eval('#timeline-caption', (element) => element.textContent)).toMatch(
      /^29 Nov 2021 · WeChat update: one-to-one chats open links directly/,
    );

    await popup.keyboard.press('ArrowRight');
    expect(await popup.$eval('#policy-date', (input) => (input as HTMLInputElement).value)).toBe(
      '2021-11-30',
    );
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.date)).toBe(
      '2021-11-30',
    );
    await popup.keyboard.press('ArrowRight');
    expect(await popup.$eval('#policy-date', (input) => (input as HTMLInputElement).value)).toBe(
      '2021-12-01',
    );
    await popup.keyboard.press('ArrowLeft');
    await popup.keyboard.press('ArrowLeft');
    await popup.keyboard.press('ArrowLeft');
    expect(await popup.$eval('#policy-date', (input) => (input as HTMLInputElement).value)).toBe(
      '2021-09-17',
    );
    await waitForOutcomes(page, 'taobao-item', 'warn/copy');

    await popup.keyboard.press('End');
    expect(await popup.$eval('#policy-date', (input) => (input as HTMLInputElement).value)).toBe(
      '',
    );
    expect(await popup.$eval('#date-explanation', (element) => element.textContent)).toMatch(
      /^Showing WeChat as of now \(\d{1,2} \w{3} \d{4}, \d{2}:\d{2} China time\)$/,
    );
    await chooseDate(popup, '2021-11-28');
    await popup.click('#date-now');
    expect(await popup.$eval('#policy-date', (input) => (input as HTMLInputElement).value)).toBe(
      '',
    );
    expect(await popup.$eval('#date-now', (button) => button.getAttribute('aria-pressed'))).toBe(
      'true',
    );
    await chooseDate(popup, '2021-12-02');
    await waitForOutcomes(page, 'taobao-item', 'direct/direct');
  });

  it('counts on the toolbar the links that would not open directly, in the shown scopes', async () => {
    // On 29 Nov 2021 Taobao links open directly one-to-one but not yet in groups.
    await chooseDate(popup, '2021-11-29');
    await waitForOutcomes(page, 'taobao-item', 'direct/copy');
    await expect
      .poll(async () => (await toolbarOf(helper, tabId)).text, { timeout: 10_000 })
      .toBe(String(await notDirectOnPage(page, ['private', 'group'])));
    const both = await toolbarOf(helper, tabId);
    expect(Number(both.text)).toBeGreaterThan(10);
    expect(both.title).toBe(
      `Chat Link Lens: ${both.text} links on this page would not open directly in a WeChat one-to-one or group chat`,
    );
    expect(await popup.$eval('#page-not-direct', (element) => element.textContent)).toBe(
      `${both.text} links on this page would not open directly in a WeChat one-to-one or group chat`,
    );
    try {
      await popup.click('label[for="scopes-private"]');
      const privateOnly = await notDirectOnPage(page, ['private']);
      expect(privateOnly).toBeLessThan(Number(both.text));
      await expect
        .poll(async () => (await toolbarOf(helper, tabId)).text, { timeout: 10_000 })
        .toBe(privateOnly > 0 ? String(privateOnly) : '');
      expect((await toolbarOf(helper, tabId)).title).toMatch(/in a WeChat one-to-one chat$/);
      expect(await popup.$$eval('#page-table thead th', (cells) => cells.length)).toBe(2);
      await popup.click('label[for="scopes-group"]');
      const groupOnly = await notDirectOnPage(page, ['group']);
      expect(groupOnly).toBeGreaterThan(0);
      await expect
        .poll(async () => (await toolbarOf(helper, tabId)).text, { timeout: 10_000 })
        .toBe(String(groupOnly));
    } finally {
      await popup.click('label[for="scopes-both"]');
    }
    await expect
      .poll(async () => (await toolbarOf(helper, tabId)).text, { timeout: 10_000 })
      .toBe(both.text);
    await chooseDate(popup, '2021-11-28');
    await waitForOutcomes(page, 'taobao-item', 'warn/copy');
  });

  it('exports every badged link and share code as CSV and JSON', async () => {
    await chooseDate(popup, '2021-11-28');
    await waitForOutcomes(page, 'taobao-item', 'warn/copy');
    await expect
      .poll(
        async () => sameCounts(await popupGroups(popup), groupCounts(await badgedItems(page))),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    const onPage = await badgedItems(page);
    await popup.click('#export-csv');
    await popup.click('#export-json');
    await expect.poll(async () => (await savedFiles(popup)).length).toBe(2);
    const [csvFile, jsonFile] = await savedFiles(popup);
    expect(csvFile?.name).toBe('chat-link-lens-127.0.0.1-2021-11-28.csv');
    expect(jsonFile?.name).toBe('chat-link-lens-127.0.0.1-2021-11-28.json');

    const expectedLinks = onPage
      .filter((item) => item.kind === 'url')
      .map((item) => `${item.href} ${item.platform} ${item.private} ${item.group}`)
      .sort();
    const json = JSON.parse(jsonFile?.text ?? '{}') as {
      app: string;
      policyDate: string;
      page: string;
      items: {
        input: string;
        kind: string;
        platform: string;
        verdicts: Record<string, { outcome: string; rule: string | null; sources: unknown[] }>;
      }[];
    };
    expect(json).toMatchObject({
      app: 'wechat',
      policyDate: '2021-11-28',
      page: `${server.origin}/demo/`,
    });
    expect(
      json.items
        .filter((item) => item.kind === 'url')
        .map(
          (item) =>
            `${item.input} ${item.platform} ${item.verdicts.private?.outcome} ${item.verdicts.group?.outcome}`,
        )
        .sort(),
    ).toEqual(expectedLinks);
    expect(json.items.filter((item) => item.kind === 'code')).toHaveLength(
      onPage.filter((item) => item.kind === 'code').length,
    );
    const taobao = json.items.find(
      (item) => item.input.includes('id=642391857301') && item.platform === 'taobao',
    );
    expect(taobao?.verdicts.private?.rule).toBeTruthy();
    expect(taobao?.verdicts.private?.sources.length).toBeGreaterThan(0);

    const [header, ...rows] = parseCsv((csvFile?.text ?? '').replace(/^\uFEFF/, ''));
    const column = (name: string) => header?.indexOf(name) ?? -1;
    expect(column('private_rule')).toBeGreaterThan(0);
    expect(column('group_sources')).toBeGreaterThan(0);
    expect(
      rows
        .filter((row) => row[column('kind')] === 'url')
        .map(
          (row) =>
            `${row[column('input')]} ${row[column('platform')]} ${row[column('private_outcome')]} ${row[column('group_outcome')]}`,
        )
        .sort(),
    ).toEqual(expectedLinks);
  });

  it('shows and flashes the next link of a group, in whichever frame it is', async () => {
    try {
      const key = await popup.$$eval('#page-table button.chip', (chips) =>
        chips
          .map((chip) => (chip as HTMLElement).dataset.key)
          .find((k) => k?.startsWith('url|pinduoduo|private|')),
      );
      expect(key).toBeDefined();
      const chip = `#page-table button.chip[data-key="${key}"]`;
      const count = Number(
        await popup.$eval(chip, (button) => button.textContent?.replace(/\D/g, '')),
      );
      expect(count).toBeGreaterThanOrEqual(3);
      const layoutBefore = await page.$eval('#pdd-item', (link) => {
        const box = link.getBoundingClientRect();
        return `${box.width}x${box.height} ${link.getAttribute('style')} ${link.className}`;
      });

      // The page is the tab in front when a person uses the popup (browsers pause the animations of
      // background tabs).
      await page.bringToFront();
      await setReducedMotion(launched, page, false);
      const press = () => popup.$eval(chip, (button) => (button as HTMLButtonElement).click());
      await press();
      const flash = await sampleOutline(page, '#pdd-item');
      expect(flash.solid).toBe(true);
      expect(flash.colours, 'a pulsing outline').toBeGreaterThan(1);
      expect(await popup.$eval('#show-status', (element) => element.textContent)).toMatch(
        new RegExp(`^Showing 1 of ${count} Pinduoduo links \\(One-to-one chat: `),
      );
      await expect
        .poll(() =>
          page.$eval('#pdd-item', (link) => {
            const box = link.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        )
        .toBe(true);
      // The flash leaves the link as it was: same size, no style or class of ours.
      await new Promise((resolve) => setTimeout(resolve, 1600));
      expect(
        await page.$eval('#pdd-item', (link) => {
          const box = link.getBoundingClientRect();
          return `${box.width}x${box.height} ${link.getAttribute('style')} ${link.className}`;
        }),
      ).toBe(layoutBefore);
      expect(await page.$eval('#pdd-item', (link) => getComputedStyle(link).outlineStyle)).toBe(
        'none',
      );

      // The last one of the group is in the frame.
      for (let i = 1; i < count; i++) await press();
      expect(await popup.$eval('#show-status', (element) => element.textContent)).toMatch(
        new RegExp(`^Showing ${count} of ${count} `),
      );
      expect(await sampleOutline(frameOf(page), '#frame-pdd')).toMatchObject({ solid: true });

      // Share codes too: the element that holds the code flashes (the paragraph or the field).
      const codeChip = await popup.$$eval('#page-table button.chip', (chips) =>
        chips
          .map((button) => (button as HTMLElement).dataset.key)
          .find((k) => k?.startsWith('code|taobao|private|')),
      );
      expect(codeChip).toBeDefined();
      await popup.$eval(`#page-table button.chip[data-key="${codeChip}"]`, (button) =>
        (button as HTMLButtonElement).click(),
      );
      expect(await sampleOutline(page, '#code-taobao, #code-box')).toMatchObject({
        solid: true,
      });

      // With reduced motion the outline holds still.
      await setReducedMotion(launched, page, true);
      await press(); // back to the first
      expect(await sampleOutline(page, '#pdd-item')).toEqual({ solid: true, colours: 1 });
    } finally {
      await setReducedMotion(launched, page, false);
      await popup.bringToFront();
    }
  });

  it('switches the extension off for this site, and on again', async () => {
    const before = (await badgedItems(page)).length;
    await popup.click('#site-enabled');
    await expect
      .poll(() =>
        Promise.all(
          page.frames().map((frame) =>
            frame.evaluate(() => {
              const roots: (Document | ShadowRoot)[] = [document];
              for (const element of document.querySelectorAll('*'))
                if (element.shadowRoot) roots.push(element.shadowRoot);
              return roots.reduce(
                (n, root) => n + root.querySelectorAll('cll-badge, [data-cll-platform]').length,
                0,
              );
            }),
          ),
        ).then((counts) => counts.reduce((a, b) => a + b, 0)),
      )
      .toBe(0);
    await expect
      .poll(async () => toolbarOf(helper, tabId))
      .toEqual({
        text: '',
        title: 'Chat Link Lens is off on 127.0.0.1',
      });
    expect(await popup.$eval('#page-counts', (element) => element.textContent)).toBe(
      'Chat Link Lens is off on 127.0.0.1.',
    );
    expect(
      await popup.$eval('#export-csv', (button) => (button as HTMLButtonElement).disabled),
    ).toBe(true);

    await popup.click('#site-enabled');
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 10_000 });
    await expect
      .poll(async () => (await badgedItems(page)).length, { timeout: 10_000 })
      .toBe(before);
    await expect
      .poll(async () => (await toolbarOf(helper, tabId)).text, { timeout: 10_000 })
      .toBe(String(await notDirectOnPage(page, ['private', 'group'])));
  });

  it('switches the extension off everywhere, and on again', async () => {
    await popup.click('#global-enabled');
    await expect.poll(() => page.$$eval('cll-badge', (badges) => badges.length)).toBe(0);
    await expect
      .poll(async () => (await toolbarOf(helper, tabId)).title)
      .toBe('Chat Link Lens is off on all sites');
    await popup.click('#global-enabled');
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 10_000 });
  });

  it('is keyboard reachable, with a visible focus and a label on every control', async () => {
    expect(await unlabelledControls(popup)).toEqual([]);
    // A popup of its own, so that the first Tab starts at the top of the page.
    const fresh = await openPopup(launched, tabId);
    await fresh.bringToFront();
    const visited = await tabThrough(fresh, 60);
    await fresh.close();
    const ids = visited.map((entry) => entry.id);
    for (const id of [
      'policy-date',
      'date-now',
      'export-csv',
      'export-json',
      'scopes-both',
      'site-enabled',
      'global-enabled',
      'chat-app',
      'open-rules',
      'open-options',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(
      ids.some((id) => /^\d{4}-\d{2}-\d{2}$/.test(id)),
      'a timeline tick',
    ).toBe(true);
    expect(
      ids.some((id) => id.startsWith('url|')),
      'a show button',
    ).toBe(true);
    expect(visited.filter((entry) => !entry.visible)).toEqual([]);
  });

  it('links to the full rule timeline, which holds the same data as `chat-link-lens rules`', async () => {
    const rulesViews = () =>
      helper.evaluate(() => {
        type Views = { extension: { getViews(): Window[] } };
        const scope = globalThis as unknown as { browser?: Views; chrome?: Views };
        return ((scope.browser ?? scope.chrome)?.extension.getViews() ?? []).filter(
          (view) => view.location.pathname === '/rules.html',
        ).length;
      });
    const before = await rulesViews();
    const fresh = await openPopup(launched, tabId);
    await fresh.$eval('#open-rules', (link) => (link as HTMLAnchorElement).click());
    await expect.poll(rulesViews, { timeout: 10_000 }).toBe(before + 1);

    // The popup closes itself once it has opened the page (Chromium lets an extension tab do so).
    if (!fresh.isClosed()) await fresh.close().catch(() => {});
    const rules = await openExtensionPage(launched, 'rules.html');
    await rules.waitForSelector('html[data-ready="true"]');
    const shown = await rules.evaluate(() => ({
      events: [...document.querySelectorAll<HTMLElement>('#events > li')].map(
        (item) => item.dataset.id,
      ),
      rules: [...document.querySelectorAll<HTMLElement>('#rules > li')].map(
        (item) => item.dataset.id,
      ),
      notes: [...document.querySelectorAll<HTMLElement>('#notes > li')].map(
        (item) => item.dataset.id,
      ),
      links: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].map(
        (link) => link.href,
      ),
      title: document.getElementById('rules-title')?.textContent,
    }));
    expect(shown.title).toBe('Rule timeline: WeChat');
    expect(shown.events).toEqual(eventsInOrder(WECHAT_RULESET).map((event) => event.id));
    expect(shown.rules).toEqual(rulesInOrder(WECHAT_RULESET).map((rule) => rule.id));
    expect(shown.notes).toEqual(WECHAT_RULESET.notes.map((note) => note.id));
    const sources = WECHAT_RULESET.sources
      .map((source) => source.url)
      .filter((url) => /^https?:/.test(url));
    for (const url of sources) expect(shown.links).toContain(new URL(url).href);
    // Each quoted source of a rule folds out its quote on demand, in its own language.
    const rule = WECHAT_RULESET.rules.find((r) => r.id === 'taobao-private-20211129');
    const quoted = WECHAT_RULESET.sources.filter(
      (source) => rule?.sources.includes(source.id) && source.quote,
    );
    const folded = await rules.$$eval(
      '#rules > li[data-id="taobao-private-20211129"] details.quote',
      (list) => list.map((item) => (item as HTMLDetailsElement).open),
    );
    expect(folded).toEqual(quoted.map(() => false));
    const chinese = quoted.findIndex((source) => source.quote?.lang.startsWith('zh'));
    const summaries = await rules.$$(
      '#rules > li[data-id="taobao-private-20211129"] details.quote > summary',
    );
    await summaries[chinese]?.click();
    const opened = await rules.$$eval(
      '#rules > li[data-id="taobao-private-20211129"] details.quote',
      (list, index) => {
        const item = list[index] as HTMLDetailsElement;
        const quote = item.querySelector('blockquote') as HTMLElement;
        return {
          open: item.open,
          text: quote.textContent,
          lang: quote.lang,
          visible: quote.getBoundingClientRect().height > 0,
          gloss: item.querySelector('.gloss')?.textContent,
        };
      },
      chinese,
    );
    expect(opened).toEqual({
      open: true,
      text: quoted[chinese]?.quote?.text,
      lang: quoted[chinese]?.quote?.lang,
      visible: true,
      gloss: `In English: ${quoted[chinese]?.quote?.en}`,
    });
    expect(await unlabelledControls(rules)).toEqual([]);
    expect(await lowContrastTexts(rules)).toEqual([]);
    await screenshot(rules, `rules-${kind}`);
    await rules.close();
  });

  it('reports settings it had to repair, once', async () => {
    await writeStorage(launched, 'sync', { 'settings.scopes': 42 });
    const first = await openPopup(launched, tabId);
    expect(await first.$eval('#repaired', (element) => (element as HTMLElement).hidden)).toBe(
      false,
    );
    expect(await first.$eval('#repaired', (element) => element.textContent)).toBe(
      'Some settings could not be read and were reset: chats shown.',
    );
    expect(await first.$eval('#policy-date', (input) => (input as HTMLInputElement).value)).toBe(
      '2021-11-28',
    );
    await first.close();
    const second = await openPopup(launched, tabId);
    expect(await second.$eval('#repaired', (element) => (element as HTMLElement).hidden)).toBe(
      true,
    );
    await second.close();
  });

  it('reads well in light and dark mode, and looks right', async () => {
    await chooseDate(popup, '2021-11-29');
    await waitForOutcomes(page, 'taobao-item', 'direct/copy');
    await expect
      .poll(
        async () => sameCounts(await popupGroups(popup), groupCounts(await badgedItems(page))),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    const shown = await openPopup(launched, tabId);
    await shownSettled(shown, page);
    expect(await lowContrastTexts(shown)).toEqual([]);
    await screenshot(shown, `popup-en-light-${kind}`);
    await setColorScheme(launched, shown, 'dark');
    expect(await lowContrastTexts(shown)).toEqual([]);
    await screenshot(shown, `popup-en-dark-${kind}`);
    await setColorScheme(launched, shown, 'light');
    await shown.close();
  });

  it('made no network request and raised no error', async () => {
    const origin = launched.extensionOrigin;
    expect(
      popupRequests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'),
      ),
    ).toEqual([]);
    expect(popupErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await extensionErrors(launched)).toEqual([]);
  });
});

/** Waits until a popup shows what the page shows. */
async function shownSettled(shown: Page, page: Page): Promise<void> {
  await expect
    .poll(async () => sameCounts(await popupGroups(shown), groupCounts(await badgedItems(page))), {
      timeout: 10_000,
    })
    .toBe(true);
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

describe.each(BROWSERS)('the popup in Simplified Chinese in %s', (kind: BrowserKind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await serveFixtures();
    launched = await launch(kind, { locale: 'zh-CN' });
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-29' });
    page = await launched.browser.newPage();
    await page.goto(`${server.origin}/demo/`);
    await waitForPass(page);
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
    const helper = await openExtensionPage(launched, 'rules.html');
    const tabId = await tabIdOf(helper, `${server.origin}/demo/`);
    await helper.close();
    popup = await openPopup(launched, tabId);
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('follows the browser language (needs the zh-CN language pack in Firefox)', async () => {
    expect(await popup.$eval('h1', (element) => element.textContent)).toBe('聊天链接透镜');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('explains the date and the page in Chinese, and looks right in light and dark mode', async () => {
    expect(await popup.$eval('#date-explanation', (element) => element.textContent)).toBe(
      '显示微信截至北京时间 2021年11月29日 23:59 的规则',
    );
    await shownSettled(popup, page);
    expect(await popup.$eval('#page-counts', (element) => element.textContent)).toMatch(
      /^发现 \d+ 个链接、\d+ 个口令。$/,
    );
    expect(await unlabelledControls(popup)).toEqual([]);
    expect(await lowContrastTexts(popup)).toEqual([]);
    await screenshot(popup, `popup-zh_CN-light-${kind}`);
    await setColorScheme(launched, popup, 'dark');
    expect(await lowContrastTexts(popup)).toEqual([]);
    await screenshot(popup, `popup-zh_CN-dark-${kind}`);
    await setColorScheme(launched, popup, 'light');
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
