/**
 * Helpers for the tests of the popup, the options page and the background: find the tab id of a
 * page, open the popup for it, read the toolbar badge, capture the exports, switch colour scheme.
 */
import type { Page } from 'puppeteer-core';
import { type LaunchedBrowser, openExtensionPage } from './harness';

type Api = {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
};

/**
 * The tab id of the page whose top frame reported this URL to the background (the background
 * keeps every frame's report in storage.session under "report.<tab>.<frame>").
 */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const handle = await extensionPage.waitForFunction(
    async (wanted) => {
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome) as Api;
      const stored = await api.storage.session.get(null);
      for (const [key, value] of Object.entries(stored)) {
        const match = /^report\.(\d+)\.0$/.exec(key);
        if (match && (value as { url?: string }).url === wanted) return Number(match[1]);
      }
      return false;
    },
    { timeout: 20_000, polling: 100 },
    url,
  );
  return (await handle.jsonValue()) as number;
}

/** Opens popup.html?tab=<id> at popup size and waits until it has rendered. */
export async function openPopup(
  launched: LaunchedBrowser,
  tabId: number,
  beforeLoad?: (page: Page) => void,
): Promise<Page> {
  const page = await openExtensionPage(launched, `popup.html?tab=${tabId}`, beforeLoad);
  await page.setViewport({ width: 360, height: 600 });
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  return page;
}

/** The toolbar badge text and tooltip of a tab, read from an extension page. */
export async function toolbarOf(
  extensionPage: Page,
  tabId: number,
): Promise<{ text: string; title: string }> {
  return extensionPage.evaluate(async (id) => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome) as Api;
    return {
      text: await api.action.getBadgeText({ tabId: id }),
      title: await api.action.getTitle({ tabId: id }),
    };
  }, tabId);
}

/**
 * Keeps the files the page saves through <a download> (the popup's exports) instead of
 * downloading them: their names and text become available through `savedFiles`.
 */
export async function captureDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = globalThis as unknown as {
      savedBlobs: Map<string, Blob>;
      saved: Promise<{ name: string; text: string }>[];
    };
    scope.savedBlobs = new Map();
    scope.saved = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      if (blob instanceof Blob) scope.savedBlobs.set(url, blob);
      return url;
    };
    document.addEventListener(
      'click',
      (event) => {
        const link = event.target;
        if (!(link instanceof HTMLAnchorElement) || !link.download) return;
        event.preventDefault();
        const blob = scope.savedBlobs.get(link.href);
        scope.saved.push(
          (blob ?? new Blob()).text().then((text) => ({ name: link.download, text })),
        );
      },
      true,
    );
  });
}

export async function savedFiles(page: Page): Promise<{ name: string; text: string }[]> {
  return page.evaluate(() =>
    Promise.all(
      (globalThis as unknown as { saved: Promise<{ name: string; text: string }>[] }).saved,
    ),
  );
}

/**
 * Sets a Firefox preference while the browser runs, in the browser's own chrome context (the
 * launch allows it: --remote-allow-system-access). Firefox's WebDriver BiDi has no emulation of
 * prefers-color-scheme or prefers-reduced-motion; these preferences do the same.
 */
export async function setFirefoxPref(
  launched: LaunchedBrowser,
  name: string,
  value: number,
): Promise<void> {
  const connection = (
    launched.browser as unknown as {
      connection: { send(method: string, params: object): Promise<{ result: unknown }> };
    }
  ).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no chrome context to set a preference in');
  await connection.send('script.evaluate', {
    expression: `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value})`,
    target: { context },
    awaitPromise: false,
  });
}

/** Switches prefers-color-scheme: by emulation in Chromium, by preference in Firefox. */
export async function setColorScheme(
  launched: LaunchedBrowser,
  page: Page,
  scheme: 'light' | 'dark',
): Promise<void> {
  if (launched.kind === 'chromium') {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  } else {
    // layout.css.prefers-color-scheme.content-override: 0 dark, 1 light.
    await setFirefoxPref(
      launched,
      'layout.css.prefers-color-scheme.content-override',
      scheme === 'dark' ? 0 : 1,
    );
  }
  await page.waitForFunction(
    (dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark,
    { timeout: 5_000 },
    scheme === 'dark',
  );
}

/** Switches prefers-reduced-motion: by emulation in Chromium, by preference in Firefox. */
export async function setReducedMotion(
  launched: LaunchedBrowser,
  page: Page,
  reduce: boolean,
): Promise<void> {
  if (launched.kind === 'chromium') {
    await page.emulateMediaFeatures([
      { name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' },
    ]);
  } else {
    await setFirefoxPref(launched, 'ui.prefersReducedMotion', reduce ? 1 : 0);
  }
  await page.waitForFunction(
    (wanted) => matchMedia('(prefers-reduced-motion: reduce)').matches === wanted,
    { timeout: 5_000 },
    reduce,
  );
}

/** Controls (buttons, links, fields) without an accessible name, described for a failure message. */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const named = (element: Element): boolean => {
      if (element.getAttribute('aria-label')?.trim()) return true;
      const labelledBy = element.getAttribute('aria-labelledby');
      if (labelledBy?.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) {
        return true;
      }
      if ('labels' in element) {
        const labels = (element as HTMLInputElement).labels;
        if (labels && [...labels].some((label) => label.textContent?.trim())) return true;
      }
      const tag = element.localName;
      if ((tag === 'button' || tag === 'a') && element.textContent?.trim()) return true;
      return false;
    };
    return [
      ...document.querySelectorAll('button, a[href], input, select, textarea, [role="radio"]'),
    ]
      .filter((element) => !(element as HTMLElement).hidden && !named(element))
      .map((element) => element.outerHTML.slice(0, 120));
  });
}

