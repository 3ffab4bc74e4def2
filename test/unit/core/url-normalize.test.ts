import { describe, expect, it } from 'vitest';
import {
  isIpHostname,
  isNonWebLink,
  schemeOf,
  tidyWebUrl,
} from '../../../src/core/classify/url-normalize';

describe('url-normalize', () => {
  it('schemeOf reads a leading scheme', () => {
    expect(schemeOf('HTTPS://x')).toBe('https');
    expect(schemeOf('javascript:alert(1)')).toBe('javascript');
    expect(schemeOf('item.taobao.com:443/x')).toBe('item.taobao.com');
    expect(schemeOf('/x:y')).toBeNull();
    expect(schemeOf('1abc:x')).toBeNull();
    expect(schemeOf('￥abc')).toBeNull();
    expect(schemeOf(`${'a'.repeat(100)}:x`)).toBeNull();
  });

  it('isNonWebLink knows the non-web schemes', () => {
    expect(isNonWebLink('javascript:x', 'javascript')).toBe(true);
    expect(isNonWebLink('taobao://x', 'taobao')).toBe(true);
    expect(isNonWebLink('code:￥x', 'code')).toBe(false);
    expect(isNonWebLink('https://x', 'https')).toBe(false);
    expect(isNonWebLink('a.b://x', 'a.b')).toBe(false);
  });

  it('isIpHostname spots serialised IPv4 and IPv6 hosts', () => {
    expect(isIpHostname('127.0.0.1')).toBe(true);
    expect(isIpHostname('[::1]')).toBe(true);
    expect(isIpHostname('a1.com')).toBe(false);
    expect(isIpHostname('')).toBe(false);
  });

  it('tidyWebUrl drops user info and trailing dots', () => {
    const url = new URL('https://u:p@item.taobao.com../x');
    expect(tidyWebUrl(url)).toBe('item.taobao.com');
    expect(url.href).toBe('https://item.taobao.com/x');
  });
});
