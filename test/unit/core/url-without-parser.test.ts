import { describe, expect, it } from 'vitest';
import {
  pathnameAt,
  serialisedWebUrl,
  simpleHost,
  webSchemeLength,
} from '../../../src/core/classify/url-without-parser';

describe('url-without-parser', () => {
  it('webSchemeLength spots http: and https: in any case', () => {
    expect(webSchemeLength('http://a')).toBe(4);
    expect(webSchemeLength('HtTpS://a')).toBe(5);
    expect(webSchemeLength('https//a')).toBe(0);
    expect(webSchemeLength('httpx:')).toBe(0);
    expect(webSchemeLength('ftp://a')).toBe(0);
    expect(webSchemeLength('')).toBe(0);
  });

  it('simpleHost returns plain hosts only', () => {
    expect(simpleHost('https://Item.TaoBao.com/x', 5)).toBe('item.taobao.com');
    expect(simpleHost('http://a-b.example.org?q', 4)).toBe('a-b.example.org');
    expect(simpleHost('https://a.com#x', 5)).toBe('a.com');
    expect(simpleHost('https://a.com', 5)).toBe('a.com');
    for (const url of [
      'https://a.com:8080/',
      'https://u@a.com/',
      'https://a%2Ecom/',
      'https://a.com./',
      'https://127.0.0.1/',
      'https://a.0x7f/',
      'https:///a.com',
      'https:a.com',
      'https://ａ.com/',
      'https:\\\\a.com',
      // Punycode: the parser decodes and checks it, and rejects some ("xn--0").
      'https://xn--0.taobao.com/url',
      'https://a.XN--tabao-sce.com/',
      'https://xn--tabao-sce.com/',
    ]) {
      expect(simpleHost(url, 5), url).toBeNull();
    }
  });

  it('serialisedWebUrl writes down links already in WHATWG form, and only those', () => {
    const serialised = (url: string) => {
      const scheme = url.startsWith('https') ? 5 : 4;
      const host = simpleHost(url, scheme);
      return host === null ? null : serialisedWebUrl(url, scheme, host.length);
    };
    for (const url of [
      'https://item.taobao.com/item.htm?id=1',
      'http://m.tb.cn/h.3n52vLA?tk=x#frag',
      'https://a.com',
      'https://a.com?q=1',
      'https://a.com#x',
      'https://a.com//x/%41/%zz/a.b',
    ]) {
      expect(serialised(url), url).toBe(new URL(url).href);
    }
    for (const url of [
      'HTTPS://a.com/',
      'https://A.com/',
      'https://a.com/./x',
      'https://a.com/x/..',
      'https://a.com/%2e%2E/',
      'https://a.com/a b',
      'https://a.com/é',
      'https://a.com/a\\b',
      "https://a.com/?q='",
      'https://a.com/`{|}^<>"',
    ]) {
      expect(serialised(url), url).toBeNull();
    }
  });

  it('pathnameAt reads the path up to the query or fragment', () => {
    expect(pathnameAt('https://a.com/x/y?q#f', 13)).toBe('/x/y');
    expect(pathnameAt('https://a.com/#f', 13)).toBe('/');
  });
});
