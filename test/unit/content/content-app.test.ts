// @vitest-environment happy-dom
import './support/dom-shims';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentApp } from '../../../src/content/content-app';
import { isBadgeHost } from '../../../src/content/draw/badge';
import { CONTRACT_ATTRIBUTES } from './support/contract';
import {
  type Engine,
  makeEngine,
  parsed,
  type Settings,
  TAOBAO_CODE,
  URLS,
} from './support/fixtures';
import { settle } from './support/settle';

// The real modules read the extension's APIs (webextension-polyfill), absent here.
vi.mock('../../../src/content/i18n', async () => {
  const { t } = await import('./support/fixtures');
  return { lookupText: t, uiLocale: () => 'en' };
});
vi.mock('../../../src/content/engine-loader', () => ({
  loadEngine: () => Promise.reject(new Error('the tests inject the engine')),
}));

const DATE = '2021-11-29';
const apps: ContentApp[] = [];
const errors: unknown[] = [];

function start(change: Partial<Settings> = {}, engine: Engine = makeEngine()) {
  const engineSource = vi.fn(async () => engine);
  const app = new ContentApp(
    document,
    parsed({ policyDate: DATE, ...change }),
    (error) => errors.push(error),
    engineSource,
  );
  apps.push(app);
  app.apply(parsed({ policyDate: DATE, ...change }));
  return { app, engine, engineSource };
}

const passes = () => Number(document.documentElement.getAttribute('data-cll-passes') ?? '0');
const badges = (root: ParentNode = document) => [...root.querySelectorAll('cll-badge')];
const byId = (id: string) => document.getElementById(id) as HTMLAnchorElement;
const badgeAfter = (element: Element) =>
  isBadgeHost(element.nextSibling) ? (element.nextSibling as HTMLElement) : null;

function contract(element: Element): Record<string, string | null> {
  return Object.fromEntries(CONTRACT_ATTRIBUTES.map((name) => [name, element.getAttribute(name)]));
}

/** Waits for a condition the content app reaches on its own (slices, frames, timers). */
function until(check: () => void, timeout = 5000): Promise<void> {
  return vi.waitFor(check, { timeout, interval: 10 });
}

const PAGE = `
  <main>
    <a id="taobao" href="${URLS.taobao}">Taobao</a>
    <a id="jd" href="${URLS.jd}">JD</a>
    <a id="plain" href="${URLS.plain}">Example</a>
    <p id="code">复制这条${TAOBAO_CODE}到手机淘宝</p>
    <p id="price">¥199.00</p>
  </main>`;

beforeEach(() => {
  document.documentElement.removeAttribute('data-cll-passes');
  document.body.innerHTML = PAGE;
  errors.length = 0;
});

afterEach(() => {
  for (const app of apps.splice(0)) app.apply(parsed({ enabled: false }));
  expect(errors).toEqual([]);
});

