// @vitest-environment happy-dom
import '../content/support/dom-shims';
import { describe, expect, it } from 'vitest';
import { BadgeFactory } from '../../../src/content/badge';
import { baseHostOf } from '../../../src/content/candidate';
import type { ContentApp } from '../../../src/content/content-app';
import { LinkBadger } from '../../../src/content/link-badger';
import { findLinks } from '../../../src/content/link-finder';
import { frameItems, frameWarnings } from '../../../src/content-bridge/frame-items';
import { frameReport } from '../../../src/content-bridge/frame-report';
import { isFrameReport, MAX_REPORT_ITEMS } from '../../../src/shared/messages';
import { makeEngine, settings, t } from '../content/support/fixtures';

/** A content app that badged the current document, reading link texts. */
function badgedApp(): ContentApp {
  const engine = makeEngine();
  const current = settings({ policyDate: '2021-11-29' });
  const context = engine.policyContext(current);
  const factory = new BadgeFactory(document, context.ruleset.scopes);
  const badger = new LinkBadger(engine, context, current, 'en', t, factory);
  badger.process(findLinks(document), baseHostOf(document), true);
  badger.placeAll();
  return {
    active: true,
    linkBadger: () => badger,
    codeMarker: () => null,
  } as unknown as ContentApp;
}

describe('frameWarnings and the frame report', () => {
  it('lists the deceptive links; the items stay the platform links', () => {
    document.body.innerHTML = `
      <a href="https://xn--tabao-sce.com/item.htm?id=1">deal</a>
      <a href="https://evil.example/x">item.taobao.com/item.htm?id=2</a>
      <a href="https://item.jd.com/1.html">https://item.taobao.com/item.htm?id=3</a>
      <a href="https://item.taobao.com/item.htm?id=4">item.taobao.com/item.htm?id=4</a>`;
    const app = badgedApp();
    expect(frameWarnings(app)).toEqual([
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
    const items = frameItems(app);
    expect(items.map(({ item }) => `${item.platform} ${item.input}`)).toEqual([
      'jd https://item.jd.com/1.html',
      'taobao https://item.taobao.com/item.htm?id=4',
    ]);
    const report = frameReport(document, true, items, frameWarnings(app));
    expect(isFrameReport(report)).toBe(true);
    expect(report.warnings).toHaveLength(3);
    expect(report.truncated).toBe(false);
  });

  it('leaves the key out when there is no deceptive link, and bounds the list', () => {
    document.body.innerHTML = `<a href="https://item.taobao.com/item.htm?id=4">Taobao</a>`;
    const app = badgedApp();
    const report = frameReport(document, true, frameItems(app), frameWarnings(app));
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
