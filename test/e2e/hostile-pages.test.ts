import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  extensionErrors,
  type LaunchedBrowser,
  launch,
  serveFixtures,
  waitForPass,
} from './harness';

describe.each(BROWSERS)('hostile and unusual pages in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  // Answers nothing, ever: an image from here keeps its page from loading.
  let silent: Server;

  beforeAll(async () => {
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const silentOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    server = await serveFixtures((path) => {
      if (path === '/csp-strict.html') {
        return {
          body: '<!doctype html><meta charset="utf-8"><p><a id="csp-link" href="https://item.taobao.com/item.htm?id=20">Taobao under default-src none</a></p>',
          headers: { 'content-security-policy': "default-src 'none'" },
        };
      }
      if (path === '/never-loads.html') {
        return {
          body: `<!doctype html><meta charset="utf-8"><p><a id="stalled-link" href="https://item.jd.com/100.html">JD on a page that never loads</a></p><img alt="" src="${silentOrigin}/never.png"><iframe src="/never-loads-frame.html"></iframe>`,
        };
      }
      if (path === '/never-loads-frame.html') {
        return {
          body: `<!doctype html><meta charset="utf-8"><p><a id="stalled-frame-link" href="https://item.taobao.com/item.htm?id=21">Taobao in a frame that never loads</a></p><img alt="" src="${silentOrigin}/never-either.png">`,
        };
      }
      return undefined;
    });
    launched = await launch(kind);
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
    silent?.closeAllConnections();
    silent?.close();
  });

  it('badges a page and its frame whose load never comes, a few seconds after they began', async () => {
    const page = await launched.browser.newPage();
    const began = Date.now();
    await page.goto(`${server.origin}/never-loads.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#stalled-link[data-cll-platform="jd"]', { timeout: 30_000 });
    const waited = Date.now() - began;
    // Only the background's start can have started it: the page has still not loaded.
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    expect(waited).toBeGreaterThanOrEqual(4_000);
    const frame = page
      .frames()
      .find((candidate) => candidate.url().endsWith('/never-loads-frame.html'));
    expect(frame).toBeDefined();
    await frame?.waitForSelector('#stalled-frame-link[data-cll-platform="taobao"]', {
      timeout: 10_000,
    });
    expect(await frame?.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
  });

  it('works on a page that broke the built-ins before it ran', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/hostile-js.html`);
    // The page broke MutationObserver in its own world, which puppeteer's waiting relies on: poll.
    const deadline = Date.now() + 20_000;
    while (
      (await page.evaluate(() =>
        document.getElementById('js-taobao')?.getAttribute('data-cll-platform'),
      )) !== 'taobao' &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const badges = await page.evaluate(() => document.getElementsByTagName('cll-badge').length);
    expect(badges).toBe(2);
    await page.close();
  });

  it('renders badges under a strict CSP (default-src none)', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/csp-strict.html`);
    await page.waitForSelector('#csp-link[data-cll-platform]', { timeout: 20_000 });
    const width = await page.evaluate(
      () =>
        document.getElementById('csp-link')?.nextElementSibling?.getBoundingClientRect().width ?? 0,
    );
    expect(width).toBeGreaterThan(40);
    await page.close();
  });

  it('handles odd hrefs, base tricks, templates and editable content', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/odd-links.html`);
    await page.evaluate(() => {
      const long = document.createElement('a');
      long.id = 'long-link';
      long.href = `https://item.taobao.com/item.htm?id=1&pad=${'x'.repeat(100_000)}`;
      long.textContent = 'a very long Taobao link';
      document.getElementById('long-holder')?.append(long);
    });
    await waitForPass(page);
    await page.waitForSelector('#long-link[data-cll-platform]', { timeout: 20_000 });
    const result = await page.evaluate(() => {
      const platform = (id: string) =>
        document.getElementById(id)?.getAttribute('data-cll-platform') ?? null;
      const editable = document.getElementById('editable') as HTMLElement;
      return {
        base: platform('base-relative'),
        js: platform('js-url'),
        data: platform('data-url'),
        badEscape: platform('bad-escape'),
        control: platform('control-chars'),
        mailto: platform('mailto'),
        ip: platform('ip-link'),
        long: platform('long-link'),
        template:
          (document.getElementById('tpl') as HTMLTemplateElement).content.querySelector(
            'cll-badge',
          ) !== null,
        templateLink: (document.getElementById('tpl') as HTMLTemplateElement).content
          .querySelector('a')
          ?.hasAttribute('data-cll-platform'),
        editableBadges: editable.querySelectorAll('cll-badge').length,
        editableText: editable.textContent,
      };
    });
    expect(result).toMatchObject({
      base: 'taobao',
      js: null,
      data: null,
      badEscape: 'jd',
      control: 'jd',
      mailto: null,
      ip: null,
      long: 'taobao',
      template: false,
      templateLink: false,
      editableBadges: 0,
    });
    expect(result.editableText).toBe('Editable: JD in an editor ￥MDGGba1MLQh￥');
    await page.close();
  });

  it('puts a removed badge back once, and then lets the page have its way', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/demo/`);
    // The contract comes first; the badge goes in at the end of the pass: wait for the badge.
    await page.waitForSelector('#jd-item[data-cll-platform] + cll-badge', { timeout: 20_000 });
    const removeBadge = () =>
      page.evaluate(() => {
        const badge = document.getElementById('jd-item')?.nextElementSibling;
        if (badge?.localName === 'cll-badge') badge.remove();
      });
    const hasBadge = () =>
      page.evaluate(
        () => document.getElementById('jd-item')?.nextElementSibling?.localName === 'cll-badge',
      );
    await removeBadge();
    await page.waitForFunction(
      () => document.getElementById('jd-item')?.nextElementSibling?.localName === 'cll-badge',
      { timeout: 5_000 },
    );
    await removeBadge();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await hasBadge()).toBe(false);
    await page.close();
  });

  it('survives a mutation storm and ends with the right badges', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/demo/`);
    await page.waitForSelector('#taobao-item[data-cll-platform]', { timeout: 20_000 });
    const stats = await page.evaluate(async () => {
      const link = document.getElementById('plain-link') as HTMLAnchorElement;
      const longest: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest.push(entry.duration);
      });
      try {
        observer.observe({ type: 'longtask' });
      } catch {
        // No long-task timing in this browser.
      }
      // 50,000 attribute changes a second for two seconds, in bursts every 10 ms.
      const start = performance.now();
      let changes = 0;
      while (performance.now() - start < 2000) {
        const due = Math.floor((performance.now() - start) * 50);
        while (changes < due) {
          link.setAttribute(
            'href',
            changes % 2 ? 'https://item.jd.com/1.html' : 'https://example.org/',
          );
          changes++;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      link.setAttribute('href', 'https://item.jd.com/99.html');
      observer.disconnect();
      return { changes, longest: Math.max(0, ...longest) };
    });
    expect(stats.changes).toBeGreaterThan(90_000);
    // The page's own 8 ms bursts plus the extension's work on them never make a long task.
    expect(stats.longest).toBeLessThan(kind === 'chromium' ? 50 : Number.POSITIVE_INFINITY);
    await page.waitForFunction(
      () => document.getElementById('plain-link')?.getAttribute('data-cll-platform') === 'jd',
      {
        timeout: 10_000,
      },
    );
    const badgesAfterPlain = await page.evaluate(() => {
      let count = 0;
      for (
        let node = document.getElementById('plain-link')?.nextSibling;
        node?.nodeName === 'CLL-BADGE';
        node = node.nextSibling
      )
        count++;
      return count;
    });
    expect(badgesAfterPlain).toBe(1);
    await page.close();
  });

  it('raised no error in the extension on any of these pages', async () => {
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
