import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  collectPageErrors,
  extensionErrors,
  type LaunchedBrowser,
  launch,
  openExtensionPage,
  serveFixtures,
} from './harness';

describe.each(BROWSERS)('the built extension in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;

  beforeAll(async () => {
    server = await serveFixtures();
    launched = await launch(kind);
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('runs its content script on a page served from 127.0.0.1, in every frame', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/plain.html`);
    await page.waitForSelector('html[data-cll-ready]', { timeout: 15_000 });
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/plain-child.html'));
    expect(frame).toBeDefined();
    await frame?.waitForSelector('html[data-cll-ready]', { timeout: 15_000 });
    await page.close();
  });

  it('opens its popup page without errors', async () => {
    let errors: string[] = [];
    const popup = await openExtensionPage(launched, 'popup.html', (page) => {
      errors = collectPageErrors(page);
    });
    const heading = await popup.evaluate(() => document.querySelector('h1')?.textContent);
    expect(heading).toBe('Chat Link Lens');
    const intro = await popup.evaluate(
      () => document.querySelector('[data-i18n="popupIntro"]')?.textContent,
    );
    expect(intro).toMatch(/WeChat/);
    await popup.close();
    expect(errors).toEqual([]);
    expect(await extensionErrors(launched)).toEqual([]);
  });
});
