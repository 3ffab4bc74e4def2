import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/classify';

const NONE = {
  kind: 'none',
  platform: null,
  owner: null,
  category: null,
  domain: null,
  url: null,
  via: null,
  codes: null,
};

describe('classify: host matching on the parsed hostname', () => {
  it.each([
    'https://item.taobao.com.evil.example/',
    'https://evil-taobao.com/',
    'https://item.taobao.com@evil.example/',
    'https://taobao.com.cn.evil.example',
    'https://taobao.com.cn/',
    'https://nottaobao.com/',
    'https://taobao.co/',
    'https://evil.example/item.taobao.com/item.htm?id=1',
    'https://evil.example/?u=https://item.taobao.com/',
    'https://item-taobao.com/',
    'https://itemtaobao.com/',
    'https://taobao.com-item.evil.example/',
    'https://jd.com.evil.example/',
    'https://m.tb.cn.evil.example/h.abc',
  ])('%s is not a platform link', (input) => {
    // A lookalike host may also carry `warnings` (lookalike.test.ts covers them).
    const { warnings: _warnings, ...result } = classify(input);
    expect(result).toEqual({ input, ...NONE });
  });

  it.each([
    ['HTTPS://ITEM.TAOBAO.COM/item.htm?id=1', 'https://item.taobao.com/item.htm?id=1'],
    ['https://Item.TaoBao.Com/item.htm?id=1', 'https://item.taobao.com/item.htm?id=1'],
    ['https://item.taobao.com./item.htm?id=1', 'https://item.taobao.com/item.htm?id=1'],
    ['https://item.taobao.com:8443/item.htm?id=1', 'https://item.taobao.com:8443/item.htm?id=1'],
    ['https://evil.example@item.taobao.com/', 'https://item.taobao.com/'],
    ['https://user:secret@item.taobao.com/', 'https://item.taobao.com/'],
    ['https://ｔａｏｂａｏ．ｃｏｍ/', 'https://taobao.com/'],
    [
      'https://ｉｔｅｍ．ｔａｏｂａｏ．ｃｏｍ/item.htm?id=1',
      'https://item.taobao.com/item.htm?id=1',
    ],
    ['https://item.taobao%2Ecom/', 'https://item.taobao.com/'],
    ['https:\\\\item.taobao.com\\item.htm', 'https://item.taobao.com/item.htm'],
    ['https:item.taobao.com/item.htm', 'https://item.taobao.com/item.htm'],
    ['http://item.taobao.com/item.htm?id=1', 'http://item.taobao.com/item.htm?id=1'],
    ['  https://item.taobao.com/  ', 'https://item.taobao.com/'],
  ])('%s is taobao', (input, url) => {
    const result = classify(input);
    expect(result).toMatchObject({ kind: 'url', platform: 'taobao', domain: 'taobao.com', url });
  });

  it('keeps user info out of the decision: the host after "@" counts', () => {
    expect(classify('https://item.taobao.com:x@evil.example/').kind).toBe('none');
    expect(classify('https://evil.example:x@item.jd.com/1.html').platform).toBe('jd');
  });
});

describe('classify: schemes and IP addresses', () => {
  it.each([
    'javascript:location="https://item.taobao.com/"',
    'data:text/html,https://item.taobao.com/',
    'mailto:shop@taobao.com',
    'ftp://item.taobao.com/item.htm',
    'file:///item.taobao.com/item.htm',
    'chrome://item.taobao.com/',
    'chrome-extension://abc/item.taobao.com',
    'blob:https://item.taobao.com/uuid',
    'view-source:https://item.taobao.com/',
    'about:blank',
  ])('%s matches nothing', (input) => {
    expect(classify(input)).toEqual({ input, ...NONE });
  });

  it.each([
    'http://127.0.0.1/item.htm',
    'http://140.205.94.189/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://[::1]/',
    'http://[2400:3200::1]:8080/item.taobao.com',
  ])('%s (an IP address) matches nothing', (input) => {
    expect(classify(input)).toEqual({ input, ...NONE });
  });
});

describe('classify: relative, protocol-relative and scheme-less links', () => {
  it('resolves a protocol-relative link against the base', () => {
    expect(classify('//item.jd.com/1.html', 'https://example.com/page')).toMatchObject({
      kind: 'url',
      platform: 'jd',
      url: 'https://item.jd.com/1.html',
    });
    expect(classify('//item.jd.com/1.html', 'http://example.com/').url).toBe(
      'http://item.jd.com/1.html',
    );
  });

  it('resolves a relative link against the base', () => {
    expect(classify('/item.htm?id=1', 'https://item.taobao.com/shop/').url).toBe(
      'https://item.taobao.com/item.htm?id=1',
    );
    expect(classify('item.htm?id=2', 'https://item.taobao.com/a/b').url).toBe(
      'https://item.taobao.com/a/item.htm?id=2',
    );
    expect(classify('/item.htm?id=1', 'https://example.com/').kind).toBe('none');
  });

  it('ignores a base that is not a URL or not a web URL', () => {
    expect(classify('/item.htm', 'not a base').kind).toBe('none');
    expect(classify('/item.htm', 'file:///item.taobao.com/').kind).toBe('none');
  });

  it('treats scheme-less links of known hosts as https links', () => {
    expect(classify('item.taobao.com/item.htm?id=1')).toMatchObject({
      kind: 'url',
      platform: 'taobao',
      url: 'https://item.taobao.com/item.htm?id=1',
    });
    expect(classify('m.tb.cn/h.abc').url).toBe('https://m.tb.cn/h.abc');
    expect(classify('v.douyin.com/abc/').platform).toBe('douyin');
    expect(classify('item.jd.com:443/1.html').url).toBe('https://item.jd.com/1.html');
    expect(classify('//item.jd.com/1.html').url).toBe('https://item.jd.com/1.html');
    expect(classify('www.google.com/url?q=https://item.jd.com/2.html')).toMatchObject({
      platform: 'jd',
      via: ['google'],
    });
  });

  it('does not turn plain words or other hosts into links', () => {
    for (const input of [
      'taobao',
      'node.js',
      'e.g.',
      'example.com/item.htm',
      'item.taobao',
      'taobao.com.evil.example/x',
      'localhost:8080/item.taobao.com',
      'item.taobao.com.evil.example',
      '/item.htm?id=1',
    ]) {
      expect(classify(input), input).toEqual({ input, ...NONE });
    }
  });
});

describe('classify: results of kind none', () => {
  it('carry only the input, also for a well-formed URL of no platform', () => {
    for (const input of ['https://example.com/', 'https://news.qq.com/a', 'hello world', '']) {
      expect(classify(input)).toEqual({ input, ...NONE });
    }
  });
});
