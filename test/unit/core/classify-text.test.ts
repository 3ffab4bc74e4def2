import { describe, expect, it } from 'vitest';
import { classify, classifyShareCode } from '../../../src/core/classify/classify';
import { findShareCodes } from '../../../src/core/share-code/share-code';

describe('classify: text snippets', () => {
  it('takes the platform link out of a Taobao share text and keeps its codes', () => {
    const text =
      '【轻薄羽绒服女短款】https://m.tb.cn/h.3n52vLA 点击链接，再选择浏览器咑閞；或復·制这段描述￥E1UAbOaNcwP￥后到👉淘♂寳♀👈';
    expect(classify(text)).toEqual({
      input: text,
      kind: 'url',
      platform: 'taobao',
      owner: 'alibaba',
      category: 'ecommerce',
      domain: 'tb.cn',
      url: 'https://m.tb.cn/h.3n52vLA',
      via: [],
      codes: [
        {
          platform: 'taobao',
          code: 'E1UAbOaNcwP',
          start: text.indexOf('￥'),
          end: text.indexOf('后'),
        },
      ],
    });
  });

  it('reads the later Taobao format with Chinese-character delimiters', () => {
    const text = '1👈啊5NKkX84wYdk啊 https://m.tb.cn/h.4CEhFr0?sm=70d491';
    expect(classify(text)).toMatchObject({
      kind: 'url',
      platform: 'taobao',
      url: 'https://m.tb.cn/h.4CEhFr0?sm=70d491',
      codes: [{ code: '5NKkX84wYdk', start: 3, end: 16 }],
    });
  });

  it('gives kind code, with the first code’s platform, when no platform link is in the text', () => {
    expect(classify('复制这段描述€08skb3DzfQC€后咑閞👉淘♂寳♀👈')).toMatchObject({
      kind: 'code',
      platform: 'taobao',
      owner: 'alibaba',
      category: 'ecommerce',
      domain: null,
      url: null,
      via: null,
      codes: [{ code: '08skb3DzfQC', platform: 'taobao' }],
    });
    expect(classify('20:/！29KUN73nQllwi！')).toMatchObject({
      kind: 'code',
      platform: 'jd',
      owner: 'jd',
      category: 'ecommerce',
    });
    expect(classify('【天猫】 ￥MDGGba1MLQh￥ and 20:/！29KUN73nQllwi！')).toMatchObject({
      kind: 'code',
      platform: 'tmall',
      codes: [{ platform: 'tmall' }, { platform: 'jd' }],
    });
    expect(classify('😆 8HT8pM4ngHussRD 😆 打开【小红书】App')).toMatchObject({
      kind: 'code',
      platform: 'xiaohongshu',
      owner: 'xingin',
      category: 'content',
    });
  });

  it('reads a single code as a code, not as a scheme-less link', () => {
    expect(classify('￥MDGGba1MLQh￥').kind).toBe('code');
    expect(classify('1￥NrsL263IyXE￥/').kind).toBe('code');
    expect(classify('Code:￥MDGGba1MLQh￥').kind).toBe('code');
    expect(classify('￥MDGGba1MLQh￥https://m.tb.cn/h.abc')).toMatchObject({
      kind: 'url',
      codes: [{ code: 'MDGGba1MLQh' }],
    });
  });

  it('keeps codes with a link of no platform as kind code', () => {
    expect(classify('see https://example.com/x and ￥MDGGba1MLQh￥')).toMatchObject({
      kind: 'code',
      url: null,
    });
  });

  it('finds Douyin, Kuaishou and Xiaohongshu links in their share texts', () => {
    expect(
      classify(
        '4.64 KWz:/ 12/14 a@A.GV 看看这个 https://v.douyin.com/afq0ekmPr9g/ 复制此链接，打开Dou音搜索，直接观看视频！',
      ),
    ).toMatchObject({
      kind: 'url',
      platform: 'douyin',
      category: 'content',
      codes: [{ platform: 'douyin', code: 'KWz', start: 0, end: 10 }],
    });
    expect(
      classify(
        'https://v.kuaishou.com/JTDKHe 祝各位都能成为自己想成为的那个人。 该作品在快手被播放过1,988.7万次，点击链接，打开【快手】直接观看！',
      ),
    ).toMatchObject({ kind: 'url', platform: 'kuaishou', url: 'https://v.kuaishou.com/JTDKHe' });
    expect(
      classify('看看这篇 http://xhslink.com/a/AbCd，复制本条信息打开【小红书】'),
    ).toMatchObject({
      platform: 'xiaohongshu',
      url: 'http://xhslink.com/a/AbCd',
    });
  });

  it('takes the first link that reaches a platform', () => {
    const text = 'a https://example.com/ b https://item.jd.com/1.html c https://item.taobao.com/';
    expect(classify(text)).toMatchObject({ platform: 'jd', url: 'https://item.jd.com/1.html' });
  });

  it('stops a link at whitespace, non-ASCII text and closing punctuation', () => {
    expect(classify('链接：https://m.tb.cn/h.abc点击打开').url).toBe('https://m.tb.cn/h.abc');
    expect(classify('(see https://item.jd.com/1.html).').url).toBe('https://item.jd.com/1.html');
    expect(classify('"https://item.jd.com/2.html", ok').url).toBe('https://item.jd.com/2.html');
  });

  it('reads scheme-less platform links in text', () => {
    expect(classify('打开 m.tb.cn/h.abc 看看')).toMatchObject({
      platform: 'taobao',
      url: 'https://m.tb.cn/h.abc',
    });
    expect(classify('go to ITEM.JD.COM/1.html now').url).toBe('https://item.jd.com/1.html');
  });

  it('unwraps wrapped links in text', () => {
    const wrapped = `https://link.zhihu.com/?target=${encodeURIComponent('https://item.jd.com/3.html')}`;
    expect(classify(`see ${wrapped} now`)).toMatchObject({
      platform: 'jd',
      via: ['zhihu'],
      url: 'https://item.jd.com/3.html',
    });
  });

  it('gives kind none for ordinary text', () => {
    for (const text of [
      'Just some words. Nothing here.',
      '价格 ¥199.00，原价￥1,299',
      'visit https://example.com/ or www.example.org',
      'I like node.js and e.g. vue.js',
    ]) {
      expect(classify(text), text).toMatchObject({ kind: 'none', url: null, codes: null });
    }
  });
});

