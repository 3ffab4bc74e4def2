// @vitest-environment happy-dom
import './support/dom-shims';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { baseHostOf, type LinkElement } from '../../../src/content/scan/link-finder';
import { screenLink } from '../../../src/content/scan/screen';
import { classify } from '../../../src/core/classify/classify';
import { TABLE_DOMAINS } from '../../../src/core/classify/known-host';
import { anyLink, asHref, rawHref } from './support/link-arbitraries';

/** Whether the pre-filter takes a resolved href for a platform's link (or a wrapper around one). */
function isCandidateHref(href: string): boolean {
  return screenLink(href, '') === 'platform';
}

/** Whether the pre-filter lets a link element through (a platform's link or a suspect). */
function isCandidateLink(link: LinkElement, baseHost: string): boolean {
  return screenLink(link, baseHost) !== null;
}

describe('isCandidateHref: the pre-filter run on every link', () => {
  it.each([
    'https://item.taobao.com/item.htm?id=1',
    'https://taobao.com/',
    'http://m.tb.cn/h.3n52vLA?tk=x',
    'https://item.jd.com/100.html',
    'https://mobile.yangkeduo.com/goods.html?goods_id=1',
    'https://www.douyin.com/video/1',
    'https://www.xiaohongshu.com/explore/1',
    'https://b23.tv/abc',
  ])('is true for the platform link %s', (href) => {
    expect(isCandidateHref(href)).toBe(true);
  });

  it('is true whatever the case of the host, and with trailing dots', () => {
    expect(isCandidateHref('https://ITEM.TAOBAO.COM/item.htm')).toBe(true);
    expect(isCandidateHref('https://Item.Jd.Com/1.html')).toBe(true);
    expect(isCandidateHref('https://item.taobao.com./item.htm')).toBe(true);
    expect(isCandidateHref('https://item.taobao.com../item.htm')).toBe(true);
    expect(isCandidateHref('https://JD.COM.')).toBe(true);
  });

  it('reads the host past user info and port', () => {
    expect(isCandidateHref('https://user:pw@item.jd.com:8443/1.html')).toBe(true);
    expect(isCandidateHref('https://item.jd.com@example.com/1.html')).toBe(false);
    expect(isCandidateHref('https://example.com:443@item.jd.com/')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'https://www.example.org/taobao',
    'https://news.ycombinator.com/item?id=1',
    'https://github.com/',
    'https://127.0.0.1/',
    'https://[::1]/',
    'https://nottaobao.com/',
    'https://taobao.com.cn/',
    'https://jd.co/',
  ])('is false for the ordinary link %s', (href) => {
    expect(isCandidateHref(href)).toBe(false);
  });

  it('is false for look-alike hosts that merely start with a platform host', () => {
    expect(isCandidateHref('https://item.taobao.com.evil.example/x')).toBe(false);
    expect(isCandidateHref('https://jd.com.example.net/')).toBe(false);
    expect(isCandidateHref('https://taobao.com-shop.example/')).toBe(false);
  });

  it('is false for schemes other than http and https, and for empty input', () => {
    expect(isCandidateHref('')).toBe(false);
    expect(isCandidateHref('ftp://item.taobao.com/x')).toBe(false);
    expect(isCandidateHref('mailto:shop@taobao.com')).toBe(false);
    expect(isCandidateHref('javascript:location="https://item.taobao.com"')).toBe(false);
    expect(isCandidateHref('weixin://dl/chat')).toBe(false);
    expect(isCandidateHref('taobaox://item?id=1')).toBe(false);
    expect(isCandidateHref('https://')).toBe(false);
  });

  it("is true for a platform's app link, whatever the case of its scheme", () => {
    expect(isCandidateHref('taobao://item.taobao.com/item.htm?id=1')).toBe(true);
    expect(isCandidateHref('openApp.jdMobile://virtual?params=%7B%7D')).toBe(true);
    expect(isCandidateHref('KWAI://profile/1')).toBe(true);
  });

  it('takes a wrapper host only when its address names a platform domain', () => {
    const target = encodeURIComponent('https://item.taobao.com/item.htm?id=1');
    expect(isCandidateHref(`https://www.google.com/url?q=${target}`)).toBe(true);
    expect(isCandidateHref('https://www.google.co.jp/url?q=https://m.tb.cn/h.x')).toBe(true);
    expect(isCandidateHref(`https://l.facebook.com/l.php?u=${target}`)).toBe(true);
    expect(isCandidateHref('https://weixin110.qq.com/?url=https%3A%2F%2Fitem.jd.com%2F1')).toBe(
      true,
    );
    expect(isCandidateHref('https://www.google.com/url?q=https%3A%2F%2Fexample.com%2F')).toBe(
      false,
    );
    expect(isCandidateHref('https://www.google.com/search?q=running+shoes')).toBe(false);
    expect(isCandidateHref('https://www.google.co.uk/')).toBe(false);
    expect(isCandidateHref('https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com')).toBe(false);
    expect(isCandidateHref('https://www.youtube.com/watch?v=abc')).toBe(false);
    expect(isCandidateHref('https://www.zhihu.com/question/1')).toBe(false);
  });

  it("passes over a wrapper domain's hosts that none of its routes serves, whatever they name", () => {
    const named = 'target=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1';
    // Only link.zhihu.com wraps; www.zhihu.com and zhihu.com never carry a target.
    expect(isCandidateHref(`https://link.zhihu.com/?${named}`)).toBe(true);
    expect(isCandidateHref(`https://www.zhihu.com/question/1?${named}`)).toBe(false);
    expect(isCandidateHref(`https://zhihu.com/?${named}`)).toBe(false);
    expect(classify(`https://www.zhihu.com/question/1?${named}`).platform).toBeNull();
    // Weibo's route is a path on any host of its domain: every host may still wrap.
    expect(isCandidateHref('https://weibo.com/sinaurl?u=https%3A%2F%2Fitem.jd.com%2F1.html')).toBe(
      true,
    );
    expect(
      isCandidateHref('https://m.weibo.com/sinaurl?u=https%3A%2F%2Fitem.jd.com%2F1.html'),
    ).toBe(true);
    // Any Google host may wrap (google.<suffix>/url).
    expect(isCandidateHref('https://maps.google.de/url?q=https://m.tb.cn/h.x')).toBe(true);
  });
});

describe('isCandidateHref has no false negatives against classify', () => {
  it('is true for every href that classify maps to a platform (direct and wrapped links)', () => {
    let platformHits = 0;
    let runs = 0;
    fc.assert(
      fc.property(anyLink, (url) => {
        const href = asHref(url);
        if (href === null) return;
        runs += 1;
        const result = classify(href);
        if (result.kind !== 'url' && result.kind !== 'app') return;
        platformHits += 1;
        expect(isCandidateHref(href), `${href} is ${result.platform}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The generators must mostly reach platforms, or the property says little.
    expect(platformHits).toBeGreaterThan(runs / 2);
  });

  it('is false for web URLs whose host lies under no platform or wrapper domain', () => {
    const tails = [...TABLE_DOMAINS];
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => {
        const href = asHref(url);
        if (href === null) return;
        const host = new URL(href).hostname;
        fc.pre(
          !tails.some((d) => host === d || host.endsWith(`.${d}`)) && !host.includes('google'),
        );
        expect(isCandidateHref(href)).toBe(false);
        expect(classify(href).kind).toBe('none');
      }),
      { numRuns: 500 },
    );
  });
});

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
const START_URL = location.href;

afterAll(() => happyDOM.setURL(START_URL));

function anchor(raw: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.setAttribute('href', raw);
  return link;
}

describe('baseHostOf', () => {
  it('is the lower-case host of the document address', () => {
    happyDOM.setURL('https://Shop.Example.COM:8443/list?page=2');
    expect(baseHostOf(document)).toBe('shop.example.com');
    happyDOM.setURL('https://www.taobao.com/');
    expect(baseHostOf(document)).toBe('www.taobao.com');
  });
});

describe('isCandidateLink: the pre-filter on a link element', () => {
  it('judges plain absolute addresses by their host', () => {
    happyDOM.setURL('https://example.com/');
    const base = baseHostOf(document);
    expect(isCandidateLink(anchor('https://item.taobao.com/item.htm?id=1'), base)).toBe(true);
    expect(isCandidateLink(anchor('https://ITEM.JD.COM/1.html'), base)).toBe(true);
    expect(isCandidateLink(anchor('http://m.tb.cn:80/h.x'), base)).toBe(true);
    expect(isCandidateLink(anchor('https://example.org/item.taobao.com'), base)).toBe(false);
    // Not a platform's, but it may imitate one: it may get a warning badge.
    expect(isCandidateLink(anchor('https://item.taobao.com.evil.example/'), base)).toBe(true);
    expect(isCandidateLink(anchor('https://evil.example/item.taobao.com'), base)).toBe(false);
    expect(
      isCandidateLink(anchor('https://www.google.com/url?q=https://item.jd.com/1'), base),
    ).toBe(true);
    expect(isCandidateLink(anchor('https://www.google.com/url?q=https://example.org/'), base)).toBe(
      false,
    );
  });

  it('judges relative addresses by the host they resolve against', () => {
    happyDOM.setURL('https://example.com/page');
    expect(isCandidateLink(anchor('/item.htm?id=1'), baseHostOf(document))).toBe(false);
    expect(isCandidateLink(anchor('//item.jd.com/1.html'), baseHostOf(document))).toBe(true);
    happyDOM.setURL('https://www.taobao.com/list/');
    expect(isCandidateLink(anchor('/item.htm?id=1'), baseHostOf(document))).toBe(true);
    expect(isCandidateLink(anchor('item.htm'), baseHostOf(document))).toBe(true);
    expect(isCandidateLink(anchor('//example.com/'), baseHostOf(document))).toBe(false);
  });

  it('lets the URL parser read what it would repair: case, white space, backslashes, escapes', () => {
    happyDOM.setURL('http://example.com/');
    const base = baseHostOf(document);
    for (const raw of [
      ' https://item.jd.com/1.html',
      'HTTPS://item.jd.com/1.html',
      'https:item.jd.com/1.html',
      'https://item.j\td.com/1.html',
      'https:\\\\item.jd.com\\1.html',
      'https://user@item.jd.com/',
      'https://item.%6Ad.com/1.html',
      '\u0001https://item.jd.com/1.html',
    ]) {
      const link = anchor(raw);
      expect(classify(link.href).platform, `${JSON.stringify(raw)} → ${link.href}`).toBe('jd');
      expect(isCandidateLink(link, base), JSON.stringify(raw)).toBe(true);
    }
  });

  it('reads SVG links through their resolved target', () => {
    happyDOM.setURL('https://example.com/');
    const svgLink = document.createElementNS('http://www.w3.org/2000/svg', 'a');
    svgLink.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'https://item.jd.com/1');
    expect(isCandidateLink(svgLink as unknown as SVGAElement, baseHostOf(document))).toBe(true);
    svgLink.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'https://example.org/');
    expect(isCandidateLink(svgLink as unknown as SVGAElement, baseHostOf(document))).toBe(false);
  });

  // Pages on a plain site, on a platform, and on a redirect wrapper.
  const PAGES = [
    'https://example.com/dir/page.html?x=1',
    'https://www.taobao.com/list/',
    'https://news.example.org/',
    'https://www.google.com/search?q=shoes',
  ];

  it('has no false negatives: true whenever classify maps the resolved href to a platform', () => {
    let hits = 0;
    fc.assert(
      fc.property(fc.constantFrom(...PAGES), rawHref, (page, raw) => {
        happyDOM.setURL(page);
        const link = anchor(raw);
        const result = classify(link.href);
        if (result.kind !== 'url' && result.kind !== 'app') return;
        hits += 1;
        expect(
          isCandidateLink(link, baseHostOf(document)),
          `${JSON.stringify(raw)} on ${page} → ${link.href}`,
        ).toBe(true);
        expect(isCandidateHref(link.href)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(hits).toBeGreaterThan(250);
  });
});
