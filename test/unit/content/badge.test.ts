// @vitest-environment happy-dom
import './support/dom-shims';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BADGE_TAG, Badge, isBadgeHost, tooltipOf } from '../../../src/content/draw/badge';
import { BadgeFactory } from '../../../src/content/draw/badge-factory';
import { applyContract, fillBadge, removeContract } from '../../../src/content/draw/badge-fill';
import type { BadgeView } from '../../../src/content/draw/badge-view';
import type { Warning } from '../../../src/core/classify/classification';
import { badgeOf, isDrawn, segmentOf } from './support/badges';
import { CONTRACT_ATTRIBUTES } from './support/contract';
import { makeEngine, settings, TAOBAO_CODE, t, URLS } from './support/fixtures';

const engine = makeEngine();
const SCOPES = ['private', 'group'];

function viewOf(input: string, policyDate: string): BadgeView {
  const context = engine.policyContext(settings({ policyDate }));
  const classification = engine.classify(input);
  const codes = classification.codes;
  const target =
    classification.kind === 'code' && codes?.[0]
      ? engine.classifyShareCode(input, codes[0])
      : classification;
  return engine.badgeView(target, context, 'en');
}

/** The warning part of the view of a link with this warning. */
function warned(warning: Warning): Pick<BadgeView, 'warning'> {
  const context = engine.policyContext(settings({ policyDate: '2021-11-29' }));
  return { warning: engine.badgeView(engine.classify(URLS.plain), context, 'en', warning).warning };
}

/** Attribute changes a callback makes on these elements. */
async function attributeChanges(elements: Element[], act: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  for (const element of elements) observer.observe(element, { attributes: true });
  act();
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('BadgeFactory', () => {
  it('makes a focusable <cll-badge> image whose shadow root is closed', () => {
    const host = new BadgeFactory(document, SCOPES).create().host;
    expect(host.localName).toBe(BADGE_TAG);
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttribute('role')).toBe('img');
    expect(host.tabIndex).toBe(0);
    expect(host.hasAttribute('data-cll-badge')).toBe(true);
    // Nothing of the badge is in the light DOM: page text and page queries do not see it.
    expect(host.childNodes.length).toBe(0);
    expect(host.textContent).toBe('');
  });

  it('makes a new host each time, all recognised as badge hosts', () => {
    const factory = new BadgeFactory(document, SCOPES);
    const first = factory.create().host;
    const second = factory.create().host;
    expect(first).not.toBe(second);
    expect(isBadgeHost(first)).toBe(true);
    expect(isBadgeHost(second)).toBe(true);
  });

  it('does not take a page element named cll-badge, or anything else, for a badge host', () => {
    expect(isBadgeHost(document.createElement(BADGE_TAG))).toBe(false);
    expect(isBadgeHost(document.createElement('span'))).toBe(false);
    expect(isBadgeHost(document.createTextNode('x'))).toBe(false);
    expect(isBadgeHost(null)).toBe(false);
    expect(isBadgeHost({ localName: BADGE_TAG })).toBe(false);
  });
});