describe('ContentApp', () => {
  it('tries the engine import again when it fails, and badges once it loads', async () => {
    const engine = makeEngine();
    let calls = 0;
    const engineSource = vi.fn(async () => {
      calls += 1;
      if (calls === 1) throw new Error('the extension is being updated');
      return engine;
    });
    const app = new ContentApp(
      document,
      parsed({ policyDate: DATE }),
      (error) => errors.push(error),
      engineSource,
    );
    apps.push(app);
    app.apply(parsed({ policyDate: DATE }));
    await until(() => expect(badgeAfter(byId('taobao'))).not.toBeNull(), 5000);
    expect(engineSource).toHaveBeenCalledTimes(2);
  });

  it('reports the error when the engine cannot be imported at all', async () => {
    const engineSource = vi.fn(async (): Promise<Engine> => {
      throw new Error('gone');
    });
    const app = new ContentApp(
      document,
      parsed({ policyDate: DATE }),
      (error) => errors.push(error),
      engineSource,
    );
    apps.push(app);
    app.apply(parsed({ policyDate: DATE }));
    await until(() => expect(errors).toHaveLength(1), 6000);
    expect(engineSource).toHaveBeenCalledTimes(3);
    expect(badges()).toHaveLength(0);
    errors.length = 0;
  });

  it('badges the links and codes of the page it starts on, then signals the pass', async () => {
    // What the page looks like each time a pass is signalled.
    const atPass: { passes: number; badges: number }[] = [];
    const observer = new MutationObserver(() =>
      atPass.push({ passes: passes(), badges: badges().length }),
    );
    observer.observe(document.documentElement, { attributeFilter: ['data-cll-passes'] });
    const { app, engineSource } = start();
    expect(app.active).toBe(true);
    await until(() => expect(passes()).toBeGreaterThanOrEqual(1));
    observer.disconnect();
    expect(atPass[0]).toEqual({ passes: 1, badges: 3 });
    expect(engineSource).toHaveBeenCalledTimes(1);
    expect(contract(byId('taobao'))).toEqual({
      'data-cll-platform': 'taobao',
      'data-cll-private': 'direct',
      'data-cll-group': 'copy',
      'data-cll-category': 'ecommerce',
      'data-cll-warning': null,
      'data-cll-imitates': null,
    });
    expect(badgeAfter(byId('taobao'))?.getAttribute('data-cll-platform')).toBe('taobao');
    expect(badgeAfter(byId('jd'))?.getAttribute('data-cll-platform')).toBe('jd');
    expect(badgeAfter(byId('plain'))).toBeNull();
    const codeText = document.getElementById('code')?.firstChild as Text;
    expect(codeText.data).toBe(`复制这条${TAOBAO_CODE}到手机淘宝`);
    expect(badgeAfter(codeText as unknown as Element)?.getAttribute('data-cll-category')).toBe(
      'code',
    );
    expect(badges(document.getElementById('price') as Element)).toEqual([]);
    expect(app.links().map((entry) => entry.item.platform)).toEqual(['taobao', 'jd']);
  });

  it.each([
    ['a browser that reads the selector', true],
    ['a browser that cannot (every link is read)', false],
  ])('on a page of many links asks the sieve after a first step: %s', async (_, understood) => {
    // 1,200 links to one ordinary host, platform links among them before and after the first step.
    const rows = Array.from({ length: 1200 }, (_, i) =>
      [10, 600, 1100].includes(i)
        ? `<a id="p${i}" href="${i === 600 ? URLS.jd : URLS.taobao}">shop</a>`
        : `<a href="${URLS.plain}?n=${i}">article</a>`,
    );
    document.body.innerHTML = `<p>${rows.join(' ')}</p>`;
    const asked: string[] = [];
    const native = document.querySelectorAll.bind(document);
    const spy = vi.spyOn(document, 'querySelectorAll').mockImplementation((selector: string) => {
      if (!selector.includes(':not(')) return native(selector);
      asked.push(selector);
      if (!understood) throw new SyntaxError('unsupported selector');
      // What a browser answers: the links that do not start with a noted beginning.
      return native('[id^="p"]');
    });
    try {
      start();
      await until(() => expect(passes()).toBeGreaterThanOrEqual(1));
    } finally {
      spy.mockRestore();
    }
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain(`[href^="https://example.com/"]`);
    expect(asked[0]).toContain('[href^="/"]:not(');
    expect(
      ['p10', 'p600', 'p1100'].map((id) => badgeAfter(byId(id))?.getAttribute('data-cll-platform')),
    ).toEqual(['taobao', 'jd', 'taobao']);
    expect(badges()).toHaveLength(3);
  });

  it('on a huge page reads its text once, then only the texts of links that name a platform domain', async () => {
    // 10,400 rows of three elements (over 30,000: a huge page), ordinary links all but a few: a
    // link whose text names a Taobao host it does not go to, one whose name runs over two text
    // nodes, a Taobao link, and a share code in prose.
    const rows = Array.from(
      { length: 10_400 },
      (_, i) => `<p><span>Item ${i}:</span> <a href="${URLS.plain}?n=${i}">offer ${i}</a></p>`,
    );
    rows[100] = `<p><a id="named" href="${URLS.plain}?named">item.taobao.com/deal</a></p>`;
    rows[5000] = `<p><a id="split" href="${URLS.plain}?split">taobao<b>.com</b> deal</a></p>`;
    rows[5100] = `<p><a id="spaced" href="${URLS.plain}?spaced">taobao <b>.com</b></a></p>`;
    rows[7000] = `<p><a id="shop" href="${URLS.taobao}">shop</a></p>`;
    rows[9000] = `<p id="code">复制这条${TAOBAO_CODE}到手机淘宝</p>`;
    document.body.innerHTML = rows.join('\n');
    const textContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
    if (!textContent?.get) throw new Error('no textContent getter to watch');
    let linkTextsRead = 0;
    Object.defineProperty(Node.prototype, 'textContent', {
      ...textContent,
      get(this: Node) {
        if (this instanceof HTMLAnchorElement) linkTextsRead += 1;
        return textContent.get?.call(this);
      },
    });
    try {
      start();
      await until(() => expect(passes()).toBeGreaterThanOrEqual(1), 30_000);
    } finally {
      Object.defineProperty(Node.prototype, 'textContent', textContent);
    }
    expect(contract(byId('named'))).toMatchObject({
      'data-cll-warning': 'mismatch',
      'data-cll-imitates': 'taobao',
    });
    expect(contract(byId('split'))).toMatchObject({ 'data-cll-warning': 'mismatch' });
    // Whitespace breaks a name: as the whole text read at once would.
    expect(badgeAfter(byId('spaced'))).toBeNull();
    expect(badgeAfter(byId('shop'))?.getAttribute('data-cll-platform')).toBe('taobao');
    const codeText = document.getElementById('code')?.firstChild as Text;
    expect(badgeAfter(codeText as unknown as Element)?.getAttribute('data-cll-category')).toBe(
      'code',
    );
    expect(badges()).toHaveLength(4);
    // The links around the names (and a few around them), not the 10,400 of the page.
    expect(linkTextsRead).toBeLessThan(20);
  }, 60_000);

  it('does not load the engine for a page with nothing that could match', async () => {
    document.body.innerHTML = `<p><a href="${URLS.plain}">x</a> <a href="/about">y</a> ¥199.00</p>`;
    const { app, engineSource } = start();
    await until(() => expect(passes()).toBeGreaterThanOrEqual(1));
    await settle(20);
    expect(engineSource).not.toHaveBeenCalled();
    expect(app.links()).toEqual([]);
    expect(app.codes()).toEqual([]);
    expect(badges()).toEqual([]);
  });

  it("starts the engine's import from a big page's first links, before reading its text", async () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) => `<p><a href="${URLS.plain}?n=${i}">x</a></p>`,
    );
    document.body.innerHTML = `<a id="first" href="${URLS.taobao}">Taobao</a>${rows.join('')}`;
    const order: string[] = [];
    const body = document.body;
    const read = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
    Object.defineProperty(body, 'textContent', {
      configurable: true,
      get() {
        order.push('text');
        return read?.get?.call(body);
      },
    });
    const engine = makeEngine();
    const engineSource = vi.fn(async () => {
      order.push('engine');
      return engine;
    });
    const app = new ContentApp(
      document,
      parsed({ policyDate: DATE }),
      (e) => errors.push(e),
      engineSource,
    );
    apps.push(app);
    app.apply(parsed({ policyDate: DATE }));
    await until(() => expect(byId('first').getAttribute('data-cll-platform')).toBe('taobao'));
    delete (body as { textContent?: unknown }).textContent;
    expect(order.slice(0, 2)).toEqual(['engine', 'text']);
    expect(engineSource).toHaveBeenCalledTimes(1);
  });

  it('does not start the import ahead for first links that cannot match', async () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) => `<p><a href="${URLS.plain}?n=${i}">x</a></p>`,
    );
    document.body.innerHTML = rows.join('');
    const { engineSource } = start();
    await until(() => expect(passes()).toBeGreaterThanOrEqual(1));
    await settle(20);
    expect(engineSource).not.toHaveBeenCalled();
  });

  it('loads the engine for a Douyin share text alone, and badges its code', async () => {
    document.body.innerHTML = `<p id="douyin">8.61 nqh:/ 06/26 复制打开抖音，看看【张三的作品】# 美食</p>`;
    const { engineSource } = start({ policyDate: '2024-06-01' });
    await until(() => expect(badges()).toHaveLength(1));
    expect(engineSource).toHaveBeenCalledTimes(1);
    const text = document.getElementById('douyin')?.firstChild as unknown as Element;
    const badge = badgeAfter(text);
    expect(badge?.getAttribute('data-cll-platform')).toBe('douyin');
    expect(badge?.getAttribute('data-cll-category')).toBe('code');
    // douyin-code-20230111: copied into Douyin, in both scopes.
    expect(badge?.getAttribute('data-cll-private')).toBe('copy');
    expect(badge?.getAttribute('data-cll-group')).toBe('copy');
  });

  it('loads the engine for a lookalike link alone, and marks it with a warning', async () => {
    document.body.innerHTML = `<p><a id="lookalike" href="https://xn--tabao-sce.com/">deals</a></p>`;
    const { engineSource } = start();
    await until(() =>
      expect(contract(byId('lookalike'))).toMatchObject({
        'data-cll-platform': null,
        'data-cll-warning': 'lookalike',
        'data-cll-imitates': 'taobao',
      }),
    );
    expect(engineSource).toHaveBeenCalledTimes(1);
    expect(badgeAfter(byId('lookalike'))?.getAttribute('data-cll-warning')).toBe('lookalike');
  });

  it('badges links the page adds later, and follows their href changes', async () => {
    start();
    await until(() => expect(badges()).toHaveLength(3));
    const list = document.createElement('ul');
    list.innerHTML = `<li><a id="late" href="${URLS.douyinShop}">later</a></li>`;
    document.body.append(list);
    await until(() => expect(badgeAfter(byId('late'))).not.toBeNull());
    expect(byId('late').getAttribute('data-cll-platform')).toBe('douyin');

    byId('plain').setAttribute('href', URLS.jd);
    byId('jd').setAttribute('href', 'https://example.org/not-a-shop');
    await until(() => expect(byId('plain').getAttribute('data-cll-platform')).toBe('jd'));
    await until(() => expect(byId('jd').hasAttribute('data-cll-platform')).toBe(false));
    expect(badgeAfter(byId('jd'))).toBeNull();
    expect(badgeAfter(byId('plain'))?.getAttribute('data-cll-platform')).toBe('jd');
  });

  it('finds links in open shadow roots, at start and added later', async () => {
    const card = document.createElement('shop-card');
    document.body.append(card);
    card.attachShadow({ mode: 'open' }).innerHTML = `<a id="in-shadow" href="${URLS.jd}">x</a>`;
    start();
    const inShadow = card.shadowRoot?.getElementById('in-shadow') as Element;
    // The first walk for shadow roots waits for an idle moment.
    await until(() => expect(inShadow.getAttribute('data-cll-platform')).toBe('jd'));
    expect(badgeAfter(inShadow)).not.toBeNull();

    const wrapper = document.createElement('div');
    const later = document.createElement('shop-card');
    later.attachShadow({ mode: 'open' }).innerHTML = `<a id="later" href="${URLS.taobao}">x</a>`;
    wrapper.append(later);
    document.body.append(wrapper);
    const lateLink = later.shadowRoot?.getElementById('later') as Element;
    await until(() => expect(lateLink.getAttribute('data-cll-platform')).toBe('taobao'));
    // That root is now watched too.
    const added = document.createElement('a');
    added.href = URLS.douyinShop;
    later.shadowRoot?.append(added);
    await until(() => expect(added.getAttribute('data-cll-platform')).toBe('douyin'));
  });

  it('finds everything in many subtrees added at once, as in one by one', async () => {
    start();
    await until(() => expect(badges()).toHaveLength(3));
    // Twelve subtrees in one change (looked at as a group): links at any depth, a share code in a
    // leaf paragraph, one in a field, a shadow host added as a subtree of its own, a text naming
    // a platform domain the link beside it does not go to.
    const host = document.createElement('shop-card');
    host.attachShadow({
      mode: 'open',
    }).innerHTML = `<a id="grouped-shadow" href="${URLS.jd}">x</a>`;
    const fragment = document.createDocumentFragment();
    fragment.append(host);
    for (let i = 0; i < 8; i++) {
      const item = document.createElement('div');
      item.innerHTML = `<p><span><a id="grouped-${i}" href="${i % 2 ? URLS.jd : URLS.plain}">item ${i}</a></span></p>`;
      fragment.append(item);
    }
    const code = document.createElement('p');
    code.id = 'grouped-code';
    code.textContent = `复制${TAOBAO_CODE}打开`;
    const field = document.createElement('section');
    field.innerHTML = `<textarea id="grouped-field">${TAOBAO_CODE}</textarea>`;
    const named = document.createElement('div');
    named.innerHTML = `<a id="grouped-named" href="${URLS.plain}">item.taobao.com</a>`;
    fragment.append(code, field, named);
    document.body.append(fragment);
    // Contract attributes come first; badges go into the page together at the end of a pass.
    await until(() => expect(badgeAfter(byId('grouped-7'))).not.toBeNull());
    for (let i = 0; i < 8; i++) expect(badgeAfter(byId(`grouped-${i}`)) !== null).toBe(i % 2 === 1);
    const inShadow = host.shadowRoot?.getElementById('grouped-shadow') as Element;
    await until(() => expect(inShadow.getAttribute('data-cll-platform')).toBe('jd'));
    // The code in the paragraph's text is badged right after that text, the field's after it.
    await until(() =>
      expect(
        badges(document.getElementById('grouped-code') as Element).map((badge) =>
          badge.getAttribute('data-cll-category'),
        ),
      ).toEqual(['code']),
    );
    await until(() =>
      expect(
        badgeAfter(document.getElementById('grouped-field') as Element)?.getAttribute(
          'data-cll-category',
        ),
      ).toBe('code'),
    );
    await until(() =>
      expect(byId('grouped-named').getAttribute('data-cll-warning')).toBe('mismatch'),
    );
  });

  it('finds the links of a shadow host the page adds on its own, after the first walk', async () => {
    start();
    await until(() => expect(badges()).toHaveLength(3));
    // Long enough for the walk of the initial page's shadow roots (an idle moment) to be over.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const host = document.createElement('shop-card');
    host.attachShadow({ mode: 'open' }).innerHTML = `<a id="own" href="${URLS.taobao}">x</a>`;
    document.body.append(host);
    const link = host.shadowRoot?.getElementById('own') as Element;
    await until(() => expect(link.getAttribute('data-cll-platform')).toBe('taobao'));
  });

  it('puts back a badge the page removes, once', async () => {
    start();
    await until(() => expect(badges()).toHaveLength(3));
    const badge = badgeAfter(byId('taobao')) as HTMLElement;
    badge.remove();
    await until(() => expect(badgeAfter(byId('taobao'))).toBe(badge));
    badge.remove();
    await settle(150);
    expect(badge.isConnected).toBe(false);
  });

  it('re-evaluates every badge for a new policy date at once, without classifying again', async () => {
    const engine = makeEngine();
    const classify = vi.spyOn(engine, 'classify');
    const { app } = start({}, engine);
    await until(() => expect(badges()).toHaveLength(3));
    const calls = classify.mock.calls.length;
    const before = passes();
    app.apply(parsed({ policyDate: '2020-06-01' }));
    // Synchronously: new outcomes, and one more pass.
    expect(contract(byId('taobao'))).toMatchObject({
      'data-cll-private': 'copy',
      'data-cll-group': 'copy',
    });
    expect(passes()).toBe(before + 1);
    app.apply(parsed({ policyDate: '2023-06-01', scopes: 'private' }));
    expect(contract(byId('taobao'))).toMatchObject({ 'data-cll-group': 'direct' });
    expect(badgeAfter(byId('taobao'))?.getAttribute('aria-label')).not.toContain('scopeGroup');
    expect(passes()).toBe(before + 2);
    expect(classify).toHaveBeenCalledTimes(calls);
    expect(badges()).toHaveLength(3);
  });

  it('removes every badge and contract attribute when the site is disabled, and stops watching', async () => {
    const { app } = start();
    await until(() => expect(badges()).toHaveLength(3));
    const before = passes();
    app.apply(parsed({ policyDate: DATE, disabledSites: [location.hostname] }));
    expect(app.active).toBe(false);
    expect(badges()).toEqual([]);
    for (const id of ['taobao', 'jd', 'plain']) {
      for (const name of CONTRACT_ATTRIBUTES) expect(byId(id).hasAttribute(name)).toBe(false);
    }
    expect(passes()).toBe(before + 1);
    const late = document.createElement('a');
    late.href = URLS.taobao;
    document.body.append(late);
    await settle(150);
    expect(late.hasAttribute('data-cll-platform')).toBe(false);
    expect(badges()).toEqual([]);
    // Enabled on the site again: every link is badged, the one added meanwhile too.
    app.apply(parsed({ policyDate: DATE }));
    await until(() => expect(badges()).toHaveLength(4));
    expect(late.getAttribute('data-cll-platform')).toBe('taobao');
    expect(contract(byId('jd'))).toMatchObject({ 'data-cll-platform': 'jd' });
  });

  it('stops for the global switch too, and restores every badge when switched back on', async () => {
    const { app, engineSource } = start();
    await until(() => expect(badges()).toHaveLength(3));
    app.apply(parsed({ policyDate: DATE, enabled: false }));
    expect(badges()).toEqual([]);
    const late = document.createElement('a');
    late.id = 'late';
    late.href = URLS.douyinShop;
    document.body.append(late);
    app.apply(parsed({ policyDate: DATE }));
    expect(app.active).toBe(true);
    await until(() => expect(badges()).toHaveLength(4));
    expect(contract(byId('taobao'))).toMatchObject({ 'data-cll-platform': 'taobao' });
    expect(badgeAfter(late)?.getAttribute('data-cll-platform')).toBe('douyin');
    // The engine it already had is used again.
    expect(engineSource).toHaveBeenCalledTimes(1);
  });

  it('counts passes: each page change that was handled adds at least one', async () => {
    start();
    await until(() => expect(badges()).toHaveLength(3));
    await settle(250); // the idle walk for shadow roots
    const before = passes();
    const late = document.createElement('a');
    late.href = URLS.jd;
    document.body.append(late);
    await until(() => expect(late.getAttribute('data-cll-platform')).toBe('jd'));
    await until(() => expect(passes()).toBeGreaterThan(before));
  });

  it('reports an engine that fails to load', async () => {
    const failure = new Error('engine.js is gone');
    const app = new ContentApp(
      document,
      parsed(),
      (error) => errors.push(error),
      () => Promise.reject(failure),
    );
    apps.push(app);
    app.apply(parsed());
    await until(() => expect(errors).toEqual([failure]));
    expect(badges()).toEqual([]);
    errors.length = 0;
  });
});
