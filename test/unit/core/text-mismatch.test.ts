import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LINK_TEXT_LENGTH,
  mismatchWarning,
  textMismatch,
} from '../../../src/core/lookalike/text-mismatch';
import { platformLink } from './support/link-arbitraries';

const google = (url: string) => `https://www.google.com/url?q=${encodeURIComponent(url)}`;

describe('textMismatch: text naming a platform host on a link that goes elsewhere', () => {
  it.each([
    [
      'item.taobao.com/item.htm?id=1',
      'https://evil.example/x',
      'taobao',
      'item.taobao.com',
      'evil.example',
    ],
    [
      'Buy on item.taobao.com',
      'https://evil.example/x',
      'taobao',
      'item.taobao.com',
      'evil.example',
    ],
    [
      '  https://item.taobao.com/item.htm?id=1  ',
      'https://item.taobao.com.evil.example/item.htm?id=1',
      'taobao',
      'item.taobao.com',
      'item.taobao.com.evil.example',
    ],
    ['HTTPS://ITEM.JD.COM/1.html', 'http://1.2.3.4/', 'jd', 'item.jd.com', '1.2.3.4'],
    ['taobao.com', 'https://item.jd.com/1.html', 'taobao', 'taobao.com', 'item.jd.com'],
    ['taobao.com', 'https://taοbao.com/', 'taobao', 'taobao.com', 'xn--tabao-sce.com'],
    [
      'ｉｔｅｍ．ｔａｏｂａｏ．ｃｏｍ',
      'https://evil.example/',
      'taobao',
      'item.taobao.com',
      'evil.example',
    ],
    ['淘宝 m.tb.cn/h.abc 点击', 'https://evil.example/', 'taobao', 'm.tb.cn', 'evil.example'],
    [
      'item.taobao.com',
      google('https://evil.example/x'),
      'taobao',
      'item.taobao.com',
      'evil.example',
    ],
    [
      'item.taobao.com',
      'https://weixin110.qq.com/',
      'taobao',
      'item.taobao.com',
      'weixin110.qq.com',
    ],
  ])('%j on %s: claims %s (%s), goes to %s', (text, href, platform, claimed, actualHost) => {
    expect(textMismatch(text, href)).toEqual({ platform, claimed, actualHost });
  });

  it.each([
    ['the link goes to the host named', 'item.taobao.com', 'https://item.taobao.com/item.htm?id=1'],
    ['a short link of the same platform', 'taobao.com', 'https://m.tb.cn/h.abc'],
    [
      'a short link shared by the owner’s platforms',
      'detail.tmall.com/item.htm?id=2',
      'https://m.tb.cn/h.abc',
    ],
    ['another platform of the same owner', 'taobao.com', 'https://detail.1688.com/offer/1.html'],
    [
      'a wrapper whose target is the host named',
      'item.taobao.com',
      google('https://item.taobao.com/item.htm?id=1'),
    ],
    ['one of several platforms named', 'taobao.com or jd.com', 'https://item.jd.com/1.html'],
    ['the platform name without a domain', 'Taobao', 'https://evil.example/'],
    ['the platform name in Chinese', '淘宝', 'https://evil.example/'],
    ['no platform host in the text', 'example.org', 'https://evil.example/'],
    ['a lookalike host in the text', 'item.taobao.com.evil.example', 'https://evil.example/'],
    [
      'a host in the path of a text URL',
      'https://evil.example/item.taobao.com',
      'https://other.example/',
    ],
    ['a script link', 'item.taobao.com', 'javascript:void(0)'],
    ['a mail link', 'item.taobao.com', 'mailto:a@item.taobao.com'],
    ['a link that does not parse', 'item.taobao.com', 'not a url'],
    ['empty text and link', '', ''],
  ])('nothing for %s', (_what, text, href) => {
    expect(textMismatch(text, href)).toBeNull();
  });

  it('reads at most MAX_LINK_TEXT_LENGTH characters of text', () => {
    const padding = 'x'.repeat(MAX_LINK_TEXT_LENGTH);
    expect(textMismatch(`${padding} item.taobao.com`, 'https://evil.example/')).toBeNull();
    expect(textMismatch(`item.taobao.com ${padding}`, 'https://evil.example/')).not.toBeNull();
  });

  it('turns a mismatch into the warning classifications carry', () => {
    const mismatch = textMismatch('item.taobao.com', 'https://evil.example/');
    expect(mismatch).not.toBeNull();
    if (mismatch === null) return;
    expect(mismatchWarning(mismatch)).toEqual({
      type: 'mismatch',
      claimed: 'taobao',
      claimedHost: 'item.taobao.com',
      actualHost: 'evil.example',
    });
  });
});

describe('textMismatch: properties', () => {
  it('never throws, for any text and link', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.constantFrom('item.taobao.com', 'https://m.tb.cn/h.x', 'javascript:', '\ud800', '.'),
    );
    fc.assert(
      fc.property(text, text, (linkText, href) => {
        const result = textMismatch(linkText, href);
        if (result !== null) expect(typeof result.actualHost).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('reports nothing when the text is the link itself, bare or wrapped', () => {
    fc.assert(
      fc.property(platformLink, ({ url }) => {
        expect(textMismatch(url, url)).toBeNull();
        expect(textMismatch(url, google(url))).toBeNull();
        expect(textMismatch(url.replace('https://', ''), url)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('reports a platform link’s text on a link to an ordinary host', () => {
    fc.assert(
      fc.property(platformLink, ({ platform, host, url }) => {
        expect(textMismatch(url, 'https://evil.example/')).toEqual({
          platform,
          claimed: host,
          actualHost: 'evil.example',
        });
      }),
      { numRuns: 500 },
    );
  });
});
