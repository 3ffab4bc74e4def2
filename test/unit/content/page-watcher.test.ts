// @vitest-environment happy-dom
import './support/dom-shims';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadgeFactory } from '../../../src/content/draw/badge-factory';
import { PageWatcher } from '../../../src/content/scan/page-watcher';
import { settle } from './support/settle';

interface Seen {
  changed: Node[][];
  badgeRemoved: Element[];
  removed: number;
}

let watcher: PageWatcher;
let seen: Seen;

beforeEach(() => {
  document.body.innerHTML =
    '<main id="main"><a id="link" href="https://example.com/">x</a><p id="text">hello</p></main>';
  seen = { changed: [], badgeRemoved: [], removed: 0 };
  watcher = new PageWatcher({
    changed: (nodes) => seen.changed.push(nodes),
    badgeRemoved: (host) => seen.badgeRemoved.push(host),
    removed: () => {
      seen.removed += 1;
    },
  });
});

afterEach(() => watcher.disconnect());

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const changedNodes = () => seen.changed.flat();

describe('PageWatcher', () => {
  it('reports added subtrees by their root, in one call per batch of mutations', async () => {
    watcher.watch(document);
    const card = document.createElement('section');
    card.innerHTML = '<a href="https://item.jd.com/1.html">deal</a>';
    const second = document.createElement('div');
    byId('main').append(card, second);
    await settle();
    expect(seen.changed).toEqual([[card, second]]);
    expect(seen.removed).toBe(0);
  });

  it('reports links whose href changes, and no other attribute change', async () => {
    watcher.watch(document);
    const link = byId('link');
    link.setAttribute('href', 'https://item.taobao.com/1');
    await settle();
    expect(seen.changed).toEqual([[link]]);
    link.setAttribute('title', 'x');
    link.className = 'deal';
    byId('text').setAttribute('href', 'https://item.jd.com/');
    await settle();
    expect(seen.changed).toHaveLength(1);
    link.removeAttribute('href');
    await settle();
    expect(seen.changed).toEqual([[link], [link]]);
  });

  it('reports texts whose content changes', async () => {
    watcher.watch(document);
    const text = byId('text').firstChild as Text;
    text.data = 'now with ￥MDGGba1MLQh￥';
    await settle();
    expect(changedNodes()).toEqual([text]);
  });

  it('does not report our own badge hosts as added, but does report page elements of that name', async () => {
    watcher.watch(document);
    const factory = new BadgeFactory(document, ['private', 'group']);
    const host = factory.create().host;
    byId('link').after(host);
    await settle();
    expect(seen.changed).toEqual([]);
    const impostor = document.createElement('cll-badge');
    byId('main').append(impostor);
    await settle();
    expect(changedNodes()).toEqual([impostor]);
  });

  it('tells when one of our badge hosts leaves the page, and when anything is removed', async () => {
    const host = new BadgeFactory(document, ['private', 'group']).create().host;
    byId('link').after(host);
    watcher.watch(document);
    host.remove();
    await settle();
    expect(seen.badgeRemoved).toEqual([host]);
    expect(seen.removed).toBe(1);
    byId('text').remove();
    await settle();
    expect(seen.badgeRemoved).toEqual([host]);
    expect(seen.removed).toBe(2);
    expect(seen.changed).toEqual([]);
  });

  it('sees inside an open shadow root only once that root is watched', async () => {
    const shadowHost = document.createElement('shop-card');
    document.body.append(shadowHost);
    const shadow = shadowHost.attachShadow({ mode: 'open' });
    watcher.watch(document);
    const early = document.createElement('a');
    early.href = 'https://item.jd.com/1.html';
    shadow.append(early);
    await settle();
    expect(changedNodes()).not.toContain(early);
    expect(watcher.isWatching(shadow)).toBe(false);

    watcher.watch(shadow);
    expect(watcher.isWatching(shadow)).toBe(true);
    const late = document.createElement('a');
    late.href = 'https://item.jd.com/2.html';
    shadow.append(late);
    early.setAttribute('href', 'https://item.taobao.com/1');
    await settle();
    expect(changedNodes()).toEqual([late, early]);
  });

  it('watches each root once, however often it is asked to', async () => {
    watcher.watch(document);
    watcher.watch(document);
    expect(watcher.isWatching(document)).toBe(true);
    const added = document.createElement('div');
    document.body.append(added);
    await settle();
    expect(seen.changed).toEqual([[added]]);
  });

  it('reports nothing after disconnect', async () => {
    watcher.watch(document);
    watcher.disconnect();
    expect(watcher.isWatching(document)).toBe(false);
    document.body.append(document.createElement('div'));
    byId('link').setAttribute('href', 'https://item.jd.com/');
    byId('text').remove();
    await settle();
    expect(seen).toEqual({ changed: [], badgeRemoved: [], removed: 0 });
  });

  it('does not see what it is told to do quietly, but still sees the page before and after', async () => {
    watcher.watch(document);
    const before = document.createElement('div');
    document.body.append(before);
    const ours = document.createElement('span');
    const link = byId('link');
    watcher.quietly(() => {
      byId('main').append(ours);
      link.setAttribute('href', 'https://item.jd.com/9.html');
    });
    const after = document.createElement('p');
    document.body.append(after);
    await settle();
    expect(changedNodes()).toEqual([before, after]);
    // The page's change before the quiet part came first, in its own batch.
    expect(seen.changed[0]).toEqual([before]);
  });

  it('watches on after a quiet change that throws', async () => {
    watcher.watch(document);
    expect(() =>
      watcher.quietly(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    const added = document.createElement('div');
    document.body.append(added);
    await settle();
    expect(changedNodes()).toEqual([added]);
  });
});
