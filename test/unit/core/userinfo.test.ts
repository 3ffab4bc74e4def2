import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { userinfoLookalike } from '../../../src/core/classify/userinfo';

describe('userinfoLookalike: the user-info trick', () => {
  it.each([
    ['https://taobao.com@evil.example/', 'taobao', 'taobao.com'],
    ['https://item.taobao.com@evil.example/item.htm?id=1', 'taobao', 'taobao.com'],
    ['https://item.jd.com:443@evil.example/', 'jd', 'jd.com'],
    ['https://www.tmall.com.@203.0.113.7/', 'tmall', 'tmall.com'],
    ['https://TAOBAO.COM@evil.example/', 'taobao', 'taobao.com'],
    ['https://%74aobao.com@evil.example/', 'taobao', 'taobao.com'],
    ['https://user:taobao.com@evil.example/', 'taobao', 'taobao.com'],
    ['https://douyin@evil.example/', 'douyin', 'douyin.com'],
    ['https://ta0bao.com@evil.example/', 'taobao', 'taobao.com'],
    ['https://xn--tabao-sce.com@evil.example/', 'taobao', 'taobao.com'],
  ])('%s imitates %s', (input, platform, imitates) => {
    expect(userinfoLookalike(new URL(input))).toEqual({ platform, imitates, reason: 'userinfo' });
  });

  it.each([
    'https://evil.example/',
    'https://user@evil.example/',
    'https://user:secret@evil.example/',
    'https://jd@evil.example/',
    'https://shop@taobao.com.example/',
  ])('leaves %s alone', (input) => {
    expect(userinfoLookalike(new URL(input))).toBeNull();
  });

  it('never throws, and names only platforms, for any user info', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 20 }), (user, password) => {
        const url = new URL('https://evil.example/');
        url.username = user;
        url.password = password;
        const result = userinfoLookalike(url);
        if (result !== null) expect(result.reason).toBe('userinfo');
      }),
      { numRuns: 2000 },
    );
  });
});
