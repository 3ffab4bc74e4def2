// @vitest-environment happy-dom
import './support/dom-shims';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Badge, isBadgeHost } from '../../../src/content/draw/badge';
import { BadgeFactory } from '../../../src/content/draw/badge-factory';
import { WARNING_COLOURS } from '../../../src/content/draw/badge-fill';
import { LinkBadger } from '../../../src/content/place/link-badger';
import type { LinkElement } from '../../../src/content/scan/link-finder';
import { baseHostOf } from '../../../src/content/scan/link-finder';
import { segmentOf } from './support/badges';
import { CONTRACT_ATTRIBUTES } from './support/contract';
import { findLinks } from './support/find-links';
import { makeEngine, type Settings, settings, t } from './support/fixtures';

// setMark draws inside the closed shadow root: record what the badger asks of it.
let setMark = vi.spyOn(Badge.prototype, 'setMark');

const DATE = '2021-11-29';

function setup(change: Partial<Settings> = {}) {
  const engine = makeEngine();
  const classify = vi.spyOn(engine, 'classify');
  const textMismatch = vi.spyOn(engine, 'textMismatch');
  const current = settings({ policyDate: DATE, ...change });
  const context = engine.policyContext(current);
  const factory = new BadgeFactory(document, context.ruleset.scopes);
  const badger = new LinkBadger(engine, context, current, 'en', t, factory);
  /** A pass of the content app, reading link texts or not. */
  const pass = (readLinkText: boolean, links: Iterable<LinkElement> = findLinks(document)) => {
    badger.process(links, baseHostOf(document), readLinkText);
    badger.placeAll();
  };
  const update = (next: Partial<Settings>) => {
    const updated = settings({ policyDate: DATE, ...change, ...next });
    badger.update(engine.policyContext(updated), updated);
  };
  return { badger, classify, textMismatch, pass, update };
}

function link(id: string): HTMLAnchorElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing`);
  return element as HTMLAnchorElement;
}

function badgeAfter(element: Element): HTMLElement | null {
  const next = element.nextSibling;
  return isBadgeHost(next) ? next : null;
}

function badge(id: string): HTMLElement {
  const host = badgeAfter(link(id));
  if (!host) throw new Error(`#${id} has no badge`);
  return host;
}

function contract(element: Element): Record<string, string | null> {
  return Object.fromEntries(CONTRACT_ATTRIBUTES.map((name) => [name, element.getAttribute(name)]));
}

const NO_CONTRACT = Object.fromEntries(CONTRACT_ATTRIBUTES.map((name) => [name, null]));

/** The last mark set on a badge host ("" when none was ever set). */
function markOf(host: Element): string {
  const { calls, contexts } = setMark.mock;
  let last = '';
  calls.forEach(([text], index) => {
    if ((contexts[index] as Badge).host === host) last = text;
  });
  return last;
}

const OMICRON_HOST = 'ta\u03bfbao.com';

beforeEach(() => {
  setMark = vi.spyOn(Badge.prototype, 'setMark');
  document.body.innerHTML = `
    <ul>
      <li><a id="omicron" href="https://${OMICRON_HOST}/item.htm?id=2">Taobao deals</a></li>
      <li><a id="punycode" href="https://xn--tabao-sce.com/item.htm?id=3">Taobao deals</a></li>
      <li><a id="mismatch" href="https://evil.example/item.htm?id=4">item.taobao.com/item.htm?id=4</a></li>
      <li><a id="cross" href="https://item.jd.com/100.html">https://item.taobao.com/item.htm?id=5</a></li>
      <li><a id="douyin-cross" href="https://www.douyin.com/video/123">item.taobao.com</a></li>
      <li><a id="honest" href="https://item.taobao.com/item.htm?id=6">item.taobao.com/item.htm?id=6</a></li>
      <li><a id="same-owner" href="https://m.tb.cn/h.abc">detail.tmall.com/item.htm?id=7</a></li>
      <li><a id="douyin" href="https://www.douyin.com/video/124">v.douyin.com/abc</a></li>
      <li><a id="ordinary" href="https://example.com/page">An ordinary page</a></li>
    </ul>`;
});

afterEach(() => {
  vi.restoreAllMocks();
});

const LOOKALIKE_LABEL =
  'badgeWarning[warningLookalike[taobao.com|xn--tabao-sce.com (ta\u03bfbao.com)|Taobao]]';