describe('segments, mark and label', () => {
  it('holds one segment per scope of the ruleset, custom scopes included', () => {
    const host = new BadgeFactory(document, ['private', 'group', 'channel']).create().host;
    badgeOf(host).setSegment('private', { outcome: 'direct', text: '1:1 ✓', shown: true });
    badgeOf(host).setSegment('group', { outcome: 'copy', text: 'G ❐', shown: false });
    badgeOf(host).setSegment('channel', { outcome: 'warn', text: 'channel !', shown: true });
    expect(segmentOf(host, 'private')).toEqual({ outcome: 'direct', text: '1:1 ✓', shown: true });
    expect(segmentOf(host, 'group')).toEqual({ outcome: 'copy', text: 'G ❐', shown: false });
    expect(segmentOf(host, 'channel')).toEqual({ outcome: 'warn', text: 'channel !', shown: true });
    badgeOf(host).setSegment('group', { outcome: 'direct', text: 'G ✓', shown: true });
    badgeOf(host).setSegment('channel', { outcome: 'blocked', text: 'channel ✕', shown: false });
    expect(segmentOf(host, 'group')).toEqual({ outcome: 'direct', text: 'G ✓', shown: true });
    expect(segmentOf(host, 'channel')).toEqual({
      outcome: 'blocked',
      text: 'channel ✕',
      shown: false,
    });
    // Still nothing in the light DOM.
    expect(host.childNodes.length).toBe(0);
  });

  it('ignores scopes it does not have', () => {
    const host = new BadgeFactory(document, SCOPES).create().host;
    const before = host.getAttributeNames();
    badgeOf(host).setSegment('moments', { outcome: 'direct', text: 'M ✓', shown: true });
    expect(segmentOf(host, 'moments')).toBeNull();
    expect(host.getAttributeNames()).toEqual(before);
    expect(segmentOf(document.createElement('span'), 'private')).toBeNull();
  });

  it('sets the accessible name', () => {
    const host = new BadgeFactory(document, SCOPES).create().host;
    badgeOf(host).setLabel('WeChat: Taobao');
    expect(host.getAttribute('aria-label')).toBe('WeChat: Taobao');
    badgeOf(host).setLabel('WeChat: JD.com');
    expect(host.getAttribute('aria-label')).toBe('WeChat: JD.com');
  });

  it('adds and removes the warning mark without touching the segments or the page', () => {
    const host = new BadgeFactory(document, SCOPES).create().host;
    badgeOf(host).setSegment('private', { outcome: 'direct', text: 'P ✓', shown: true });
    const attributes = host.getAttributeNames();
    badgeOf(host).setMark('⚠');
    expect(segmentOf(host, 'private')).toEqual({ outcome: 'direct', text: 'P ✓', shown: true });
    expect(host.childNodes.length).toBe(0);
    badgeOf(host).setMark('');
    expect(host.getAttributeNames()).toEqual(attributes);
    expect(segmentOf(host, 'private')).toEqual({ outcome: 'direct', text: 'P ✓', shown: true });
    expect(Badge.of(document.createElement('span'))).toBeNull();
  });
});

describe('tooltipOf', () => {
  it('makes one tooltip per badge on first use, inside the closed shadow root', () => {
    const host = new BadgeFactory(document, SCOPES).create().host;
    document.body.append(host);
    const tip = tooltipOf(host);
    expect(tip).not.toBeNull();
    expect(tooltipOf(host)).toBe(tip);
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.isConnected).toBe(true);
    expect(host.contains(tip)).toBe(false);
    expect(document.querySelector('[role="tooltip"]')).toBeNull();
    expect(tooltipOf(document.createElement(BADGE_TAG))).toBeNull();
  });
});

describe('fillBadge', () => {
  it('shows each scope of the view with its outcome and symbol', () => {
    const host = new BadgeFactory(document, SCOPES).create().host;
    fillBadge(badgeOf(host), viewOf(URLS.taobao, '2021-11-29'), SCOPES, 'en', t);
    expect(segmentOf(host, 'private')).toEqual({
      outcome: 'direct',
      text: 'scopePrivateShort',
      shown: true,
    });
    expect(segmentOf(host, 'group')).toEqual({
      outcome: 'copy',
      text: 'scopeGroupShort',
      shown: true,
    });
    expect(host.getAttribute('aria-label')).toBe(
      'badgeLabelPrefix[WeChat|Taobao] scopePrivate: opens; scopeGroup: copy only',
    );
  });

  it('hides the segments of scopes not shown, and leaves them out of the label', () => {
    const host = new BadgeFactory(document, SCOPES).create().host;
    fillBadge(badgeOf(host), viewOf(URLS.taobao, '2021-11-29'), ['group'], 'en', t);
    expect(segmentOf(host, 'private')).toEqual({
      outcome: 'direct',
      text: 'scopePrivateShort',
      shown: false,
    });
    expect(segmentOf(host, 'group')).toEqual({
      outcome: 'copy',
      text: 'scopeGroupShort',
      shown: true,
    });
    expect(host.getAttribute('aria-label')).toBe(
      'badgeLabelPrefix[WeChat|Taobao] scopeGroup: copy only',
    );
  });

  it('puts the DOM contract on the host', () => {
    const host = new BadgeFactory(document, SCOPES).create().host;
    fillBadge(badgeOf(host), viewOf(URLS.douyinVideo, '2021-11-29'), SCOPES, 'en', t);
    expect(host.getAttribute('data-cll-platform')).toBe('douyin');
    expect(host.getAttribute('data-cll-private')).toBe('direct');
    expect(host.getAttribute('data-cll-group')).toBe('copy');
    expect(host.getAttribute('data-cll-category')).toBe('content');
  });

  it('follows a new view in place, and changes nothing when the view is the same', async () => {
    const host = new BadgeFactory(document, SCOPES).create().host;
    fillBadge(badgeOf(host), viewOf(URLS.taobao, '2020-06-01'), SCOPES, 'en', t);
    expect(segmentOf(host, 'private')?.outcome).toBe('copy');
    fillBadge(badgeOf(host), viewOf(URLS.taobao, '2023-06-01'), SCOPES, 'en', t);
    expect(segmentOf(host, 'private')?.outcome).toBe('direct');
    expect(segmentOf(host, 'group')?.outcome).toBe('direct');
    expect(host.getAttribute('data-cll-group')).toBe('direct');
    const view = viewOf(URLS.taobao, '2023-06-01');
    const records = await attributeChanges([host], () =>
      fillBadge(badgeOf(host), view, SCOPES, 'en', t),
    );
    expect(records).toEqual([]);
  });
});

