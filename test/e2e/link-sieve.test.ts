/**
 * The link sieve (src/content/scan/link-sieve.ts) in real browsers: its selector never leaves out a
 * link the pre-filter would look at, however the address is written after a noted beginning; and
 * on a page with thousands of ordinary links, the platform links, lookalikes and tricky relative
 * links among them are badged as on any page.
 */
import fc from 'fast-check';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkSieve } from '../../src/content/scan/link-sieve';
import { screenLink } from '../../src/content/scan/screen';
import {
  BROWSERS,
  extensionErrors,
  type LaunchedBrowser,
  launch,
  serveFixtures,
  waitForPass,
  writeStorage,
} from './harness';

const NOTED = [
  'https://en.wikipedia.org/',
  'http://news.example.org:8080/',
  'https://Shop.Example.com?',
  'https://blog.example.net#',
];

/** What may follow a noted beginning or a path's slash: the characters that change a URL's host. */
const tail = fc
  .array(
    fc.constantFrom(
      '/',
      '\\',
      '@',
      ':',
      '%2F',
      '%40',
      '\t',
      '\n',
      '\r',
      ' ',
      '.',
      '?',
      '#',
      'item.taobao.com',
      'item.jd.com',
      'evil.example',
      'ta\u03bfbao.com',
      'x',
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const address = fc.oneof(
  fc.tuple(fc.constantFrom(...NOTED), tail).map(([noted, rest]) => noted + rest),
  fc
    .tuple(fc.constantFrom('/', '#', '?', '//', ' /', '/\t/'), tail)
    .map(([start, rest]) => start + rest),
);

/** 4,000 ordinary links to noted hosts, with the links each test expects badged among them. */
function bigPage(): string {
  const rows: string[] = [];
  const special: Record<number, string> = {
    300: '<a id="direct" href="https://item.taobao.com/item.htm?id=1">direct</a>',
    900: '<a id="scheme-relative" href="//item.jd.com/2.html">scheme-relative</a>',
    1500: '<a id="backslash" href="/\\item.jd.com/3.html">backslash</a>',
    2100: '<a id="tab" href="/&#9;/item.jd.com/4.html">tab</a>',
    2700: '<a id="lookalike" href="https://taoba0.com/item.htm?id=8">lookalike</a>',
    3300: '<a id="wrapped" href="https://www.google.com/url?q=https%3A%2F%2Fitem.jd.com%2F5.html">wrapped</a>',
    3900: '<a id="user-info" href="https://en.wikipedia.org@item.jd.com/6.html">user info</a>',
  };
  for (let i = 0; i < 4000; i++) {
    const host = NOTED[i % 2] ?? '';
    rows.push(
      special[i] ??
        `<a href="${i % 7 === 0 ? `/local/${i}` : `${host}wiki/${i}`}">ordinary ${i}</a>`,
    );
  }
  // Relative links that name a platform in their path, and a noted host with one after "@".
  rows.push('<a id="path" href="/item.taobao.com/7">path</a>');
  rows.push('<a id="at-path" href="https://en.wikipedia.org/@item.taobao.com">at in path</a>');
  return `<!doctype html><html lang="en"><title>Many links</title><body><p>${rows.join(
    ' · ',
  )}</p></body></html>`;
}

describe.each(BROWSERS)('the link sieve in %s', (kind) => {
  let launched: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let page: Page;

  beforeAll(async () => {
    const html = bigPage();
    // The same paths on a page whose links resolve against a shop (a <base> element).
    const based = html.replace('<title>', '<base href="https://item.taobao.com/"><title>');
    server = await serveFixtures((path) =>
      path === '/many-links.html'
        ? { body: html }
        : path === '/many-links-based.html'
          ? { body: based }
          : undefined,
    );
    launched = await launch(kind);
    await writeStorage(launched, 'sync', { 'settings.policyDate': '2021-11-29' });
    page = await launched.browser.newPage();
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('leaves out only links the pre-filter passes over, however the rest is written', async () => {
    await page.goto(`${server.origin}/plain.html`);
    const host = new URL(server.origin).hostname;
    const sieve = new LinkSieve();
    for (const noted of NOTED) sieve.notePrefix(noted);
    sieve.notePageHost(host, true);
    const selector = sieve.selector(host) as string;
    const addresses = fc.sample(address, { numRuns: 3000, seed: 20261126 });
    const links = await page.evaluate(
      (raws, kept) => {
        const holder = document.createElement('div');
        for (const raw of raws) {
          const link = document.createElement('a');
          link.setAttribute('href', raw);
          holder.append(link);
        }
        document.body.append(holder);
        const keptLinks = new Set(holder.querySelectorAll(kept));
        return [...holder.querySelectorAll('a')].map((link) => ({
          raw: link.getAttribute('href') ?? '',
          href: link.href,
          kept: keptLinks.has(link),
        }));
      },
      addresses,
      selector,
    );
    const left = links.filter((link) => !link.kept);
    const kept = links.filter((link) => link.kept);
    expect(left.length).toBeGreaterThan(500);
    expect(kept.length).toBeGreaterThan(100);
    for (const link of left)
      expect(screenLink(link.href, host), `${JSON.stringify(link.raw)} → ${link.href}`).toBeNull();
    // What the sieve keeps includes every address that leads to a platform or a lookalike.
    const leading = kept.filter((link) => screenLink(link.href, host) !== null);
    expect(leading.length).toBeGreaterThan(50);
  });

  it('badges the platform links, lookalikes and tricky relative links among thousands of others', async () => {
    await page.goto(`${server.origin}/many-links.html`);
    await waitForPass(page);
    const state = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('a[id]')].map((link) => [
          link.id,
          link.getAttribute('data-cll-platform') ?? link.getAttribute('data-cll-warning'),
        ]),
      ),
    );
    expect(state).toEqual({
      direct: 'taobao',
      'scheme-relative': 'jd',
      backslash: 'jd',
      tab: 'jd',
      lookalike: 'lookalike',
      wrapped: 'jd',
      'user-info': 'jd',
      path: null,
      'at-path': null,
    });
    expect(await page.evaluate(() => document.querySelectorAll('cll-badge').length)).toBe(7);
    expect(await extensionErrors(launched)).toEqual([]);
  });

  it('keeps every plain path where the page resolves them against a shop', async () => {
    await page.goto(`${server.origin}/many-links-based.html`);
    await waitForPass(page);
    const paths = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="/local/"]')].map((link) =>
        link.getAttribute('data-cll-platform'),
      ),
    );
    // Every seventh of the 4,000 links, most of them after the first step.
    expect(paths.length).toBeGreaterThan(500);
    expect(new Set(paths)).toEqual(new Set(['taobao']));
  });
});
