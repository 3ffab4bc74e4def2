/**
 * Unusual documents and frames: a page in design mode (the whole document is editable, so, as in
 * contenteditable, nothing may be inserted into it), and frames that navigate to another page, to
 * about:blank, or are removed in the middle of badging. Each new document gets its own badges,
 * nothing of an old one lingers on the page or in what the popup is told, and nothing fails.
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  type BrowserKind,
  collectPageErrors,
  extensionErrors,
  type LaunchedBrowser,
  launch,
  openExtensionPage,
  passCount,
  serveFixtures,
  waitForPass,
} from './harness';
import { openPopup, tabIdOf } from './popup-harness';

/** Where each badge of a document (and its open shadow roots) sits: the id or tag before it. */
function badgePlaces(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    return roots.flatMap((root) =>
      [...root.querySelectorAll('cll-badge')].map((badge) => {
        const before = badge.previousElementSibling;
        return before?.id || before?.localName || `in ${badge.parentElement?.localName}`;
      }),
    );
  });
}

/**
 * Every element of a document (and its open shadow roots), badges aside, that carries one of the
 * badge contract's attributes (data-cll-platform and the like). <html> is left out: it carries the
 * content script's readiness and pass count.
 */
function markedElements(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    return roots.flatMap((root) =>
      [...root.querySelectorAll('*')]
        .filter(
          (element) =>
            element.localName !== 'cll-badge' &&
            element !== document.documentElement &&
            element.getAttributeNames().some((name) => name.startsWith('data-cll-')),
        )
        .map((element) => element.id || element.localName),
    );
  });
}

function frameById(page: Page, path: string): Frame {
  const frame = page.frames().find((candidate) => candidate.url().endsWith(path));
  if (!frame) throw new Error(`no frame at ${path}`);
  return frame;
}

type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/**
 * What the background was told about a tab, as the popup reads it: every frame's badged items,
 * "platform input", sorted.
 */
async function reportedItems(helper: Page, tabId: number): Promise<string[]> {
  const report = (await helper.evaluate(async (id) => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (scope.browser ?? scope.chrome)?.runtime.sendMessage({
      type: 'get-tab-report',
      tabId: id,
    });
  }, tabId)) as { frames: { items: { platform: string; input: string }[] }[] };
  return report.frames
    .flatMap((frame) => frame.items.map((item) => `${item.platform} ${item.input}`))
    .sort();
}

const TOP = 'jd https://item.jd.com/40.html';
const FIRST = [
  'taobao https://item.taobao.com/item.htm?id=41',
  'taobao ￥MDGGba1MLQh￥',
  'tmall https://detail.tmall.com/item.htm?id=42',
];
const SECOND = [
  'jd https://item.jd.com/43.html',
  'pinduoduo https://mobile.yangkeduo.com/goods.html?goods_id=44',
];
const THIRD = ['taobao https://item.taobao.com/item.htm?id=45'];

