import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/classify';
import { PLATFORMS } from '../../../src/core/classify/platforms';
import { lookalikeOf, MAX_HOSTNAME_LENGTH } from '../../../src/core/lookalike/lookalike';

/** classify's option to look for lookalikes. */
const WARNINGS = { warnings: true } as const;

describe('lookalikeOf: hosts that imitate a platform domain', () => {
  it.each([
    // Rule 1: confusable characters, as typed and as the URL parser writes them.
    ['taοbao.com', 'taobao', 'taobao.com', 'mixed-script'],
    ['xn--tabao-sce.com', 'taobao', 'taobao.com', 'mixed-script'],
    ['xn--tobao-4ve.com', 'taobao', 'taobao.com', 'mixed-script'],
    ['TAΟBAO.COM', 'taobao', 'taobao.com', 'mixed-script'],
    ['item.tаobao.com', 'taobao', 'taobao.com', 'mixed-script'],
    ['detail.tmаll.hk', 'tmall', 'tmall.hk', 'mixed-script'],
    ['taobao.cοm', 'taobao', 'taobao.com', 'mixed-script'],
    ['tаobao.com.cn', 'taobao', 'taobao.com', 'mixed-script'],
    ['tаobao.com.evil.example', 'taobao', 'taobao.com', 'mixed-script'],
    ['shop-tаobao.com', 'taobao', 'taobao.com', 'mixed-script'],
    ['tаobao.net', 'taobao', 'taobao.com', 'mixed-script'],
    ['јԁ.com', 'jd', 'jd.com', 'confusable'],
    ['xn--d-ivb.com', 'jd', 'jd.com', 'mixed-script'],
    ['tàobao.com', 'taobao', 'taobao.com', 'confusable'],
    ['bilıbili.com', 'bilibili', 'bilibili.com', 'confusable'],
    ['ḿeituan.com', 'meituan', 'meituan.com', 'confusable'],
    ['xn--taobao-.com', 'taobao', 'taobao.com', 'confusable'],
    // Rule 2: the platform domain inside a longer host.
    ['taobao.com.evil.example', 'taobao', 'taobao.com', 'hyphen-or-extra-label'],
    ['item.taobao.com.evil.example', 'taobao', 'taobao.com', 'hyphen-or-extra-label'],
    ['www.bilibili.com.evil.example', 'bilibili', 'bilibili.com', 'hyphen-or-extra-label'],
    ['m.tb.cn.evil.example', 'taobao', 'tb.cn', 'hyphen-or-extra-label'],
    ['taobao.com.cn.evil.example', 'taobao', 'taobao.com', 'hyphen-or-extra-label'],
    ['taobao.com-item.evil.example', 'taobao', 'taobao.com', 'hyphen-or-extra-label'],
    ['taobao.com.xyz', 'taobao', 'taobao.com', 'hyphen-or-extra-label'],
    ['jd.com.s3.amazonaws.com', 'jd', 'jd.com', 'hyphen-or-extra-label'],
    ['taobao-com.example', 'taobao', 'taobao.com', 'hyphen-or-extra-label'],
    ['item-taobao-com.evil.example', 'taobao', 'taobao.com', 'hyphen-or-extra-label'],
    ['evil-taobao.com.evil.example', 'taobao', 'taobao.com', 'hyphen-or-extra-label'],
    // Rule 3: digits for letters, letters for digits.
    ['ta0bao.com', 'taobao', 'taobao.com', 'digit-swap'],
    ['item.ta0bao.com', 'taobao', 'taobao.com', 'digit-swap'],
    ['jd.c0m', 'jd', 'jd.com', 'digit-swap'],
    ['v1p.com', 'vipshop', 'vip.com', 'digit-swap'],
    ['bi1ibili.com', 'bilibili', 'bilibili.com', 'digit-swap'],
    ['l688.com', '1688', '1688.com', 'digit-swap'],
    ['detail.i688.com', '1688', '1688.com', 'digit-swap'],
    // Rule 1 with characters of the full Unicode data the old hand-made table lacked.
    ['b\u0456\u04cf\u0456b\u0456l\u0456.com', 'bilibili', 'bilibili.com', 'mixed-script'],
    ['d\u03bfuyin.com', 'douyin', 'douyin.com', 'mixed-script'],
    ['xiaohongsh\u057d.com', 'xiaohongshu', 'xiaohongshu.com', 'mixed-script'],
    ['\u0458\u0501.com', 'jd', 'jd.com', 'confusable'],
    ['t\u0430obao.evil.example', 'taobao', 'taobao.com', 'mixed-script'],
    // Greek capital iota (read as l) typed, written by the URL parser as ι (read as i).
    ['tma\u03b9l.com', 'tmall', 'tmall.com', 'mixed-script'],
    // Rule 5: a platform label left of another site's registrable domain.
    ['taobao.evil.example', 'taobao', 'taobao.com', 'subdomain'],
    ['www.pinduoduo.example.com.cn', 'pinduoduo', 'pinduoduo.com', 'subdomain'],
    ['jd.evil.example', 'jd', 'jd.com', 'subdomain'],
    ['taobao.github.io', 'taobao', 'taobao.com', 'subdomain'],
  ])('%s imitates %s (%s, %s)', (host, platform, imitates, reason) => {
    expect(lookalikeOf(host)).toEqual({ platform, imitates, reason });
  });

  it.each([
    ['tobao.com', 'taobao', 'taobao.com', 'omission'],
    ['taobaao.com', 'taobao', 'taobao.com', 'repetition'],
    ['toabao.com', 'taobao', 'taobao.com', 'transposition'],
    ['tao-bao.com', 'taobao', 'taobao.com', 'hyphenation'],
    ['taobaos.com', 'taobao', 'taobao.com', 'insertion'],
    ['taobso.com', 'taobao', 'taobao.com', 'replacement'],
    ['taobeo.net', 'taobao', 'taobao.com', 'vowel-swap'],
    ['trnall.com', 'tmall', 'tmall.com', 'homoglyph'],
    ['bilibiki.com', 'bilibili', 'bilibili.com', 'replacement'],
    ['tmail.com', 'tmall', 'tmall.com', 'homoglyph'],
    ['bilibiii.com', 'bilibili', 'bilibili.com', 'homoglyph'],
    ['item.pinduodou.com', 'pinduoduo', 'pinduoduo.com', 'transposition'],
    ['kuaishuo.cn', 'kuaishou', 'kuaishou.com', 'transposition'],
    ['clouyin.com', 'douyin', 'douyin.com', 'homoglyph'],
    ['xiaohongshy.com', 'xiaohongshu', 'xiaohongshu.com', 'replacement'],
  ])('%s is a typo of %s (%s, %s)', (host, platform, imitates, typo) => {
    expect(lookalikeOf(host)).toEqual({ platform, imitates, reason: 'typo', typo });
  });

  it.each([
    'taobao.com.gds.alibabadns.com',
    'xiaohongshu.com.eo.dnse0.com',
    'detail.tmall.com.danuoyi.tbcache.com',
    'www.douyin.com.volcgslb.com',
  ])('leaves %s alone: a host of the platform owners’ infrastructure', (host) => {
    expect(lookalikeOf(host)).toBeNull();
  });

  it('prefers confusables to an extra label, and an extra label to a digit swap', () => {
    expect(lookalikeOf('jd.com.tаobao.com')).toMatchObject({ platform: 'taobao' });
    expect(lookalikeOf('jd.com.ta0bao.com')).toMatchObject({
      platform: 'jd',
      reason: 'hyphen-or-extra-label',
    });
  });

  it.each([
    // Real platform hosts, whatever their subdomain.
    'item.taobao.com',
    'detail.tmall.hk',
    'm.tb.cn',
    '1688.com',
    'Item.TaoBao.Com',
    'item.taobao.com.',
    'xn--80ak6aa92e.taobao.com',
    'tаobao.taobao.com',
    'taobao.com.jd.com',
    'ｔａｏｂａｏ．ｃｏｍ',
    'tao\u00adbao.com',
    // Ordinary hosts.
    'example.org',
    'github.com',
    'en.wikipedia.org',
    'www.163.com',
    'cdn1.example.com',
    'xn--80ak6aa92e.com',
    'xn--fiqs8s.cn',
    'taobaoke-helper.example',
    // Documented choices: a brand in a registered name, other endings, the name as registered.
    'evil-taobao.com',
    'my-taobao.com.cn',
    'taobao-helper.example',
    'mytaobao.com',
    'itemtaobao.com',
    'taobao.co',
    'taobao.net',
    'taobao.com.cn',
    'jd.com.hk',
    'vip.com.au',
    'ta0bao.com.evil.example',
    'taobao.community',
    // Documented choices of the typo and subdomain rules.
    'mall.com',
    'mall.tv',
    'vip.qq.com',
    '3.example.com',
    'taobao.com',
    'mytaobao.net',
    'ta0bao.example.com',
    'mail.com',
    // Not hosts at all.
    '',
    '.',
    '1.2.3.4',
    '[::1]',
    'xn--',
    'xn--a-b-ü.com',
    `${'a.'.repeat(MAX_HOSTNAME_LENGTH)}taobao.com.evil.example`,
  ])('%s is not flagged', (host) => {
    expect(lookalikeOf(host)).toBeNull();
  });

  it('never flags a host of the platform table', () => {
    for (const platform of PLATFORMS) {
      for (const domain of platform.domains) {
        for (const host of domain.hosts ?? [{ subdomain: '' }]) {
          const sub = host.subdomain.replace('*', '1');
          expect(lookalikeOf(sub === '' ? domain.domain : `${sub}.${domain.domain}`)).toBeNull();
        }
      }
    }
  });

  it('survives what is not a string', () => {
    expect(lookalikeOf(undefined as unknown as string)).toBeNull();
    expect(lookalikeOf(42 as unknown as string)).toBeNull();
  });
});