describe('LinkBadger: links whose host imitates a platform domain', () => {
  it('badges a lookalike with the mark and one "lookalike" segment, and no outcomes', () => {
    const { badger, pass } = setup();
    pass(false);
    for (const id of ['omicron', 'punycode']) {
      const want = {
        ...NO_CONTRACT,
        'data-cll-warning': 'lookalike',
        'data-cll-imitates': 'taobao',
      };
      expect(contract(link(id)), id).toEqual(want);
      const host = badge(id);
      expect(contract(host), id).toEqual(want);
      expect(markOf(host)).toBe('⚠');
      expect(segmentOf(host, 'private')).toEqual({
        outcome: WARNING_COLOURS,
        text: 'warningLookalikeShort',
        shown: true,
      });
      expect(segmentOf(host, 'group')?.shown).toBe(false);
      expect(host.getAttribute('aria-label')).toBe(LOOKALIKE_LABEL);
      expect(badger.tooltipFor(host)).toEqual([
        { text: '⚠ warningLookalikeTitle', heading: true },
        { text: 'warningLookalike[taobao.com|xn--tabao-sce.com (ta\u03bfbao.com)|Taobao]' },
        { text: 'warningReason_mixedScript', className: 'small' },
      ]);
    }
  });

  it('says where a lookalike written into a longer host really goes', () => {
    document.body.innerHTML = `<a id="extra" href="https://item.taobao.com.evil.example/x">x</a>`;
    const { badger, pass } = setup();
    pass(false);
    expect(badge('extra').getAttribute('aria-label')).toBe(
      'badgeWarning[warningLookalike[taobao.com|item.taobao.com.evil.example|Taobao]]',
    );
    expect(badger.tooltipFor(badge('extra'))?.at(-1)).toEqual({
      text: 'warningReason_extraLabel',
      className: 'small',
    });
  });

  it('finds lookalikes without reading any link text when not asked to', () => {
    const { textMismatch, pass } = setup();
    const textContent = vi.spyOn(Element.prototype, 'textContent', 'get');
    pass(false);
    expect(textContent).not.toHaveBeenCalled();
    expect(textMismatch).not.toHaveBeenCalled();
    expect(badgeAfter(link('omicron'))).not.toBeNull();
    // Without the texts, the text mismatches go unseen.
    expect(badgeAfter(link('mismatch'))).toBeNull();
    expect(contract(link('cross'))).toMatchObject({ 'data-cll-warning': null });
  });

  it('classifies an ordinary link of no platform not at all', () => {
    const { classify, pass } = setup();
    pass(true);
    expect(classify.mock.calls.map(([href]) => href)).not.toContain(link('ordinary').href);
    expect(badgeAfter(link('ordinary'))).toBeNull();
    expect(contract(link('ordinary'))).toEqual(NO_CONTRACT);
  });
});

