import { describe, expect, it } from 'vitest';
import {
  knownDomainOf,
  mightBeKnownHost,
  TABLE_DOMAINS,
} from '../../../src/core/classify/known-host';
import { GOOGLE_FAMILY } from '../../../src/core/classify/wrapper';

describe('mightBeKnownHost', () => {
  it('is true for every table domain and its subdomains', () => {
    expect(TABLE_DOMAINS.size).toBeGreaterThan(20);
    for (const domain of TABLE_DOMAINS) {
      expect(mightBeKnownHost(domain), domain).toBe(true);
      expect(mightBeKnownHost(`www.${domain}`), domain).toBe(true);
      expect(mightBeKnownHost(`a.b.c.${domain}`), domain).toBe(true);
    }
  });

  it('is true for the Google family', () => {
    for (const host of [
      'google.com',
      'www.google.com',
      'www.google.com.hk',
      'google.co.jp',
      'www.google.de',
    ]) {
      expect(mightBeKnownHost(host), host).toBe(true);
    }
  });

  it('accepts trailing dots and upper case', () => {
    expect(mightBeKnownHost('item.taobao.com.')).toBe(true);
    expect(mightBeKnownHost('ITEM.TAOBAO.COM')).toBe(true);
    expect(mightBeKnownHost('WWW.GOOGLE.CO.JP..')).toBe(true);
  });

  it('is false for ordinary hosts and lookalikes', () => {
    for (const host of [
      'example.com',
      'www.example.com',
      'news.bbc.co.uk',
      'github.com',
      'en.wikipedia.org',
      'item.taobao.com.evil.example',
      'evil-taobao.com',
      'taobao.com.cn',
      'localhost',
      '',
      '.',
      'com',
      '127.0.0.1',
      '[::1]',
    ]) {
      expect(mightBeKnownHost(host), host).toBe(false);
    }
  });
});

describe('knownDomainOf', () => {
  it('returns the table domain under which a lower-case host lies', () => {
    expect(knownDomainOf('item.taobao.com')).toBe('taobao.com');
    expect(knownDomainOf('m.tb.cn')).toBe('tb.cn');
    expect(knownDomainOf('weixin110.qq.com')).toBe('qq.com');
    expect(knownDomainOf('www.google.com.hk')).toBe(GOOGLE_FAMILY);
    expect(knownDomainOf('google.qq.com')).toBe('qq.com');
    expect(knownDomainOf('example.com')).toBeNull();
  });
});
