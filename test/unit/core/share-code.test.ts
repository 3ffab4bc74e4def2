import { describe, expect, it } from 'vitest';
import { findShareCodes } from '../../../src/core/share-code/share-code';

/** The marked text of each match. */
function marks(text: string): string[] {
  return findShareCodes(text).map((m) => text.slice(m.start, m.end));
}

describe('findShareCodes: formats', () => {
  it.each([
    ['￥MDGGba1MLQh￥', 'MDGGba1MLQh', '￥MDGGba1MLQh￥', 'taobao'],
    ['€08skb3DzfQC€', '08skb3DzfQC', '€08skb3DzfQC€', 'taobao'],
    ['¥AEpabxiRg0u¥', 'AEpabxiRg0u', '¥AEpabxiRg0u¥', 'taobao'],
    ['$i9CMbz0hLPo$', 'i9CMbz0hLPo', '$i9CMbz0hLPo$', 'taobao'],
    ['₤M7xkYZm6z6p₤', 'M7xkYZm6z6p', '₤M7xkYZm6z6p₤', 'taobao'],
    ['£anzcbFYCKxj£', 'anzcbFYCKxj', '£anzcbFYCKxj£', 'taobao'],
    ['¢mEWabqcRExj¢', 'mEWabqcRExj', '¢mEWabqcRExj¢', 'taobao'],
    ['₳E1UAbOaNcwP₳', 'E1UAbOaNcwP', '₳E1UAbOaNcwP₳', 'taobao'],
    ['₴NrsL263IyXE₴', 'NrsL263IyXE', '₴NrsL263IyXE₴', 'taobao'],
    ['1￥NrsL263IyXE￥/', 'NrsL263IyXE', '1￥NrsL263IyXE￥/', 'taobao'],
    ['💰5NKkX84wYdk💰', '5NKkX84wYdk', '💰5NKkX84wYdk💰', 'taobao'],
    ['🔑5NKkX84wYdk🔑', '5NKkX84wYdk', '🔑5NKkX84wYdk🔑', 'taobao'],
    ['📲AEpabxiRg0u📲', 'AEpabxiRg0u', '📲AEpabxiRg0u📲', 'taobao'],
    ['🔐AEpabxiRg0u🔐', 'AEpabxiRg0u', '🔐AEpabxiRg0u🔐', 'taobao'],
    ['🗝️AEpabxiRg0u🗝️', 'AEpabxiRg0u', '🗝️AEpabxiRg0u🗝️', 'taobao'],
    ['😺AEpabxiRg0u😺', 'AEpabxiRg0u', '😺AEpabxiRg0u😺', 'taobao'],
    ['✔AEpabxiRg0u✔', 'AEpabxiRg0u', '✔AEpabxiRg0u✔', 'taobao'],
    ['🎵AEpabxiRg0u🎵', 'AEpabxiRg0u', '🎵AEpabxiRg0u🎵', 'taobao'],
    ['😆 8HT8pM4ngHussRD 😆', '8HT8pM4ngHussRD', '😆 8HT8pM4ngHussRD 😆', 'taobao'],
    ['(8HT8pM4ngHussRD)', '8HT8pM4ngHussRD', '(8HT8pM4ngHussRD)', 'taobao'],
    ['（8HT8pM4ngHussRD）', '8HT8pM4ngHussRD', '（8HT8pM4ngHussRD）', 'taobao'],
    ['20:/！29KUN73nQllwi！', '29KUN73nQllwi', '20:/！29KUN73nQllwi！', 'jd'],
    ['20:/!29KUN73nQllwi!', '29KUN73nQllwi', '20:/!29KUN73nQllwi!', 'jd'],
    ['8:/#29KUN73nQllwi#', '29KUN73nQllwi', '8:/#29KUN73nQllwi#', 'jd'],
    ['26:/ ￥29KUN73nQllwi￥', '29KUN73nQllwi', '26:/ ￥29KUN73nQllwi￥', 'jd'],
  ])('%s', (text, code, mark, platform) => {
    const found = findShareCodes(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code, platform });
    expect(marks(text)).toEqual([mark]);
  });

  it('reads codes between two equal Chinese characters in a Taobao share text', () => {
    const text = '1👈啊5NKkX84wYdk啊 https://m.tb.cn/h.4CEhFr0?sm=70d491';
    expect(findShareCodes(text)).toEqual([
      { platform: 'taobao', code: '5NKkX84wYdk', start: 3, end: 16 },
    ]);
  });

  it('reports offsets in UTF-16 units of the whole mark', () => {
    const text = '复制这段描述￥E1UAbOaNcwP￥后到👉淘♂寳♀👈';
    expect(findShareCodes(text)).toEqual([
      { platform: 'taobao', code: 'E1UAbOaNcwP', start: 6, end: 19 },
    ]);
    const emoji = 'ab💰5NKkX84wYdk💰cd';
    expect(findShareCodes(emoji)[0]).toMatchObject({ start: 2, end: 17 });
  });

  it("accepts bodies of 10 to 20 characters only, 10 being JD's length", () => {
    expect(findShareCodes('￥XbCDef12345￥')).toHaveLength(1);
    expect(findShareCodes('￥XbCDef1234￥')).toMatchObject([
      { platform: 'jd', code: 'XbCDef1234' },
    ]);
    expect(findShareCodes('￥XbCDef123￥')).toHaveLength(0);
    expect(findShareCodes('(XbCDef1234)')).toHaveLength(0);
    expect(findShareCodes('￥XbCDef12345678901234￥')).toHaveLength(1);
    expect(findShareCodes('￥XbCDef123456789012345￥')).toHaveLength(0);
  });

  it('needs the same delimiter on both sides', () => {
    expect(findShareCodes('￥MDGGba1MLQh€')).toEqual([]);
    expect(findShareCodes('💰MDGGba1MLQh🎁')).toEqual([]);
    expect(findShareCodes('(MDGGba1MLQh(')).toEqual([]);
  });

  it('finds several codes in order', () => {
    const text = 'a ￥MDGGba1MLQh￥ b 20:/！29KUN73nQllwi！ c €08skb3DzfQC€';
    expect(findShareCodes(text).map((m) => [m.code, m.platform])).toEqual([
      ['MDGGba1MLQh', 'taobao'],
      ['29KUN73nQllwi', 'jd'],
      ['08skb3DzfQC', 'taobao'],
    ]);
  });
});