describe('LinkBadger: links whose text names another host', () => {
  it('badges a link of no platform whose text names a platform host, with "mismatch"', () => {
    const { badger, pass } = setup();
    pass(true);
    const want = { ...NO_CONTRACT, 'data-cll-warning': 'mismatch', 'data-cll-imitates': 'taobao' };
    expect(contract(link('mismatch'))).toEqual(want);
    const host = badge('mismatch');
    expect(contract(host)).toEqual(want);
    expect(markOf(host)).toBe('⚠');
    expect(segmentOf(host, 'private')).toEqual({
      outcome: WARNING_COLOURS,
      text: 'warningMismatchShort',
      shown: true,
    });
    expect(host.getAttribute('aria-label')).toBe(
      'badgeWarning[warningMismatch[item.taobao.com|evil.example]]',
    );
    expect(badger.tooltipFor(host)).toEqual([
      { text: '⚠ warningMismatchTitle', heading: true },
      { text: 'warningMismatch[item.taobao.com|evil.example]' },
    ]);
  });

  it("gives a platform's link whose text names another platform's host its badge and the mark", () => {
    const { badger, pass } = setup();
    pass(true);
    const want = {
      'data-cll-platform': 'jd',
      'data-cll-private': 'direct',
      'data-cll-group': 'direct',
      'data-cll-category': 'ecommerce',
      'data-cll-warning': 'mismatch',
      'data-cll-imitates': 'taobao',
    };
    expect(contract(link('cross'))).toEqual(want);
    const host = badge('cross');
    expect(contract(host)).toEqual(want);
    expect(markOf(host)).toBe('⚠');
    expect(segmentOf(host, 'private')).toEqual({
      outcome: 'direct',
      text: 'scopePrivateShort',
      shown: true,
    });
    expect(segmentOf(host, 'group')).toEqual({
      outcome: 'direct',
      text: 'scopeGroupShort',
      shown: true,
    });
    expect(host.getAttribute('aria-label')).toBe(
      'badgeLabelPrefix[WeChat|JD.com] scopePrivate: opens; scopeGroup: opens ' +
        'badgeWarning[warningMismatch[item.taobao.com|item.jd.com]]',
    );
    const lines = badger.tooltipFor(host)?.map((line) => line.text) ?? [];
    expect(lines.slice(0, 3)).toEqual([
      '⚠ warningMismatchTitle',
      'warningMismatch[item.taobao.com|item.jd.com]',
      'JD.com · categoryEcommerce',
    ]);
  });

  it('flags no honest link: its own URL as text, a host of the same owner, ordinary text', () => {
    const { badger, pass } = setup();
    pass(true);
    for (const [id, platform] of [
      ['honest', 'taobao'],
      ['same-owner', 'taobao'],
      ['douyin', 'douyin'],
    ] as const) {
      expect(contract(link(id)), id).toMatchObject({
        'data-cll-platform': platform,
        'data-cll-warning': null,
        'data-cll-imitates': null,
      });
      expect(markOf(badge(id)), id).toBe('');
      expect(badge(id).hasAttribute('data-cll-warning'), id).toBe(false);
    }
    expect(badgeAfter(link('ordinary'))).toBeNull();
    const warned = badger
      .found()
      .map((entry) => entry.item)
      .filter((entry) => entry.warning !== null)
      .map((entry) => entry.href);
    expect(warned).toEqual(
      ['omicron', 'punycode', 'mismatch', 'cross', 'douyin-cross'].map((id) => link(id).href),
    );
  });

  it('reports each deceptive link with its warning', () => {
    const { badger, pass } = setup();
    pass(true);
    const byHref = new Map(
      badger
        .found()
        .map((entry) => entry.item)
        .map((entry) => [entry.href, entry]),
    );
    expect(byHref.get(link('mismatch').href)).toEqual({
      href: link('mismatch').href,
      platform: '',
      category: null,
      kind: 'none',
      outcomes: {},
      rules: {},
      warning: { type: 'mismatch', imitates: 'taobao', host: 'evil.example' },
    });
    expect(byHref.get(link('omicron').href)?.warning).toEqual({
      type: 'lookalike',
      imitates: 'taobao',
      host: 'xn--tabao-sce.com',
    });
    expect(byHref.get(link('cross').href)).toMatchObject({
      platform: 'jd',
      outcomes: { private: 'direct', group: 'direct' },
      warning: { type: 'mismatch', imitates: 'taobao', host: 'item.jd.com' },
    });
  });

  it('follows a change of the link text, and of the href, when the link comes again', () => {
    const { pass } = setup();
    pass(true);
    const mismatch = link('mismatch');
    const host = badge('mismatch');
    mismatch.textContent = 'Our shop';
    pass(true, [mismatch]);
    expect(badgeAfter(mismatch)).toBeNull();
    expect(host.isConnected).toBe(false);
    expect(contract(mismatch)).toEqual(NO_CONTRACT);
    mismatch.textContent = 'item.jd.com/100.html';
    pass(true, [mismatch]);
    expect(contract(mismatch)).toMatchObject({
      'data-cll-warning': 'mismatch',
      'data-cll-imitates': 'jd',
    });
    // The text now names the host the link goes to: an honest JD link.
    mismatch.href = 'https://item.jd.com/100.html';
    pass(true, [mismatch]);
    expect(contract(mismatch)).toMatchObject({
      'data-cll-platform': 'jd',
      'data-cll-warning': null,
    });
    expect(badge('mismatch').hasAttribute('data-cll-warning')).toBe(false);
    expect(markOf(badge('mismatch'))).toBe('');
    // And a lookalike href makes it a lookalike, whatever the text.
    mismatch.href = `https://${OMICRON_HOST}/`;
    pass(true, [mismatch]);
    expect(contract(mismatch)).toEqual({
      ...NO_CONTRACT,
      'data-cll-warning': 'lookalike',
      'data-cll-imitates': 'taobao',
    });
  });

  it('judges each href and text once: the same link again, or a twin, costs no new check', () => {
    const { classify, textMismatch, pass } = setup();
    pass(true);
    const classified = classify.mock.calls.length;
    const compared = textMismatch.mock.calls.length;
    pass(true);
    const twin = link('mismatch').cloneNode(true) as HTMLAnchorElement;
    twin.id = 'twin';
    document.body.append(twin);
    pass(true, [twin]);
    expect(contract(twin)).toMatchObject({ 'data-cll-warning': 'mismatch' });
    expect(classify).toHaveBeenCalledTimes(classified);
    expect(textMismatch).toHaveBeenCalledTimes(compared);
    // The same href with other text is another judgement.
    const other = document.createElement('a');
    other.href = link('mismatch').href;
    other.textContent = 'item.jd.com';
    document.body.append(other);
    pass(true, [other]);
    expect(contract(other)).toMatchObject({ 'data-cll-imitates': 'jd' });
    expect(textMismatch).toHaveBeenCalledTimes(compared + 1);
  });

  it('reads at most MAX_LINK_TEXT_LENGTH characters of a link text', () => {
    const { pass } = setup();
    const long = link('ordinary');
    long.textContent = `${'x'.repeat(2000)} item.taobao.com`;
    pass(true, [long]);
    expect(badgeAfter(long)).toBeNull();
    long.textContent = `${'x'.repeat(1980)} item.taobao.com`;
    pass(true, [long]);
    expect(contract(long)).toMatchObject({ 'data-cll-warning': 'mismatch' });
  });
});