describe('classify: share texts whose link and code or words differ', () => {
  it('gives a tb.cn link the app its text names, and says so', () => {
    const text = '【闲鱼】https://m.tb.cn/h.RT9Lh91?tk=i31S5yHWj6i 「快来捡漏」';
    expect(classify(text)).toMatchObject({
      kind: 'url',
      platform: 'xianyu',
      owner: 'alibaba',
      domain: 'tb.cn',
      basis: { follows: 'text', linkPlatform: 'taobao', codePlatform: null },
    });
    expect(classify('【天猫】https://m.tb.cn/h.x 「好物」')).toMatchObject({ platform: 'tmall' });
    expect(classify('【淘宝】https://e.tb.cn/h.x?tk=a 「天猫超市 好物」').platform).toBe('taobao');
    expect(classify('【淘宝】https://e.tb.cn/h.x?tk=a').basis).toBeUndefined();
  });

  it('lets a Xianyu code decide for a tb.cn link, code and link agreeing', () => {
    const result = classify('我在闲鱼发布了 ￥AbCd1234EfG￥ https://m.tb.cn/h.abc');
    expect(result.platform).toBe('xianyu');
    expect(result.codes?.map((code) => code.platform)).toEqual(['xianyu']);
  });

  it('follows the link, and says so, when a code names another platform', () => {
    const result = classify('20:/！29KUN73nQllwi！ https://item.taobao.com/item.htm?id=1');
    expect(result).toMatchObject({
      platform: 'taobao',
      basis: { follows: 'link', linkPlatform: null, codePlatform: 'jd' },
    });
  });

  it('never moves a link of an unshared domain to another platform', () => {
    expect(classify('【闲鱼】https://item.jd.com/1.html').platform).toBe('jd');
  });
});

describe('classifyShareCode', () => {
  it('classifies one code of a text with the platform the text gave it', () => {
    const text = '打开👉手机天猫👈 1👈啊5NKkX84wYdk啊 https://m.tb.cn/h.4CEhFr0';
    const [match] = findShareCodes(text);
    if (match === undefined) throw new Error('no code found');
    expect(classifyShareCode(text, match)).toEqual({
      input: '啊5NKkX84wYdk啊',
      kind: 'code',
      platform: 'tmall',
      owner: 'alibaba',
      category: 'ecommerce',
      domain: null,
      url: null,
      via: null,
      codes: [{ platform: 'tmall', code: '5NKkX84wYdk', start: 0, end: 13 }],
    });
  });
});
