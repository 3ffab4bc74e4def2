// @vitest-environment happy-dom
import './support/dom-shims';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { baseHostOf, type LinkElement } from '../../../src/content/scan/link-finder';
import { textNamesPlatformDomain } from '../../../src/content/scan/platform-text';
import { screenLink } from '../../../src/content/scan/screen';
import { classify } from '../../../src/core/classify/classify';
import { PLATFORM_LABELS } from '../../../src/core/lookalike/lookalike-gate';
import { charactersReadAs } from '../../../src/core/lookalike/skeleton';
import { textMismatch } from '../../../src/core/lookalike/text-mismatch';
import { typoVariants } from '../../../src/core/lookalike/typo';
import { label, PLATFORM_HOSTS, pathQuery } from './support/link-arbitraries';

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
const START_URL = location.href;

afterAll(() => happyDOM.setURL(START_URL));

const screenHref = screenLink;

function isCandidateLink(link: LinkElement, baseHost: string): boolean {
  return screenLink(link, baseHost) !== null;
}

/** What the content script asks before the engine is loaded: may this link get a badge? */
function mayBadgeLink(link: LinkElement, baseHost: string, readLinkText: boolean): boolean {
  return (
    screenLink(link, baseHost) !== null ||
    (readLinkText && textNamesPlatformDomain(link.textContent ?? ''))
  );
}

function anchor(raw: string, text = ''): HTMLAnchorElement {
  const link = document.createElement('a');
  link.setAttribute('href', raw);
  link.textContent = text;
  return link;
}

describe('screenHref and screenLink: platform links, suspects, and the rest', () => {
  it('says "platform" for the links of a platform, direct or in a redirect wrapper', () => {
    happyDOM.setURL('https://example.com/');
    const base = baseHostOf(document);
    expect(screenHref('https://item.taobao.com/item.htm?id=1', base)).toBe('platform');
    expect(screenLink(anchor('https://item.jd.com/1.html'), base)).toBe('platform');
    expect(screenLink(anchor('https://www.google.com/url?q=https://m.tb.cn/h.x'), base)).toBe(
      'platform',
    );
  });

  it.each([
    'https://xn--tabao-sce.com/item.htm?id=1',
    'https://ta\u03bfbao.com/',
    'https://item.taobao.com.evil.example/x',
    'https://taobao-com.example/',
    'https://ta0bao.com/',
    'https://jd.com.cn.evil.example/',
    'https://user@XN--TABAO-SCE.COM:8443/',
    'https://tobao.com/',
    'https://tao-bao.com.cn/',
    'https://TRNALL.com/',
    'https://taobao.evil.example/',
    'https://taobao.com@evil.example/',
    'https://item.taobao.com:443@203.0.113.7/x',
    'https://%74aobao.com@evil.example/',
  ])('says "suspect" for a host that may imitate a platform domain: %s', (raw) => {
    happyDOM.setURL('https://example.com/');
    const base = baseHostOf(document);
    const link = anchor(raw);
    expect(screenLink(link, base), raw).toBe('suspect');
    expect(screenHref(link.href, base), link.href).toBe('suspect');
    // It may get a badge: the content script loads the engine for it.
    expect(isCandidateLink(link, base)).toBe(true);
  });

  it.each([
    'https://example.com/item.taobao.com',
    'https://news.example.org/',
    'https://www.google.com/url?q=https://example.org/',
    '/taobao/item.htm',
    'mailto:shop@taobao.com',
    'javascript:void(0)',
  ])('says null for an ordinary link: %s', (raw) => {
    happyDOM.setURL('https://example.com/');
    const link = anchor(raw);
    expect(screenLink(link, baseHostOf(document))).toBeNull();
    expect(isCandidateLink(link, baseHostOf(document))).toBe(false);
    expect(screenHref(link.href, baseHostOf(document))).toBeNull();
  });

  it('takes no link to the page’s own host for a suspect, relative or absolute', () => {
    happyDOM.setURL('https://xn--tabao-sce.com/list');
    const base = baseHostOf(document);
    expect(screenLink(anchor('/item.htm?id=1'), base)).toBeNull();
    expect(screenLink(anchor('https://xn--tabao-sce.com/item.htm'), base)).toBeNull();
    expect(screenLink(anchor('/a%20b'), base)).toBeNull();
    expect(screenLink(anchor('https://xn--tmal-jua.com/'), base)).toBe('suspect');
  });

  it('has no false negatives: every link classify warns about as a lookalike is a suspect', () => {
    happyDOM.setURL('https://example.com/');
    const base = baseHostOf(document);
    const confusable = fc.constantFrom('\u03bf', '\u043e', '\u0430', '\u0456', '0', '1');
    const host = fc
      .tuple(fc.constantFrom(...PLATFORM_HOSTS), fc.nat(), confusable, fc.option(label))
      .map(([platformHost, at, char, extra]) => {
        const index = at % platformHost.length;
        const swapped = `${platformHost.slice(0, index)}${char}${platformHost.slice(index + 1)}`;
        return extra === null ? swapped : `${swapped}.${extra}.example`;
      });
    const fromData = fc
      .tuple(fc.constantFrom(...PLATFORM_HOSTS), fc.nat(), fc.nat(), fc.option(label))
      .map(([platformHost, at, pick, extra]) => {
        const chars = [...platformHost];
        const index = at % chars.length;
        const options = charactersReadAs(chars[index] ?? '');
        if (options.length > 0) chars[index] = options[pick % options.length] ?? '';
        const swapped = chars.join('');
        return extra === null ? swapped : `${extra}.${swapped}`;
      });
    const typo = fc
      .tuple(
        fc.constantFrom(...PLATFORM_LABELS.filter((name) => name.length >= 5)),
        fc.nat(),
        fc.constantFrom('.com', '.cn', '.com.cn', '.net', '.evil.example'),
        fc.option(label),
      )
      .map(([name, pick, ending, sub]) => {
        const variants = typoVariants(name);
        const variant = variants[pick % variants.length]?.[1] ?? name;
        return `${sub === null ? '' : `${sub}.`}${variant}${ending}`;
      });
    const subdomain = fc
      .tuple(
        fc.constantFrom(...PLATFORM_LABELS),
        fc.option(label),
        fc.constantFrom('evil.example', 'a.example.com'),
      )
      .map(([name, sub, site]) => `${sub === null ? '' : `${sub}.`}${name}.${site}`);
    const userinfo = fc
      .tuple(
        fc.constantFrom(...PLATFORM_HOSTS, ...PLATFORM_LABELS),
        fc.constantFrom('', ':443', ':x', '.'),
        fc.constantFrom('evil.example', '203.0.113.7', 'a.b.example'),
      )
      .map(([name, tail, site]) => `${name}${tail}@${site}`);
    let warned = 0;
    fc.assert(
      fc.property(
        fc.oneof(host, fromData, typo, subdomain, userinfo),
        pathQuery,
        (target, path) => {
          const link = anchor(`https://${target}${path}`);
          const result = classify(link.href, undefined, { warnings: true });
          if (!result.warnings?.length) return;
          warned += 1;
          expect(screenLink(link, base), link.href).toBe('suspect');
          expect(mayBadgeLink(link, base, false)).toBe(true);
        },
      ),
      { numRuns: 4000 },
    );
    expect(warned).toBeGreaterThan(2000);
  });
});