describe('applyContract and removeContract', () => {
  it('sets platform, outcomes and category on a link, without needless writes', async () => {
    const link = document.createElement('a');
    link.href = URLS.jd;
    const view = viewOf(URLS.jd, '2021-11-29');
    applyContract(link, view);
    expect(link.getAttribute('data-cll-platform')).toBe('jd');
    expect(link.getAttribute('data-cll-private')).toBe('direct');
    expect(link.getAttribute('data-cll-group')).toBe('direct');
    expect(link.getAttribute('data-cll-category')).toBe('ecommerce');
    expect(await attributeChanges([link], () => applyContract(link, view))).toEqual([]);
  });

  it('says "code" as the category of a share code', () => {
    const host = new BadgeFactory(document, SCOPES).create().host;
    const view = viewOf(`复制这条${TAOBAO_CODE}到淘宝`, '2023-06-01');
    expect(view.kind).toBe('code');
    applyContract(host, view);
    expect(host.getAttribute('data-cll-category')).toBe('code');
    expect(host.getAttribute('data-cll-platform')).toBe('taobao');
  });

  it('removes exactly the contract attributes', () => {
    const link = document.createElement('a');
    link.href = URLS.taobao;
    link.className = 'deal';
    link.setAttribute('data-page', 'keep');
    // A platform's link whose text names another platform's host has every attribute.
    const mismatch = engine.mismatchWarning({
      platform: 'jd',
      claimed: 'item.jd.com',
      actualHost: 'item.taobao.com',
    });
    applyContract(link, { ...viewOf(URLS.taobao, '2021-11-29'), ...warned(mismatch) });
    for (const name of CONTRACT_ATTRIBUTES) expect(link.hasAttribute(name), name).toBe(true);
    removeContract(link);
    for (const name of CONTRACT_ATTRIBUTES) expect(link.hasAttribute(name), name).toBe(false);
    expect(link.getAttributeNames().sort()).toEqual(['class', 'data-page', 'href']);
    removeContract(link);
    expect(link.getAttributeNames().sort()).toEqual(['class', 'data-page', 'href']);
  });
});