/**
 * Texts whose colour has less than 4.5:1 contrast against the background behind them (the first
 * opaque background of an ancestor). Disabled controls are exempt, as in WCAG.
 */
export async function lowContrastTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (value: string): [number, number, number, number] => {
      const match = value.match(/rgba?\(([^)]+)\)/);
      if (!match) return [0, 0, 0, 0];
      const parts = (match[1] as string)
        .split(/[,\s/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
    };
    const background = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color[3] > 0.5) return color;
      }
      return parse(getComputedStyle(document.body).backgroundColor);
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      if (element.closest(':disabled, [hidden], .visually-hidden, option')) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const fg = luminance(parse(style.color));
      const bg = luminance(background(element));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5)
        out.push(
          `${ratio.toFixed(2)}: "${node.textContent.trim().slice(0, 40)}" (${style.color} on ${getComputedStyle(element).backgroundColor})`,
        );
    }
    return out;
  });
}

/**
 * Presses Tab up to `steps` times, until the focus leaves the page, and describes each focused
 * element, with whether it shows a focus indicator (an outline, or a box shadow).
 */
export async function tabThrough(
  page: Page,
  steps: number,
): Promise<{ id: string; visible: boolean }[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: { id: string; visible: boolean }[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    const entry = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return { id: 'body', visible: false };
      const style = getComputedStyle(element);
      // A visually hidden radio shows its focus on its label.
      const label =
        element instanceof HTMLInputElement && element.type === 'radio'
          ? getComputedStyle(element.labels?.[0] as Element)
          : null;
      const visible = [style, label].some(
        (s) =>
          s !== null &&
          ((s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none'),
      );
      const id =
        element.id ||
        element.dataset.key ||
        element.dataset.date ||
        `${element.localName}:${element.textContent?.trim().slice(0, 20)}`;
      return { id, visible };
    });
    if (entry.id === 'body') break;
    seen.push(entry);
  }
  return seen;
}

/** One badged link or share code as the page shows it (its DOM contract, data-cll-*). */
export interface BadgedItem {
  kind: 'url' | 'code';
  platform: string;
  href: string;
  private: string;
  group: string;
  frame: string;
}

/** Every badged link and share code of a page: its document, open shadow roots and frames. */
export async function badgedItems(page: Page): Promise<BadgedItem[]> {
  const all: BadgedItem[] = [];
  for (const frame of page.frames()) {
    const items = await frame
      .evaluate(() => {
        const roots: (Document | ShadowRoot)[] = [document];
        for (const element of document.querySelectorAll('*')) {
          if (element.shadowRoot) roots.push(element.shadowRoot);
        }
        const out: Omit<BadgedItem, 'frame'>[] = [];
        for (const root of roots) {
          for (const link of root.querySelectorAll(
            'a[data-cll-platform], area[data-cll-platform]',
          )) {
            const raw =
              link.getAttribute('href') ??
              link.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ??
              '';
            out.push({
              kind: 'url',
              platform: link.getAttribute('data-cll-platform') ?? '',
              href: new URL(raw, link.baseURI).href,
              private: link.getAttribute('data-cll-private') ?? '',
              group: link.getAttribute('data-cll-group') ?? '',
            });
          }
          for (const badge of root.querySelectorAll('cll-badge[data-cll-category="code"]')) {
            out.push({
              kind: 'code',
              platform: badge.getAttribute('data-cll-platform') ?? '',
              href: '',
              private: badge.getAttribute('data-cll-private') ?? '',
              group: badge.getAttribute('data-cll-group') ?? '',
            });
          }
        }
        return out;
      })
      .catch(() => []);
    all.push(...items.map((item) => ({ ...item, frame: frame.url() })));
  }
  return all;
}

/** How many badged items there are per group "kind|platform|scope|outcome". */
export function groupCounts(items: readonly BadgedItem[], scopes = ['private', 'group']) {
  const counts: Record<string, number> = {};
  for (const item of items) {
    for (const scope of scopes) {
      const key = `${item.kind}|${item.platform}|${scope}|${item[scope as 'private' | 'group']}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}

/** Chooses a date in the popup's date field, as a person does (the field fires "change"). */
export async function chooseDate(popup: Page, value: string): Promise<void> {
  await popup.$eval(
    '#policy-date',
    (input, date) => {
      (input as HTMLInputElement).value = date;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}