describe('textNamesPlatformDomain: the text check run once over a page', () => {
  it.each([
    'item.taobao.com/item.htm?id=1',
    'Buy it on TAOBAO.COM today',
    'https://m.tb.cn/h.abc',
    'see b23.tv/xyz',
    'https%3A%2F%2Fitem.jd.com%2F1.html',
    '\uff49\uff54\uff45\uff4d\uff0e\uff54\uff41\uff4f\uff42\uff41\uff4f\uff0e\uff43\uff4f\uff4d',
    'taobao\uff0ecom',
    '\ud835\udc2d\ud835\udc1a\ud835\udc28\ud835\udc1b\ud835\udc1a\ud835\udc28.com',
    '复制链接 detail.tmall.com/item.htm?id=2 打开',
    'mytaobao.com',
  ])('is true for %s', (text) => {
    expect(textNamesPlatformDomain(text)).toBe(true);
  });

  it.each([
    '',
    'Taobao',
    '淘宝 天猫 京东',
    'example.com and github.io',
    'taobao. Com',
    'taobao com',
    'Prices are not codes: ¥199.00, US$59.',
    'item.taobao.net',
  ])('is false for %s', (text) => {
    expect(textNamesPlatformDomain(text)).toBe(false);
  });

  it('has no false negatives: true for every text textMismatch reports', () => {
    const fullwidth = (text: string) =>
      [...text].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    const spelled = fc
      .tuple(fc.constantFrom(...PLATFORM_HOSTS), fc.nat())
      .chain(([host, seed]) =>
        fc.constantFrom(host, host.toUpperCase(), fullwidth(host), seed % 2 ? `${host}.` : host),
      );
    const text = fc
      .tuple(
        fc.constantFrom('', 'Buy on ', '点击 ', '(', 'see: '),
        fc.constantFrom('', 'https://', 'http://', '//'),
        spelled,
        pathQuery,
        fc.constantFrom('', ' now', '。', ')'),
        fc.string({ maxLength: 20 }),
      )
      .map((parts) => parts.join(''));
    let reported = 0;
    fc.assert(
      fc.property(text, (linkText) => {
        if (textMismatch(linkText, 'https://evil.example/') === null) return;
        reported += 1;
        expect(textNamesPlatformDomain(linkText), linkText).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(reported).toBeGreaterThan(800);
  });

  it('is mostly false for ordinary text', () => {
    let named = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.lorem({ maxCount: 30 }), fc.domain(), (words, domain) => {
        runs += 1;
        if (textNamesPlatformDomain(`${words} ${domain} ${words}`)) named += 1;
      }),
      { numRuns: 2000 },
    );
    expect(named / runs).toBeLessThan(0.02);
  });

  it('reads a long page text in one linear pass', () => {
    const page =
      'Nothing to see on example.com. Prices ¥199.00, 我们的商品很好，欢迎购买！ '.repeat(20_000);
    const started = performance.now();
    expect(textNamesPlatformDomain(page)).toBe(false);
    expect(textNamesPlatformDomain(`${page} item.jd.com`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('mayBadgeLink: whether the content script needs the engine for a link', () => {
  it('is true for candidates and suspects, and for platform domains in the text when asked', () => {
    happyDOM.setURL('https://example.com/');
    const base = baseHostOf(document);
    expect(mayBadgeLink(anchor('https://item.jd.com/1.html'), base, false)).toBe(true);
    expect(mayBadgeLink(anchor('https://xn--tabao-sce.com/'), base, false)).toBe(true);
    const mismatch = anchor('https://evil.example/', 'item.taobao.com/item.htm?id=1');
    expect(mayBadgeLink(mismatch, base, false)).toBe(false);
    expect(mayBadgeLink(mismatch, base, true)).toBe(true);
    expect(mayBadgeLink(anchor('https://evil.example/', 'Taobao'), base, true)).toBe(false);
  });
});
