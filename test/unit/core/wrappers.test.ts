import { describe, expect, it } from 'vitest';
import { classify, MAX_UNWRAP_DEPTH } from '../../../src/core/classify/classify';
import { GOOGLE_FAMILY } from '../../../src/core/classify/wrapper';
import { WRAPPERS } from '../../../src/core/classify/wrappers';

const TARGET = 'https://item.taobao.com/item.htm?id=1';
const ENCODED = encodeURIComponent(TARGET);

/** A URL of one wrapper route carrying `target` in its first parameter. */
function routeUrl(
  route: (typeof WRAPPERS)[number]['routes'][number],
  target: string,
  param = route.params[0] ?? 'url',
): string {
  const domain = route.domain === GOOGLE_FAMILY ? 'google.com' : route.domain;
  const subdomain = route.subdomains?.[0] ?? 'www';
  const host = subdomain === '' ? domain : `${subdomain}.${domain}`;
  const path = (route.paths?.[0] ?? '/any/path').replace(/\*$/, 'x');
  return `https://${host}${path}?before=1&${param}=${encodeURIComponent(target)}&after=2`;
}

describe('wrapper table', () => {
  it('has unique ids, names in both languages, routes with parameters and sources', () => {
    const ids = WRAPPERS.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const wrapper of WRAPPERS) {
      expect(wrapper.name.en.length).toBeGreaterThan(0);
      expect(wrapper.name.zh_CN.length).toBeGreaterThan(0);
      expect(wrapper.sources.length).toBeGreaterThan(0);
      expect(wrapper.routes.length).toBeGreaterThan(0);
      for (const route of wrapper.routes) expect(route.params.length).toBeGreaterThan(0);
    }
    expect(WRAPPERS.find((w) => w.id === 'google')?.name).toEqual({
      en: 'Google redirect',
      zh_CN: '谷歌跳转',
    });
  });
});

const ROUTE_CASES = WRAPPERS.flatMap((wrapper) =>
  wrapper.routes.flatMap((route) =>
    route.params.map((param) => ({ id: wrapper.id, url: routeUrl(route, TARGET, param), param })),
  ),
);

describe('every wrapper route', () => {
  it.each(ROUTE_CASES)('$id unwraps $url', ({ id, url }) => {
    expect(classify(url)).toMatchObject({
      kind: 'url',
      platform: 'taobao',
      url: TARGET,
      via: [id],
    });
  });
});

describe('classify: redirect wrappers', () => {
  it.each([
    [`https://www.google.com/url?q=${ENCODED}&sa=D`, 'google'],
    [`https://www.google.com/url?sa=t&url=${ENCODED}`, 'google'],
    [`https://google.com.hk/url?q=${ENCODED}`, 'google'],
    [`https://www.google.co.jp/url?q=${ENCODED}`, 'google'],
    [`https://www.google.de/url?q=${TARGET}`, 'google'],
    [`https://l.facebook.com/l.php?u=${ENCODED}&h=AT0`, 'facebook'],
    [`https://lm.facebook.com/l.php?u=${ENCODED}`, 'facebook'],
    [
      `https://weixin110.qq.com/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi?main_type=2&evil_type=3&source=2&url=${ENCODED}`,
      'wechat-interstitial',
    ],
    [
      `https://weixin110.qq.com/security/newreadtemplate?t=webpage_intercept/w_reason&block_type=1&url=${ENCODED}`,
      'wechat-interstitial',
    ],
    [
      `https://mp.weixinbridge.com/mp/wapredirect?url=${ENCODED}&action=appmsg_redirect`,
      'wechat-bridge',
    ],
    [`https://c.pc.qq.com/middlem.html?pfurl=${ENCODED}&pfuin=1`, 'qq'],
    [`https://link.zhihu.com/?target=${ENCODED}`, 'zhihu'],
    [`https://weibo.cn/sinaurl?u=${ENCODED}`, 'weibo'],
    [`https://www.douban.com/link2/?url=${ENCODED}`, 'douban'],
    [`https://link.csdn.net/?target=${ENCODED}`, 'csdn'],
    [`https://www.jianshu.com/go-wild?ac=2&url=${ENCODED}`, 'jianshu'],
    [`https://l.instagram.com/?u=${ENCODED}&e=AT`, 'instagram'],
    [`https://www.youtube.com/redirect?event=video_description&q=${ENCODED}`, 'youtube'],
    [`https://out.reddit.com/t3_abc?url=${ENCODED}&token=x`, 'reddit'],
  ])('%s', (url, id) => {
    expect(classify(url)).toMatchObject({
      kind: 'url',
      platform: 'taobao',
      domain: 'taobao.com',
      url: TARGET,
      via: [id],
    });
  });

  it('lists nested wrappers outermost first', () => {
    const inner = `https://link.zhihu.com/?target=${ENCODED}`;
    const outer = `https://www.google.com/url?q=${encodeURIComponent(inner)}`;
    expect(classify(outer)).toMatchObject({ platform: 'taobao', via: ['google', 'zhihu'] });
  });

  it(`unwraps at most ${MAX_UNWRAP_DEPTH} wrappers`, () => {
    let url = TARGET;
    for (let i = 0; i < MAX_UNWRAP_DEPTH; i++)
      url = `https://www.google.com/url?q=${encodeURIComponent(url)}`;
    expect(classify(url)).toMatchObject({
      platform: 'taobao',
      via: Array(MAX_UNWRAP_DEPTH).fill('google'),
    });
    url = `https://www.google.com/url?q=${encodeURIComponent(url)}`;
    expect(classify(url).kind).toBe('none');
  });

  it('reads a target encoded twice', () => {
    const twice = encodeURIComponent(ENCODED);
    expect(classify(`https://link.zhihu.com/?target=${twice}`).url).toBe(TARGET);
  });

  it('gives kind none, without throwing, when the target is missing or not a web URL', () => {
    for (const url of [
      'https://www.google.com/url?q=',
      'https://www.google.com/url?sa=t',
      'https://www.google.com/url?q=taobao',
      'https://www.google.com/url?q=item.taobao.com/item.htm',
      `https://www.google.com/url?q=${encodeURIComponent('javascript:alert(1)')}`,
      `https://l.facebook.com/l.php?u=${encodeURIComponent('ftp://item.taobao.com/')}`,
      'https://link.zhihu.com/?target=https%3A%2F%2F',
      'https://link.zhihu.com/?target=%E0%A4%A',
      'https://link.zhihu.com/?target=https%3A%E0%A4%A',
    ]) {
      expect(classify(url).kind, url).toBe('none');
    }
  });

  it('unwraps to a link of no platform as kind none', () => {
    expect(
      classify(`https://www.google.com/url?q=${encodeURIComponent('https://example.com/')}`).kind,
    ).toBe('none');
  });

  it('only unwraps the listed hosts and paths', () => {
    for (const url of [
      `https://www.google.com/search?q=${ENCODED}`,
      `https://www.google.evil.example/url?q=${ENCODED}`,
      `https://google.blogspot.com/url?q=${ENCODED}`,
      `https://mail.qq.com/?url=${ENCODED}`,
      `https://www.facebook.com/l.php?u=${ENCODED}`,
      `https://www.zhihu.com/?target=${ENCODED}`,
      `https://evil.example/url?q=${ENCODED}`,
      `https://weixin110.qq.com.evil.example/?url=${ENCODED}`,
    ]) {
      expect(classify(url).kind, url).toBe('none');
    }
  });
});