describe('LinkBadger: warnings and the settings', () => {
  it('follows a date change without judging again, and keeps the warnings', () => {
    const { classify, textMismatch, pass, update } = setup();
    pass(true);
    const calls = [classify.mock.calls.length, textMismatch.mock.calls.length];
    const marks = setMark.mock.calls.length;
    const lookalike = badge('omicron');
    update({ policyDate: '2021-11-28' });
    expect(contract(link('cross'))).toMatchObject({
      'data-cll-private': 'direct',
      'data-cll-warning': 'mismatch',
    });
    expect(contract(link('honest'))).toMatchObject({ 'data-cll-private': 'warn' });
    expect(contract(link('omicron'))).toMatchObject({ 'data-cll-warning': 'lookalike' });
    expect(badge('omicron')).toBe(lookalike);
    expect(segmentOf(lookalike, 'private')).toEqual({
      outcome: WARNING_COLOURS,
      text: 'warningLookalikeShort',
      shown: true,
    });
    expect([classify.mock.calls.length, textMismatch.mock.calls.length]).toEqual(calls);
    // The marks stay as they were: no attribute toggles on the badges.
    expect(setMark.mock.calls.length).toBe(marks);
  });

  it('shows warnings whatever the categories: a content link with a warning keeps its badge', () => {
    const { pass, update } = setup({ categories: 'ecommerce' });
    pass(true);
    expect(badgeAfter(link('douyin'))).toBeNull();
    expect(contract(link('douyin-cross'))).toMatchObject({
      'data-cll-platform': 'douyin',
      'data-cll-category': 'content',
      'data-cll-warning': 'mismatch',
    });
    expect(badgeAfter(link('omicron'))).not.toBeNull();
    expect(badgeAfter(link('mismatch'))).not.toBeNull();
    update({ categories: 'all' });
    expect(badgeAfter(link('douyin'))).not.toBeNull();
    update({ categories: 'ecommerce' });
    expect(badgeAfter(link('douyin'))).toBeNull();
    expect(badgeAfter(link('douyin-cross'))).not.toBeNull();
    expect(badgeAfter(link('mismatch'))).not.toBeNull();
  });

  it('shows the warning segment whichever scopes are shown', () => {
    const { badger, pass, update } = setup({ scopes: 'group' });
    pass(true);
    const host = badge('omicron');
    expect(segmentOf(host, 'private')).toEqual({
      outcome: WARNING_COLOURS,
      text: 'warningLookalikeShort',
      shown: true,
    });
    expect(segmentOf(host, 'group')?.shown).toBe(false);
    expect(host.getAttribute('aria-label')).toBe(LOOKALIKE_LABEL);
    // A platform's link with a warning shows the chosen scope only, and says the warning.
    expect(segmentOf(badge('cross'), 'private')?.shown).toBe(false);
    expect(badge('cross').getAttribute('aria-label')).toBe(
      'badgeLabelPrefix[WeChat|JD.com] scopeGroup: opens ' +
        'badgeWarning[warningMismatch[item.taobao.com|item.jd.com]]',
    );
    update({ scopes: 'both' });
    expect(segmentOf(host, 'private')?.shown).toBe(true);
    expect(badger.tooltipFor(host)?.[0]).toEqual({
      text: '⚠ warningLookalikeTitle',
      heading: true,
    });
  });

  it('takes every warning badge and attribute away on clear', () => {
    const { badger, pass } = setup();
    pass(true);
    badger.clear();
    expect(document.querySelectorAll('cll-badge')).toHaveLength(0);
    for (const element of findLinks(document)) expect(contract(element)).toEqual(NO_CONTRACT);
  });
});