/** An IntersectionObserver the test drives: `enter(host)` says the host came near the viewport. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly watched = new Set<Element>();
  readonly options: IntersectionObserverInit | undefined;
  constructor(
    private readonly callback: (entries: IntersectionObserverEntry[]) => void,
    options?: IntersectionObserverInit,
  ) {
    this.options = options;
    FakeObserver.last = this;
  }
  observe(target: Element): void {
    this.watched.add(target);
  }
  unobserve(target: Element): void {
    this.watched.delete(target);
  }
  disconnect(): void {
    this.watched.clear();
  }
  enter(target: Element, isIntersecting = true, size = 10): void {
    const boundingClientRect = { width: size, height: size };
    this.callback([
      { target, isIntersecting, boundingClientRect } as unknown as IntersectionObserverEntry,
    ]);
  }
}

describe('drawing near the viewport', () => {
  const scope = window as unknown as { IntersectionObserver: unknown };
  const original = scope.IntersectionObserver;
  beforeEach(() => {
    scope.IntersectionObserver = FakeObserver;
  });
  afterEach(() => {
    scope.IntersectionObserver = original;
  });

  it('keeps a badge an empty placeholder, with its name and contract, until its link comes near', () => {
    const factory = new BadgeFactory(document, SCOPES);
    const host = factory.create().host;
    const link = document.createElement('a');
    document.body.append(link, host);
    fillBadge(badgeOf(host), viewOf(URLS.taobao, '2021-11-29'), SCOPES, 'en', t);
    const observer = FakeObserver.last as FakeObserver;
    expect(observer.options?.rootMargin).toBe('100% 0px');
    expect(isDrawn(host)).toBe(false);
    // Watched from the next watchNew (the end of a pass), not one by one as they are made; an
    // undrawn badge has no box, so what is watched is the link it follows.
    expect(observer.watched.size).toBe(0);
    factory.watchNew();
    expect([...observer.watched]).toEqual([link]);
    // Everything a script or a screen reader reads is there already.
    expect(host.getAttribute('aria-label')).toContain('Taobao');
    expect(host.getAttribute('data-cll-group')).toBe('copy');
    expect(segmentOf(host, 'group')).toEqual({
      outcome: 'copy',
      text: 'scopeGroupShort',
      shown: true,
    });
    observer.enter(link, false);
    expect(isDrawn(host)).toBe(false);
    observer.enter(link);
    expect(isDrawn(host)).toBe(true);
    expect(observer.watched.size).toBe(0);
    expect(segmentOf(host, 'private')).toEqual({
      outcome: 'direct',
      text: 'scopePrivateShort',
      shown: true,
    });
    // Later changes go straight to the drawn face.
    fillBadge(badgeOf(host), viewOf(URLS.taobao, '2021-12-02'), ['private'], 'en', t);
    expect(segmentOf(host, 'group')).toEqual({
      outcome: 'direct',
      text: 'scopeGroupShort',
      shown: false,
    });
    link.remove();
    host.remove();
  });

  it('watches the element badges follow, past other badges, and the parent after a text', () => {
    const factory = new BadgeFactory(document, SCOPES);
    const observer = FakeObserver.last as FakeObserver;
    const paragraph = document.createElement('p');
    const field = document.createElement('textarea');
    const [afterText, afterField, afterThat, notYet] = [1, 2, 3, 4].map(
      () => factory.create().host,
    );
    paragraph.append('a share code', afterText as HTMLElement, field, afterField as HTMLElement);
    paragraph.append(afterThat as HTMLElement);
    document.body.append(paragraph);
    factory.watchNew();
    expect(new Set(observer.watched)).toEqual(new Set([paragraph, field]));
    // Two badges follow the field: both are drawn when it comes near.
    observer.enter(field);
    expect([isDrawn(afterField as HTMLElement), isDrawn(afterThat as HTMLElement)]).toEqual([
      true,
      true,
    ]);
    expect(isDrawn(afterText as HTMLElement)).toBe(false);
    expect(observer.watched.has(field)).toBe(false);
    // A badge not in the page yet is watched at a later watchNew, once it is.
    factory.watchNew();
    expect(observer.watched.size).toBe(1);
    paragraph.append(notYet as HTMLElement);
    factory.watchNew();
    // It follows the field too (past the two badges there).
    expect(new Set(observer.watched)).toEqual(new Set([paragraph, field]));
    observer.enter(paragraph);
    expect([isDrawn(afterText as HTMLElement), isDrawn(notYet as HTMLElement)]).toEqual([
      true,
      false,
    ]);
    observer.enter(field);
    expect(isDrawn(notYet as HTMLElement)).toBe(true);
    expect(observer.watched.size).toBe(0);
    paragraph.remove();
  });

  it('has no box until drawn, and stays undrawn (not broken) if the page took its shadow root', () => {
    const factory = new BadgeFactory(document, SCOPES);
    const host = factory.create().host;
    expect(host.style.getPropertyValue('display')).toBe('contents');
    expect(host.style.getPropertyPriority('display')).toBe('important');
    expect([host.getAttribute('role'), host.tabIndex, host.hasAttribute('data-cll-badge')]).toEqual(
      ['img', 0, true],
    );
    badgeOf(host).draw();
    expect(isDrawn(host)).toBe(true);
    expect(host.hasAttribute('style')).toBe(false);
    const taken = factory.create().host;
    fillBadge(badgeOf(taken), viewOf(URLS.taobao, '2021-11-29'), SCOPES, 'en', t);
    taken.attachShadow({ mode: 'open' });
    expect(() => badgeOf(taken).draw()).not.toThrow();
    expect(isDrawn(taken)).toBe(false);
    expect(tooltipOf(taken)).toBeNull();
    expect(taken.getAttribute('aria-label')).toContain('Taobao');
    expect(taken.getAttribute('data-cll-private')).toBe('direct');
  });

  it('draws the segments of custom scopes and the warning mark set before drawing', () => {
    const factory = new BadgeFactory(document, ['private', 'group', 'channel']);
    const host = factory.create().host;
    badgeOf(host).setSegment('channel', { outcome: 'warn', text: 'channel !', shown: true });
    badgeOf(host).setMark('⚠');
    badgeOf(host).draw();
    expect(isDrawn(host)).toBe(true);
    expect(segmentOf(host, 'channel')).toEqual({ outcome: 'warn', text: 'channel !', shown: true });
    expect(host.getAttribute('data-cll-warning')).toBe('⚠');
    badgeOf(host).draw();
    expect(segmentOf(host, 'channel')).toEqual({ outcome: 'warn', text: 'channel !', shown: true });
  });

  it('draws every badge before printing, and one at once when its tooltip is asked for', () => {
    const factory = new BadgeFactory(document, SCOPES);
    const [first, second, third] = [
      factory.create().host,
      factory.create().host,
      factory.create().host,
    ];
    document.body.append(first, second, third);
    factory.watchNew();
    tooltipOf(first);
    expect([isDrawn(first), isDrawn(second), isDrawn(third)]).toEqual([true, false, false]);
    window.dispatchEvent(new Event('beforeprint'));
    expect([isDrawn(second), isDrawn(third)]).toEqual([true, true]);
    expect((FakeObserver.last as FakeObserver).watched.size).toBe(0);
  });

  it('watches a boxless link (display: contents) through its nearest ancestor with a box', () => {
    const factory = new BadgeFactory(document, SCOPES);
    const observer = FakeObserver.last as FakeObserver;
    const card = document.createElement('article');
    const wrapper = document.createElement('div');
    wrapper.style.display = 'contents';
    const link = document.createElement('a');
    link.style.display = 'contents';
    const hidden = document.createElement('a');
    hidden.style.display = 'none';
    const [host, hiddenHost] = [factory.create().host, factory.create().host];
    wrapper.append(link, host, hidden, hiddenHost);
    card.append(wrapper);
    document.body.append(card);
    factory.watchNew();
    expect(new Set(observer.watched)).toEqual(new Set([link, hidden]));
    // First reports: neither has a box.
    observer.enter(link, false, 0);
    observer.enter(hidden, false, 0);
    expect(new Set(observer.watched)).toEqual(new Set([card, hidden]));
    observer.enter(card);
    expect(isDrawn(host)).toBe(true);
    // A hidden link's badge waits for the link to show.
    expect(isDrawn(hiddenHost)).toBe(false);
    observer.enter(hidden);
    expect(isDrawn(hiddenHost)).toBe(true);
    expect(observer.watched.size).toBe(0);
    card.remove();
  });

  it('lets go of released badges and stops watching when disconnected', () => {
    const factory = new BadgeFactory(document, SCOPES);
    const observer = FakeObserver.last as FakeObserver;
    const [first, second] = [document.createElement('a'), document.createElement('a')];
    const kept = factory.create().host;
    const released = factory.create().host;
    const alsoReleased = factory.create().host;
    document.body.append(first, kept, second, released, alsoReleased);
    factory.watchNew();
    expect(new Set(observer.watched)).toEqual(new Set([first, second]));
    factory.release(badgeOf(released));
    expect(released.isConnected).toBe(false);
    // Another badge still follows the second link.
    expect(observer.watched.has(second)).toBe(true);
    factory.release(badgeOf(alsoReleased));
    expect(observer.watched.has(second)).toBe(false);
    expect(observer.watched.has(first)).toBe(true);
    factory.disconnect();
    expect(observer.watched.size).toBe(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(isDrawn(kept)).toBe(false);
    first.remove();
    second.remove();
    kept.remove();
  });

  it('draws at once where there is no IntersectionObserver, or when asked not to wait', () => {
    expect(isDrawn(new BadgeFactory(document, SCOPES, false).create().host)).toBe(true);
    scope.IntersectionObserver = undefined;
    expect(isDrawn(new BadgeFactory(document, SCOPES).create().host)).toBe(true);
  });
});