describe('findShareCodes: platform from the surrounding text', () => {
  it('counts Alibaba codes as taobao unless the text says Tmall', () => {
    expect(findShareCodes('打开👉手淘👈 ￥MDGGba1MLQh￥')[0]?.platform).toBe('taobao');
    expect(findShareCodes('打开👉手机天猫👈 ￥MDGGba1MLQh￥')[0]?.platform).toBe('tmall');
    expect(findShareCodes('🔑喵口令🔑 ￥MDGGba1MLQh￥')[0]?.platform).toBe('tmall');
  });

  it('names Xiaohongshu, Xianyu and JD from their words', () => {
    expect(findShareCodes('😆 8HT8pM4ngHussRD 😆 打开【小红书】App')[0]?.platform).toBe(
      'xiaohongshu',
    );
    expect(findShareCodes('闲鱼口令 ￥MDGGba1MLQh￥')[0]?.platform).toBe('xianyu');
    expect(findShareCodes('京东 ￥MDGGba1MLQh￥')[0]?.platform).toBe('jd');
  });

  it('only looks near the code', () => {
    const far = `天猫${'。'.repeat(300)}￥MDGGba1MLQh￥`;
    expect(findShareCodes(far)[0]?.platform).toBe('taobao');
  });

  it("reports Tmall's 🔑喵口令🔑 marker", () => {
    const text =
      '复制整段信息，打开👉手机天猫👈，即可查看此商品:【四川青见柑橘】(未安装App点这里：http://yukhj.com/s/hiwvI?tm=4a708d )🔑喵口令🔑';
    const found = findShareCodes(text);
    expect(found).toEqual([
      { platform: 'tmall', code: '喵口令', start: text.indexOf('🔑'), end: text.length },
    ]);
  });
});

describe('findShareCodes: realistic share texts', () => {
  it.each([
    [
      '【轻薄羽绒服女短款立领连帽时尚韩版修身秋冬大码女装外套反季促销】https://m.tb.cn/h.3n52vLA 点击链接，再选择浏览器咑閞；或復·制这段描述￥E1UAbOaNcwP￥后到👉淘♂寳♀👈',
      ['E1UAbOaNcwP'],
    ],
    [
      '【杭州真丝上衣女2018新款短袖t恤夏桑蚕丝处理清仓】，復·制这段描述€08skb3DzfQC€后咑閞👉淘♂寳♀👈',
      ['08skb3DzfQC'],
    ],
    ['复制框内整段文字，打开「手淘」即可「领取优惠券」并购买￥MDGGba1MLQh￥', ['MDGGba1MLQh']],
    ['1￥NrsL263IyXE￥/ CZ3457 【淘宝】买它 https://m.tb.cn/h.abc', ['NrsL263IyXE']],
    ['【京东】好物分享 20:/！29KUN73nQllwi！，打开京东App查看', ['29KUN73nQllwi']],
    ['😆 8HT8pM4ngHussRD 😆 复制本条信息，打开【小红书】App查看精彩内容！', ['8HT8pM4ngHussRD']],
    ['复制这条信息，￥0Ku2b0Bsgeo￥,打开【手机淘宝】即可查看', ['0Ku2b0Bsgeo']],
    ["msg='￥IeugbNRhOLB￥'", ['IeugbNRhOLB']],
    [
      '20.0复制整段话 http:/J01eyNkGXlyRZF 一起奔跑 为奥运加油 分千万京豆万元大奖￥m3QnuAb2Rb￥dakai》猄】崠】',
      ['J01eyNkGXlyRZF', 'm3QnuAb2Rb'],
    ],
    [
      '24.0复制整段话 http://JujEXrPAtp81KK快来为我拉BUFF，助我赢大奖#R4burF7MFa@--》亰#栋A/PP',
      ['JujEXrPAtp81KK', 'R4burF7MFa'],
    ],
    ['打开！da%MEnE6AyBYb@→打幵椋東', ['MEnE6AyBYb']],
    ['可获得DHA专属奶！%VAjYb8me2b!→去猄倲←', ['VAjYb8me2b']],
    ['入口 复制到京东打开>   12:/￥T8kw4Dip0tI9Hy￥，邀你瓜分百万红包！', ['T8kw4Dip0tI9Hy']],
  ])('%s', (text, codes) => {
    expect(findShareCodes(text).map((m) => m.code)).toEqual(codes);
  });
});

