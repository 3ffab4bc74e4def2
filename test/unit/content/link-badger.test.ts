// @vitest-environment happy-dom
import './support/dom-shims';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isBadgeHost } from '../../../src/content/draw/badge';
import { BadgeFactory } from '../../../src/content/draw/badge-factory';
import { LinkBadger } from '../../../src/content/place/link-badger';
import type { LinkElement } from '../../../src/content/scan/link-finder';
import { baseHostOf } from '../../../src/content/scan/link-finder';
import { segmentOf } from './support/badges';
import { CONTRACT_ATTRIBUTES } from './support/contract';
import { findLinks } from './support/find-links';
import { makeEngine, type Settings, settings, t, URLS } from './support/fixtures';

function setup(change: Partial<Settings> = {}) {
  const engine = makeEngine();
  const classify = vi.spyOn(engine, 'classify');
  const current = settings({ policyDate: '2021-11-29', ...change });
  const context = engine.policyContext(current);
  const factory = new BadgeFactory(document, context.ruleset.scopes);
  const badger = new LinkBadger(engine, context, current, 'en', t, factory);
  /** What the content app does for a pass: process, then place the badges in one go. */
  const pass = (links: Iterable<LinkElement> = findLinks(document)) => {
    badger.process(links, baseHostOf(document));
    badger.placeAll();
  };
  /** Settings changed: a new context from the engine, then update. */
  const change_ = (next: Partial<Settings>) => {
    const updated = settings({ policyDate: '2021-11-29', ...change, ...next });
    badger.update(engine.policyContext(updated), updated);
  };
  return { engine, classify, badger, pass, update: change_ };
}