describe('classify: lookalike warnings', () => {
  it.each([
    [
      'https://taοbao.com/item.htm?id=1',
      'xn--tabao-sce.com',
      'taobao',
      'taobao.com',
      'mixed-script',
    ],
    ['https://xn--tabao-sce.com/', 'xn--tabao-sce.com', 'taobao', 'taobao.com', 'mixed-script'],
    [
      'https://item.taobao.com.evil.example/',
      'item.taobao.com.evil.example',
      'taobao',
      'taobao.com',
      'hyphen-or-extra-label',
    ],
    [
      'HTTPS://ITEM.TAOBAO.COM.EVIL.EXAMPLE/x',
      'item.taobao.com.evil.example',
      'taobao',
      'taobao.com',
      'hyphen-or-extra-label',
    ],
    [
      'https://user@jd.com.evil.example./',
      'jd.com.evil.example',
      'jd',
      'jd.com',
      'hyphen-or-extra-label',
    ],
    ['https://ta0bao.com/', 'ta0bao.com', 'taobao', 'taobao.com', 'digit-swap'],
  ])(
    '%s is no platform link, with a lookalike warning',
    (input, host, imitates, imitatesDomain, reason) => {
      const result = classify(input, undefined, WARNINGS);
      expect(result).toMatchObject({ kind: 'none', platform: null, url: null });
      expect(result.warnings).toEqual([
        { type: 'lookalike', imitates, imitatesDomain, host, reason },
      ]);
    },
  );

  it('warns about the target of a redirect wrapper', () => {
    const target = encodeURIComponent('https://taobao.com.evil.example/item.htm?id=1');
    const result = classify(`https://www.google.com/url?q=${target}`, undefined, WARNINGS);
    expect(result).toMatchObject({ kind: 'none', platform: null });
    expect(result.warnings?.[0]).toMatchObject({
      type: 'lookalike',
      host: 'taobao.com.evil.example',
    });
  });

  it('looks for lookalikes only when asked', () => {
    expect(classify('https://taοbao.com/')).not.toHaveProperty('warnings');
    expect(classify('https://taοbao.com/', undefined, WARNINGS).warnings).toHaveLength(1);
  });

  it('adds no warnings to platform links, ordinary links, texts and codes', () => {
    for (const input of [
      'https://item.taobao.com/item.htm?id=1',
      'https://example.org/',
      'https://evil-taobao.com/',
      'taobao.com.evil.example',
      '复制这段描述￥MDGGba1MLQh￥后到淘宝',
      'see https://taοbao.com/ now',
    ]) {
      expect(classify(input, undefined, WARNINGS), input).not.toHaveProperty('warnings');
    }
  });

  it('gives the same warning on the fast path and through full parsing', () => {
    for (const host of [
      'taobao.com.evil.example',
      'xn--tabao-sce.com',
      'ta0bao.com',
      'example.org',
    ]) {
      const fast = classify(`https://${host}/a?b=c`, undefined, WARNINGS);
      const slow = classify(`https://user@${host}/a?b=c`, undefined, WARNINGS);
      expect(slow).toEqual({ ...fast, input: slow.input });
    }
  });
});
