// @vitest-environment happy-dom
import '../support/dom-shims';
import { describe, expect, it } from 'vitest';
import { BadgeFactory } from '../../../../src/content/draw/badge-factory';
import { LinkBadger } from '../../../../src/content/place/link-badger';
import { ShareCodeMarker } from '../../../../src/content/place/share-code-marker';
import type { ReportSource } from '../../../../src/content/report/found';
import { answerMessage, buildFrameReport } from '../../../../src/content/report/frame-answers';
import { frameItems, frameWarnings } from '../../../../src/content/report/frame-items';
import { frameReport } from '../../../../src/content/report/frame-report';
import { baseHostOf } from '../../../../src/content/scan/link-finder';
import { isFrameReport, MAX_REPORT_ITEMS } from '../../../../src/shared/messages';
import { findLinks } from '../support/find-links';
import { makeEngine, settings, TAOBAO_CODE, t } from '../support/fixtures';

/** A badger and a marker that badged the current document (reading link texts). */
function badged() {
  const engine = makeEngine();
  const current = settings({ policyDate: '2021-11-29' });
  const context = engine.policyContext(current);
  const factory = new BadgeFactory(document, context.ruleset.scopes);
  const badger = new LinkBadger(engine, context, current, 'en', t, factory);
  badger.process(findLinks(document), baseHostOf(document), true);
  badger.placeAll();
  const marker = new ShareCodeMarker(engine, document, factory, context, current, 'en', t);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) marker.scan(text);
  for (const field of document.querySelectorAll('textarea')) marker.scan(field);
  const source: ReportSource = {
    active: true,
    links: () => badger.found(),
    codes: () => marker.found(),
  };
  return { badger, marker, source };
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('frameWarnings and the frame report', () => {
  it('lists the deceptive links; the items stay the platform links', () => {
    document.body.innerHTML = `
      <a href="https://xn--tabao-sce.com/item.htm?id=1">deal</a>
      <a href="https://evil.example/x">item.taobao.com/item.htm?id=2</a>
      <a href="https://item.jd.com/1.html">https://item.taobao.com/item.htm?id=3</a>
      <a href="https://item.taobao.com/item.htm?id=4">item.taobao.com/item.htm?id=4</a>`;
    const { badger } = badged();
    expect(frameWarnings(badger.found())).toEqual([
      {
        input: 'https://xn--tabao-sce.com/item.htm?id=1',
        type: 'lookalike',
        imitates: 'taobao',
        host: 'xn--tabao-sce.com',
        platform: null,
      },
      {
        input: 'https://evil.example/x',
        type: 'mismatch',
        imitates: 'taobao',
        host: 'evil.example',
        platform: null,
      },
      {
        input: 'https://item.jd.com/1.html',
        type: 'mismatch',
        imitates: 'taobao',
        host: 'item.jd.com',
        platform: 'jd',
      },
    ]);
    const items = frameItems(badger.found(), []);
    expect(items.map(({ item }) => `${item.platform} ${item.input}`)).toEqual([
      'jd https://item.jd.com/1.html',
      'taobao https://item.taobao.com/item.htm?id=4',
    ]);
    const report = frameReport(document, true, items, frameWarnings(badger.found()));
    expect(isFrameReport(report)).toBe(true);
    expect(report.warnings).toHaveLength(3);
    expect(report.truncated).toBe(false);
  });

  it('leaves the key out when there is no deceptive link, and bounds the list', () => {
    document.body.innerHTML = `<a href="https://item.taobao.com/item.htm?id=4">Taobao</a>`;
    const { source } = badged();
    const report = buildFrameReport(source, document);
    expect(Object.keys(report)).not.toContain('warnings');
    expect(isFrameReport(report)).toBe(true);
    const many = Array(MAX_REPORT_ITEMS + 1).fill({
      input: 'https://xn--tabao-sce.com/',
      type: 'lookalike',
      imitates: 'taobao',
      host: 'xn--tabao-sce.com',
      platform: null,
    });
    const bounded = frameReport(document, true, [], many);
    expect(bounded.warnings).toHaveLength(MAX_REPORT_ITEMS);
    expect(bounded.truncated).toBe(true);
    expect(isFrameReport(bounded)).toBe(true);
  });
});