describe("findShareCodes: JD's codes", () => {
  it.each([
    ['#R4burF7MFa@', 'jd'],
    ['￥m3QnuAb2Rb￥', 'jd'],
    ['11:/参与头文字J，集能量兑换京豆，【Jιιngヵ栋】 ￥Z9yfjBqzLWt￥', 'jd'],
    ['http:/J01eyNkGXlyRZF', 'jd'],
    ['￥MDGGba1MLQh￥', 'taobao'],
    ['【闲鱼】 ￥MDGGba1MLQh￥', 'xianyu'],
    ['【淘宝】 ￥MDGGba1MLQh￥ 天猫超市', 'taobao'],
  ])('%s is %s', (text, platform) => {
    expect(findShareCodes(text).map((m) => m.platform)).toEqual([platform]);
  });

  it('takes no address with a host for a link-shaped code', () => {
    expect(findShareCodes('see http://JujEXrPAtp81KK.example.com/x')).toEqual([]);
    expect(findShareCodes('see https://JujEXrPAtp81KK:8080/')).toEqual([]);
    expect(findShareCodes('http://JavaScriptRocks2')).toEqual([]);
  });
});

describe('findShareCodes: no false positives', () => {
  it.each([
    '价格 ¥199.00，原价￥1,299，现在只要 $5',
    'Now only US$12.50, was €20 off yesterday; £3.99 delivery, ¥1000 cap',
    'Pay $100 now and $200 later',
    'Total: ￥12345678901￥',
    '#ShopSmart2021# #BlackFriday2021# trending',
    '#ShopSmartSavings2021#',
    '#ShopSmart2021@ #BlackFriday2021% %HappyDays2021!',
    'mail #JohnSmith1987@example.com, 50%OffToday2021! #DevOps2024@',
    '订单 #2021112912345@ and %12345678901!',
    '订单号：202111291234567890，快递单号 SF1234567890123',
    'Tracking: 1Z999AA10123456784 via UPS, (1Z999AA10123456784)',
    'commit 3f9a2b7c1d4e5f60 and $deadbeefcafe1234$ and #a94a8fe5ccb19ba61c4c0873d391e987982fbbd3#',
    'sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    'Use $HelloWorldApp$ and $ThisIsATest$ or $PATH and $HOME',
    'Say ￥IAmAGoodMan￥ and $WhatIsAPizza$ or €ILoveNewYork€',
    'between $ SomeVariable $ and $ OtherVariable $',
    'LaTeX: $x+y$, $\\alpha_1 + \\beta_2$, $E=mc^2$, $$\\int_0^1 f(x)\\,dx$$',
    ['Template $', '{variable_name} and $', '{currentUserProfile} and `$', '{itemTitle}`'].join(''),
    'ISBN 978-3-16-148410-0, ISBN-13: 9783161484100',
    'Order (REF1234567890) shipped; see (iPhone15ProMax) and (SamsungGalaxyS23)',
    '我在淘宝上买的iPhone15ProMax的壳很好看，天猫也有卖',
    '今天去了MacBookAir2023的发布会，京东有货',
    'The quick brown fox jumps over the lazy dog. Internationalization matters.',
    '这是一段普通的中文文字，没有任何口令，也没有链接。我们明天见！',
    'Email JohnSmith1987@example.com or visit https://example.com/AbCdEf123456/page',
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    '💰 money 💰 and 🎁 gifts 🎁 for HappyBirthday 🎉',
    '🔑 喵口令 without keys 🔑',
  ])('%s', (text) => {
    expect(findShareCodes(text)).toEqual([]);
  });
});