function link(id: string): HTMLAnchorElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing`);
  return element as HTMLAnchorElement;
}

/** The badge right after an element, or null. */
function badgeAfter(element: Element): HTMLElement | null {
  const next = element.nextSibling;
  return isBadgeHost(next) ? next : null;
}

function contract(element: Element): Record<string, string | null> {
  return Object.fromEntries(CONTRACT_ATTRIBUTES.map((name) => [name, element.getAttribute(name)]));
}

const NO_CONTRACT = Object.fromEntries(CONTRACT_ATTRIBUTES.map((name) => [name, null]));

beforeEach(() => {
  document.body.innerHTML = `
    <ul>
      <li><a id="taobao" href="${URLS.taobao}">Taobao</a></li>
      <li><a id="jd" href="${URLS.jd}">JD</a></li>
      <li><a id="douyin" href="${URLS.douyinVideo}">Douyin video</a></li>
      <li><a id="douyin-shop" href="${URLS.douyinShop}">Douyin shop</a></li>
      <li><a id="wrapped" href="${URLS.googleTaobao}">Google result</a></li>
      <li><a id="plain" href="${URLS.plain}">Example</a></li>
      <li><a id="lookalike" href="${URLS.lookalike}">Look-alike</a></li>
      <li><a id="relative" href="/about">About</a></li>
      <li><a id="mail" href="mailto:shop@taobao.com">Mail</a></li>
    </ul>`;
});

const PLATFORM_IDS = ['taobao', 'jd', 'douyin', 'douyin-shop', 'wrapped'];
/** Links of no platform that get a warning badge: the host imitates a platform's. */
const WARNING_IDS = ['lookalike'];
const BADGED_IDS = [...PLATFORM_IDS, ...WARNING_IDS];
const OTHER_IDS = ['plain', 'relative', 'mail'];

describe('LinkBadger.process and placeAll', () => {
  it('badges platform links, with the contract on link and badge, and lookalikes with a warning', () => {
    const { badger, classify } = setup();
    badger.process(findLinks(document), baseHostOf(document));
    // Badges wait to go into the page together.
    expect(badger.unplacedCount).toBe(BADGED_IDS.length);
    expect(document.querySelector('cll-badge')).toBeNull();
    badger.placeAll();
    expect(badger.unplacedCount).toBe(0);
    expect(document.querySelectorAll('cll-badge')).toHaveLength(BADGED_IDS.length);

    const expected: Record<string, [string, string, string, string]> = {
      taobao: ['taobao', 'direct', 'copy', 'ecommerce'],
      jd: ['jd', 'direct', 'direct', 'ecommerce'],
      douyin: ['douyin', 'direct', 'copy', 'content'],
      'douyin-shop': ['douyin', 'direct', 'copy', 'ecommerce'],
      wrapped: ['taobao', 'direct', 'copy', 'ecommerce'],
    };
    for (const [id, [platform, privateOutcome, group, category]] of Object.entries(expected)) {
      const want = {
        ...NO_CONTRACT,
        'data-cll-platform': platform,
        'data-cll-private': privateOutcome,
        'data-cll-group': group,
        'data-cll-category': category,
      };
      expect(contract(link(id)), id).toEqual(want);
      const badge = badgeAfter(link(id));
      expect(badge, id).not.toBeNull();
      expect(contract(badge as Element), id).toEqual(want);
      expect(segmentOf(badge as Element, 'private')?.outcome).toBe(privateOutcome);
    }
    // "item.taobao.com.evil.example" is no platform's: no outcomes, a warning.
    const lookalike = {
      ...NO_CONTRACT,
      'data-cll-warning': 'lookalike',
      'data-cll-imitates': 'taobao',
    };
    expect(contract(link('lookalike'))).toEqual(lookalike);
    expect(contract(badgeAfter(link('lookalike')) as Element)).toEqual(lookalike);
    for (const id of OTHER_IDS) {
      expect(contract(link(id)), id).toEqual(NO_CONTRACT);
      expect(badgeAfter(link(id)), id).toBeNull();
    }
    // The pre-filter kept the engine away from links that cannot be a platform's or imitate one.
    const classified = classify.mock.calls.map(([input]) => input);
    expect(classified).toHaveLength(BADGED_IDS.length);
    for (const id of OTHER_IDS) expect(classified).not.toContain(link(id).href);
  });

  it('badges links the pre-filter already let through (they waited for the engine) the same way', () => {
    const { badger } = setup();
    const expected = setup();
    expected.pass();
    const want = [...findLinks(document)].map((element) => ({
      id: element.id,
      contract: contract(element),
      badged: badgeAfter(element) !== null,
    }));
    for (const element of findLinks(document)) {
      badgeAfter(element)?.remove();
      for (const name of CONTRACT_ATTRIBUTES) element.removeAttribute(name);
    }
    // Screened links are still judged by where they go: those of no platform stay unbadged.
    badger.process(findLinks(document), baseHostOf(document), false, null, true);
    badger.placeAll();
    const got = [...findLinks(document)].map((element) => ({
      id: element.id,
      contract: contract(element),
      badged: badgeAfter(element) !== null,
    }));
    expect(got).toEqual(want);
    expect(got.filter((entry) => entry.badged).map((entry) => entry.id)).toEqual(BADGED_IDS);
  });

  it('reports the badged links with their outcomes and rules', () => {
    const { badger, pass } = setup();
    pass();
    const report = badger.found().map((entry) => entry.item);
    expect(report.map((entry) => entry.href)).toEqual(BADGED_IDS.map((id) => link(id).href));
    expect(report[0]).toEqual({
      href: link('taobao').href,
      platform: 'taobao',
      category: 'ecommerce',
      kind: 'url',
      outcomes: { private: 'direct', group: 'copy' },
      rules: {
        private: 'taobao-private-20211129',
        group: 'taobao-group-20211129',
      },
      warning: null,
    });
    expect(report.at(-1)).toEqual({
      href: link('lookalike').href,
      platform: '',
      category: null,
      kind: 'none',
      outcomes: {},
      rules: {},
      warning: { type: 'lookalike', imitates: 'taobao', host: 'item.taobao.com.evil.example' },
    });
    expect(badger.found().map((entry) => entry.element)).toEqual(BADGED_IDS.map(link));
    expect(badger.size).toBe(BADGED_IDS.length);
  });

  it('puts the badge of an SVG link after its <svg>, and of an area after its image', () => {
    document.body.innerHTML = `
      <svg id="pic"><a id="svg-link" href="${URLS.jd}"><text>JD</text></a></svg>
      <img id="map-img" usemap="#m" alt=""><map name="m"><area id="area" href="${URLS.taobao}" alt=""></map>`;
    const { pass } = setup();
    pass();
    expect(
      badgeAfter(document.getElementById('pic') as Element)?.getAttribute('data-cll-platform'),
    ).toBe('jd');
    expect(badgeAfter(link('map-img'))?.getAttribute('data-cll-platform')).toBe('taobao');
    expect(document.getElementById('svg-link')?.getAttribute('data-cll-platform')).toBe('jd');
  });

  it('does nothing new when the same links come again, and classifies each href once', () => {
    const { badger, classify, pass } = setup();
    pass();
    const badges = [...document.querySelectorAll('cll-badge')];
    pass();
    pass([link('taobao'), link('taobao')]);
    expect([...document.querySelectorAll('cll-badge')]).toEqual(badges);
    expect(classify).toHaveBeenCalledTimes(BADGED_IDS.length);
    // Another link with an href already seen uses the cached classification.
    const twin = document.createElement('a');
    twin.href = URLS.taobao;
    document.body.append(twin);
    pass([twin]);
    expect(badgeAfter(twin)?.getAttribute('data-cll-platform')).toBe('taobao');
    expect(classify).toHaveBeenCalledTimes(BADGED_IDS.length);
    expect(badger.size).toBe(BADGED_IDS.length + 1);
  });

  it('takes the badge and the contract away when a link stops pointing to a platform', () => {
    const { badger, pass } = setup();
    pass();
    const jd = link('jd');
    const badge = badgeAfter(jd);
    jd.href = 'https://example.org/not-a-shop';
    pass([jd]);
    expect(badgeAfter(jd)).toBeNull();
    expect(badge?.isConnected).toBe(false);
    expect(contract(jd)).toEqual(NO_CONTRACT);
    expect(badger.size).toBe(BADGED_IDS.length - 1);
    expect(
      badger
        .found()
        .map((entry) => entry.item)
        .map((entry) => entry.platform),
    ).not.toContain('jd');
    // And badges it again when it points to one again.
    jd.href = URLS.jd;
    pass([jd]);
    expect(badgeAfter(jd)?.getAttribute('data-cll-platform')).toBe('jd');
  });

  it('re-badges a link in place when its href moves to another platform', () => {
    const { pass } = setup();
    pass();
    const jd = link('jd');
    const badge = badgeAfter(jd);
    jd.href = URLS.taobao;
    pass([jd]);
    expect(badgeAfter(jd)).toBe(badge);
    expect(contract(jd)).toMatchObject({ 'data-cll-platform': 'taobao', 'data-cll-group': 'copy' });
    expect(badge?.getAttribute('data-cll-platform')).toBe('taobao');
  });

  it('gives no badge to links in text the user edits', () => {
    document.body.innerHTML = `
      <div contenteditable="true"><p><a id="editing" href="${URLS.taobao}">x</a></p></div>
      <div contenteditable="false"><a id="read-only" href="${URLS.jd}">x</a></div>`;
    const { badger, pass } = setup();
    pass();
    expect(badgeAfter(link('editing'))).toBeNull();
    expect(contract(link('editing'))).toEqual(NO_CONTRACT);
    expect(link('editing').parentElement?.childNodes).toHaveLength(1);
    expect(badgeAfter(link('read-only'))?.getAttribute('data-cll-platform')).toBe('jd');
    expect(badger.size).toBe(1);
  });
});

describe('LinkBadger.update', () => {
  it('re-evaluates every badge for another date without classifying again', () => {
    const { classify, pass, update } = setup();
    pass();
    const calls = classify.mock.calls.length;
    const badge = badgeAfter(link('taobao')) as HTMLElement;
    update({ policyDate: '2020-06-01' });
    expect(contract(link('taobao'))).toMatchObject({
      'data-cll-private': 'copy',
      'data-cll-group': 'copy',
    });
    expect(segmentOf(badge, 'private')).toEqual({
      outcome: 'copy',
      text: 'scopePrivateShort',
      shown: true,
    });
    expect(contract(link('douyin'))).toMatchObject({ 'data-cll-private': 'copy' });
    update({ policyDate: '2023-06-01' });
    expect(contract(link('taobao'))).toMatchObject({
      'data-cll-private': 'direct',
      'data-cll-group': 'direct',
    });
    expect(contract(badge)).toMatchObject({ 'data-cll-group': 'direct' });
    expect(segmentOf(badge, 'group')).toEqual({
      outcome: 'direct',
      text: 'scopeGroupShort',
      shown: true,
    });
    expect(classify).toHaveBeenCalledTimes(calls);
    // Same badge elements, still in place.
    expect(badgeAfter(link('taobao'))).toBe(badge);
    expect(document.querySelectorAll('cll-badge')).toHaveLength(BADGED_IDS.length);
  });

  it('shows only the chosen scope', () => {
    const { badger, pass, update } = setup();
    pass();
    const badge = badgeAfter(link('taobao')) as HTMLElement;
    update({ scopes: 'group' });
    expect(segmentOf(badge, 'private')?.shown).toBe(false);
    expect(segmentOf(badge, 'group')?.shown).toBe(true);
    expect(badge.getAttribute('aria-label')).toBe(
      'badgeLabelPrefix[WeChat|Taobao] scopeGroup: copy only',
    );
    const tooltip = badger.tooltipFor(badge)?.map((line) => line.text) ?? [];
    expect(tooltip.some((text) => text.startsWith('scopePrivate'))).toBe(false);
    expect(tooltip.some((text) => text.startsWith('scopeGroup'))).toBe(true);
  });

  it('with categories "ecommerce", leaves content links unbadged and removes their badges', () => {
    const ecommerce = setup({ categories: 'ecommerce' });
    ecommerce.pass();
    expect(badgeAfter(link('douyin'))).toBeNull();
    expect(contract(link('douyin'))).toEqual(NO_CONTRACT);
    expect(badgeAfter(link('douyin-shop'))?.getAttribute('data-cll-category')).toBe('ecommerce');
    ecommerce.badger.clear();

    const all = setup();
    all.pass();
    expect(badgeAfter(link('douyin'))).not.toBeNull();
    all.update({ categories: 'ecommerce' });
    expect(badgeAfter(link('douyin'))).toBeNull();
    expect(contract(link('douyin'))).toEqual(NO_CONTRACT);
    expect(badgeAfter(link('douyin-shop'))).not.toBeNull();
    expect(badgeAfter(link('taobao'))).not.toBeNull();
  });

  it('forgets links that left the page', () => {
    const { badger, pass, update } = setup();
    pass();
    link('jd').closest('li')?.remove();
    update({ policyDate: '2023-06-01' });
    expect(badger.size).toBe(BADGED_IDS.length - 1);
  });
});

describe('LinkBadger.tooltipFor', () => {
  it('gives the lines of a badge it made, and null for other elements', () => {
    const { badger, pass } = setup();
    pass();
    const lines = badger.tooltipFor(badgeAfter(link('wrapped')) as HTMLElement);
    expect(lines?.[0]).toEqual({ text: 'Taobao · categoryEcommerce', heading: true });
    expect(lines?.map((line) => line.text)).toContain('viaWrappers[Google redirect]');
    expect(badger.tooltipFor(document.createElement('cll-badge'))).toBeNull();
  });
});

describe('LinkBadger.prune', () => {
  it('forgets links that left the document and removes their badges', () => {
    const { badger, pass } = setup();
    pass();
    const jd = link('jd');
    const badge = badgeAfter(jd) as HTMLElement;
    jd.remove(); // the page removes the link alone: our badge is left behind
    expect(badge.isConnected).toBe(true);
    badger.prune();
    expect(badge.isConnected).toBe(false);
    expect(badger.size).toBe(BADGED_IDS.length - 1);
    expect(
      badger
        .found()
        .map((entry) => entry.item)
        .map((entry) => entry.href),
    ).not.toContain(URLS.jd);
    // Back in the page, the link is a new link.
    document.body.append(jd);
    pass([jd]);
    expect(badgeAfter(jd)?.getAttribute('data-cll-platform')).toBe('jd');
    expect(badger.size).toBe(BADGED_IDS.length);
  });

  it('keeps the links still in the page', () => {
    const { badger, pass } = setup();
    pass();
    badger.prune();
    expect(badger.size).toBe(BADGED_IDS.length);
    expect(document.querySelectorAll('cll-badge')).toHaveLength(BADGED_IDS.length);
  });
});

describe('LinkBadger.badgeRemoved', () => {
  it('puts back a badge the page removed, once, and not a second time', () => {
    const { badger, pass, update } = setup();
    pass();
    const taobao = link('taobao');
    const badge = badgeAfter(taobao) as HTMLElement;
    badge.remove();
    badger.badgeRemoved(badge);
    expect(badgeAfter(taobao)).toBe(badge);
    badge.remove();
    badger.badgeRemoved(badge);
    expect(badge.isConnected).toBe(false);
    // Neither a settings change nor the link coming again brings it back.
    update({ policyDate: '2023-06-01' });
    pass([taobao]);
    expect(badge.isConnected).toBe(false);
    expect(badgeAfter(taobao)).toBeNull();
    // The link keeps its contract and stays in the report.
    expect(contract(taobao)).toMatchObject({ 'data-cll-platform': 'taobao' });
    expect(
      badger
        .found()
        .map((entry) => entry.item)
        .map((entry) => entry.href),
    ).toContain(taobao.href);
  });

  it('ignores hosts it does not know and badges it removed itself', () => {
    const { badger, pass } = setup();
    pass();
    const jd = link('jd');
    const badge = badgeAfter(jd) as HTMLElement;
    jd.href = URLS.plain;
    pass([jd]);
    badger.badgeRemoved(badge);
    expect(badge.isConnected).toBe(false);
    expect(() => badger.badgeRemoved(document.createElement('cll-badge'))).not.toThrow();
  });
});

describe('LinkBadger.clear', () => {
  it('removes every badge and every contract attribute', () => {
    const { badger, pass } = setup();
    pass();
    badger.clear();
    expect(document.querySelectorAll('cll-badge')).toHaveLength(0);
    for (const id of [...BADGED_IDS, ...OTHER_IDS])
      expect(contract(link(id)), id).toEqual(NO_CONTRACT);
    expect(badger.size).toBe(0);
    expect(badger.found().map((entry) => entry.item)).toEqual([]);
  });
});