describe('the items of a frame and what "show" flashes for each', () => {
  const PAGE = `
    <p id="text">copy ${TAOBAO_CODE} and €08skb3DzfQC€ later</p>
    <p><a id="code-link" href="https://example.com/">${TAOBAO_CODE}</a></p>
    <div><textarea id="box">€08skb3DzfQC€ 打开手机淘宝</textarea></div>
    <a id="jd" href="https://item.jd.com/1.html">JD</a>`;

  it('pairs each item with its own element: the link, or what holds the code', () => {
    document.body.innerHTML = PAGE;
    const { source } = badged();
    const items = frameItems(source.links(), source.codes());
    expect(items.map(({ item, element }) => `${item.kind} ${item.input} ${element?.id}`)).toEqual([
      'url https://item.jd.com/1.html jd',
      `code ${TAOBAO_CODE} text`,
      'code €08skb3DzfQC€ text',
      `code ${TAOBAO_CODE} code-link`,
      'code €08skb3DzfQC€ box',
    ]);
  });

  it('keeps every share code showable when the page removes one code badge', async () => {
    document.body.innerHTML = PAGE;
    const { source, marker } = badged();
    const before = frameItems(source.links(), source.codes());
    const first = byId('text').firstChild?.nextSibling as Element;
    expect(first.localName).toBe('cll-badge');
    first.remove();
    // The page watcher reports the removal; the marker puts the badge back, in its place.
    marker.badgeRemoved(first);
    expect(byId('text').firstChild?.nextSibling).toBe(first);
    expect(first.nextSibling?.nodeName).toBe('CLL-BADGE');
    const after = frameItems(source.links(), source.codes());
    expect(after).toEqual(before);
    for (const { item } of after.filter((entry) => entry.item.kind === 'code')) {
      const group = {
        kind: item.kind,
        platform: item.platform,
        scope: 'private',
        outcome: item.outcomes.private as string,
      };
      const same = after.filter(
        (entry) =>
          entry.item.kind === 'code' &&
          entry.item.platform === item.platform &&
          entry.item.outcomes.private === item.outcomes.private,
      );
      for (let ordinal = 0; ordinal < same.length; ordinal++) {
        await expect(answerMessage(source, { type: 'show-item', group, ordinal })).resolves.toEqual(
          { found: true },
        );
      }
    }
    // A second removal is the page's choice: the badge stays out, the code stays showable.
    first.remove();
    marker.badgeRemoved(first);
    expect(first.isConnected).toBe(false);
    expect(frameItems(source.links(), source.codes()).map((entry) => entry.element)).toEqual(
      before.map((entry) => entry.element),
    );
  });

  it('puts a removed second badge back after the first', () => {
    document.body.innerHTML = PAGE;
    const { marker } = badged();
    const first = byId('text').firstChild?.nextSibling as Element;
    const second = first.nextSibling as Element;
    second.remove();
    marker.badgeRemoved(second);
    expect(first.nextSibling).toBe(second);
  });

  it('leaves a badge out whose code is gone, and answers "not found" for a code whose element left', async () => {
    document.body.innerHTML = PAGE;
    const { source, marker } = badged();
    const box = byId('box');
    const badge = box.nextSibling as Element;
    box.parentElement?.remove();
    marker.badgeRemoved(badge);
    expect(badge.isConnected).toBe(false);
    const code = source.codes().find((entry) => entry.item.input === '€08skb3DzfQC€');
    expect(code).toBeDefined();
    const gone = source.codes().filter((entry) => entry.element === null);
    expect(gone).toHaveLength(1);
  });
});