describe.each(BROWSERS)('unusual documents and frames in %s', (kind: BrowserKind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let helper: Page;
  const errors: string[] = [];

  const open = async (path: string): Promise<Page> => {
    const page = await launched.browser.newPage();
    errors.push(...collectPageErrors(page));
    await page.goto(`${server.origin}${path}`);
    await waitForPass(page);
    return page;
  };

  beforeAll(async () => {
    server = await serveFixtures();
    launched = await launch(kind);
    helper = await openExtensionPage(launched, 'rules.html');
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  describe('a page in design mode', () => {
    it('gets every badge when it is not in design mode (the control)', async () => {
      const page = await open('/design-mode.html?edit=off');
      await page.waitForSelector('#dm-svg[data-cll-platform]', { timeout: 20_000 });
      await expect
        .poll(() => badgePlaces(page), { timeout: 10_000 })
        .toEqual([
          'dm-taobao',
          'dm-jd',
          // The share code's badge goes right after its text, inside the paragraph.
          'in p',
          'dm-field',
          'dm-input',
          'svg',
          'dm-shadow-link',
        ]);
      // A link added later is badged too.
      await page.evaluate(() =>
        document
          .getElementById('dm-links')
          ?.insertAdjacentHTML(
            'beforeend',
            ' See also <a id="typed-link" href="https://item.jd.com/37.html">this JD item</a>',
          ),
      );
      await page.waitForSelector('#typed-link[data-cll-platform="jd"] + cll-badge', {
        timeout: 10_000,
      });
      await page.close();
    });

    describe('the editor', () => {
      let page: Page;
      const fields = new Set(['dm-field', 'dm-input']);

      beforeAll(async () => {
        page = await open('/design-mode.html');
        // The frame on the page that is not an editor is badged: the extension ran here ...
        await page.waitForFunction(
          () =>
            (document.getElementById('plain-frame') as HTMLIFrameElement).contentDocument
              ?.getElementById('frame-link')
              ?.getAttribute('data-cll-platform') === 'jd',
          { timeout: 20_000 },
        );
        // ... and it went over the editor frame too.
        await page.waitForFunction(
          () =>
            (
              document.getElementById('editor-frame') as HTMLIFrameElement
            ).contentDocument?.documentElement.getAttribute('data-cll-passes') !== null,
          { timeout: 20_000 },
        );
      });
      afterAll(async () => {
        await page?.close();
      });

      it('badges nothing inside the editable document and changes none of its text', async () => {
        const state = await page.evaluate(() => {
          const original = (window as unknown as { original: Record<string, string> }).original;
          const text = (html: string) => {
            const template = document.createElement('template');
            template.innerHTML = html;
            return template.content.textContent;
          };
          const editor = (document.getElementById('editor-frame') as HTMLIFrameElement)
            .contentDocument as Document;
          return {
            designMode: document.designMode,
            editorDesignMode: editor.designMode,
            textKept: document.body.textContent === text(original.body ?? ''),
            shadowKept:
              document.getElementById('dm-shadow-host')?.shadowRoot?.innerHTML === original.shadow,
            editorKept: editor.body.innerHTML === original.editorFrame,
            field: (document.getElementById('dm-field') as HTMLTextAreaElement).value,
            input: (document.getElementById('dm-input') as HTMLInputElement).value,
          };
        });
        expect(state).toEqual({
          designMode: 'on',
          editorDesignMode: 'on',
          textKept: true,
          shadowKept: true,
          editorKept: true,
          field: '€08skb3DzfQC€ 打开手机淘宝即可查看',
          input: '￥MDGGba1MLQh￥',
        });
        // No link, SVG link or link in a shadow root carries a badge or the badge contract, and
        // no badge follows the share code in the text.
        expect(await markedElements(page)).toEqual([]);
        expect((await badgePlaces(page)).filter((place) => !fields.has(place))).toEqual([]);
      });

      // A share code in a text field of an editable document gets no badge after the field:
      // that would be inside the editable content.
      it('inserts no badge after the text fields of a page in design mode', async () => {
        expect(await page.evaluate(() => document.designMode)).toBe('on');
        expect(await badgePlaces(page)).toEqual([]);
      });

      it('badges nothing a person adds while editing: a link, a share code', async () => {
        const before = await passCount(page);
        await page.evaluate(() => {
          const paragraph = document.getElementById('dm-links') as HTMLElement;
          const range = document.createRange();
          range.selectNodeContents(paragraph);
          range.collapse(false);
          const selection = getSelection() as Selection;
          selection.removeAllRanges();
          selection.addRange(range);
          document.execCommand('insertText', false, ' See also ');
          document.execCommand(
            'insertHTML',
            false,
            '<a id="typed-link" href="https://item.jd.com/37.html">this JD item</a>',
          );
          document.execCommand('insertText', false, ' or 复制￥MDGGba1MLQh￥');
        });
        // The content script looked at the change (it finished another pass) ...
        await waitForPass(page, before + 1);
        // (Editors write some spaces as no-break spaces.)
        expect(
          await page.$eval('#dm-links', (paragraph) => paragraph.textContent?.replace(/\s+/g, ' ')),
        ).toContain('this JD item or 复制￥MDGGba1MLQh￥');
        // ... and left it alone.
        expect(await markedElements(page)).toEqual([]);
        expect((await badgePlaces(page)).filter((place) => !fields.has(place))).toEqual([]);
      });
    });
  });

  describe('frames that go away', () => {
    let page: Page;
    let tabId: number;

    beforeAll(async () => {
      page = await open('/frames-away.html');
      tabId = await tabIdOf(helper, `${server.origin}/frames-away.html`);
    });

    it('badges each frame and tells the background about all of them', async () => {
      await expect
        .poll(() => reportedItems(helper, tabId), { timeout: 15_000 })
        .toEqual([TOP, ...FIRST, ...THIRD].sort());
      expect(await badgePlaces(frameById(page, '/frame-first.html'))).toEqual([
        'first-taobao',
        'first-tmall',
        'in p',
      ]);
      expect(await badgePlaces(frameById(page, '/frame-third.html'))).toEqual(['third-taobao']);
    });

    it('gives a frame that navigates to another page its own badges, and nothing of the old', async () => {
      await page.evaluate(() => {
        (document.getElementById('goes-on') as HTMLIFrameElement).src = '/frame-second.html';
      });
      await page.waitForFrame((frame) => frame.url().endsWith('/frame-second.html'), {
        timeout: 20_000,
      });
      const second = frameById(page, '/frame-second.html');
      await second.waitForSelector('#second-pdd[data-cll-platform]', { timeout: 20_000 });
      expect(await badgePlaces(second)).toEqual(['second-jd', 'second-pdd']);
      expect(await markedElements(second)).toEqual(['second-jd', 'second-pdd']);
      await expect
        .poll(() => reportedItems(helper, tabId), { timeout: 15_000 })
        .toEqual([TOP, ...SECOND, ...THIRD].sort());
    });

    it('forgets a frame that navigates to about:blank', async () => {
      await page.evaluate(() => {
        (document.getElementById('goes-blank') as HTMLIFrameElement).src = 'about:blank';
      });
      await page.waitForFunction(
        () =>
          (document.getElementById('goes-blank') as HTMLIFrameElement).contentDocument?.URL ===
          'about:blank',
        { timeout: 20_000 },
      );
      expect(
        await page.evaluate(
          () =>
            (document.getElementById('goes-blank') as HTMLIFrameElement).contentDocument
              ?.documentElement.outerHTML,
        ),
      ).not.toContain('cll-badge');
      await expect
        .poll(() => reportedItems(helper, tabId), { timeout: 15_000 })
        .toEqual([TOP, ...SECOND].sort());
    });

    it('lets a frame be removed in the middle of badging, and reports nothing of it', async () => {
      const progress = await page.evaluate(() =>
        (
          window as unknown as { removeWhileBadging(): Promise<{ badged: number; total: number }> }
        ).removeWhileBadging(),
      );
      expect(progress.total).toBe(3000);
      expect(progress.badged).toBeGreaterThan(0);
      expect(progress.badged).toBeLessThan(progress.total);
      expect(await page.$('#goes-away')).toBeNull();
      // Time for anything the removed frame still had queued to run (or fail).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await reportedItems(helper, tabId)).toEqual([TOP, ...SECOND].sort());
    });

    it('forgets a frame removed from the page after it reported', async () => {
      await page.evaluate(() => document.getElementById('goes-on')?.remove());
      await expect.poll(() => reportedItems(helper, tabId), { timeout: 15_000 }).toEqual([TOP]);
      const popup = await openPopup(launched, tabId, (opened) => {
        errors.push(...collectPageErrors(opened));
      });
      await expect
        .poll(() => popup.$eval('#page-counts', (element) => element.textContent))
        .toBe('1 links and 0 share codes found.');
      await popup.close();
    });
  });

  it('raised no error in the extension or on the pages', async () => {
    expect(errors).toEqual([]);
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
