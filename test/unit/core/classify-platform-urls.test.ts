import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/classify';

/** [url, platform, category, registrable domain] */
const CASES: [string, string, 'ecommerce' | 'content', string][] = [
  // Taobao
  ['https://item.taobao.com/item.htm?id=567873872517', 'taobao', 'ecommerce', 'taobao.com'],
  ['https://h5.m.taobao.com/awp/core/detail.htm?id=1', 'taobao', 'ecommerce', 'taobao.com'],
  ['https://a.m.taobao.com/i572456021063.htm', 'taobao', 'ecommerce', 'taobao.com'],
  ['https://s.click.taobao.com/t?e=m%3D2', 'taobao', 'ecommerce', 'taobao.com'],
  ['https://uland.taobao.com/coupon/edetail?e=x', 'taobao', 'ecommerce', 'taobao.com'],
  ['https://world.taobao.com/item/1.htm', 'taobao', 'ecommerce', 'taobao.com'],
  ['https://shop113689769.taobao.com/', 'taobao', 'ecommerce', 'taobao.com'],
  ['https://www.taobao.com/', 'taobao', 'ecommerce', 'taobao.com'],
  ['https://m.tb.cn/h.3n52vLA', 'taobao', 'ecommerce', 'tb.cn'],
  ['https://e.tb.cn/h.abc?tk=E1UAbOaNcwP', 'taobao', 'ecommerce', 'tb.cn'],
  ['https://tb.cn/x', 'taobao', 'ecommerce', 'tb.cn'],
  ['https://tburl.in/abc', 'taobao', 'ecommerce', 'tburl.in'],
  // Tmall
  ['https://detail.tmall.com/item.htm?id=1', 'tmall', 'ecommerce', 'tmall.com'],
  ['https://detail.tmall.com/hk/item.htm?id=1', 'tmall', 'ecommerce', 'tmall.com'],
  ['https://chaoshi.detail.tmall.com/item.htm?id=1', 'tmall', 'ecommerce', 'tmall.com'],
  ['https://veromoda.tmall.com/', 'tmall', 'ecommerce', 'tmall.com'],
  ['https://detail.tmall.hk/hk/item.htm?id=1', 'tmall', 'ecommerce', 'tmall.hk'],
  ['https://detail.liangxinyao.com/item.htm?id=1', 'tmall', 'ecommerce', 'liangxinyao.com'],
  // Xianyu, 1688
  ['https://www.goofish.com/item?id=1', 'xianyu', 'ecommerce', 'goofish.com'],
  ['https://acs.m.goofish.com/h5/x', 'xianyu', 'ecommerce', 'goofish.com'],
  ['https://detail.1688.com/offer/1.html', '1688', 'ecommerce', '1688.com'],
  // JD
  ['https://item.jd.com/100014352539.html', 'jd', 'ecommerce', 'jd.com'],
  ['https://item.m.jd.com/product/100014352539.html', 'jd', 'ecommerce', 'jd.com'],
  ['https://u.jd.com/AbCdEf', 'jd', 'ecommerce', 'jd.com'],
  ['https://union-click.jd.com/jdc?d=AbC', 'jd', 'ecommerce', 'jd.com'],
  ['https://mall.jd.com/index-1000000127.html', 'jd', 'ecommerce', 'jd.com'],
  ['https://m.jd.com/', 'jd', 'ecommerce', 'jd.com'],
  ['https://mitem.jd.hk/product/1.html', 'jd', 'ecommerce', 'jd.hk'],
  ['https://npcitem.jd.hk/1.html', 'jd', 'ecommerce', 'jd.hk'],
  ['https://3.cn/2V-chiOQ?jkl=@EDoxt4DBLAN@', 'jd', 'ecommerce', '3.cn'],
  ['https://c.3.cn/globalBuy?skuId=1', 'jd', 'ecommerce', '3.cn'],
  ['https://m.jingxi.com/item/view?sku=1', 'jd', 'ecommerce', 'jingxi.com'],
  ['https://lzdz1-isv.isvjcloud.com/dingzhi/x/activity/1', 'jd', 'ecommerce', 'isvjcloud.com'],
  // Pinduoduo
  ['https://mobile.yangkeduo.com/goods.html?goods_id=1', 'pinduoduo', 'ecommerce', 'yangkeduo.com'],
  ['https://www.pinduoduo.com/', 'pinduoduo', 'ecommerce', 'pinduoduo.com'],
  // Douyin
  ['https://www.douyin.com/video/7000000000000000000', 'douyin', 'content', 'douyin.com'],
  ['https://v.douyin.com/afq0ekmPr9g/', 'douyin', 'content', 'douyin.com'],
  [
    'https://www.iesdouyin.com/share/video/7000000000000000000',
    'douyin',
    'content',
    'iesdouyin.com',
  ],
  [
    'https://haohuo.jinritemai.com/views/product/item2?id=1',
    'douyin',
    'ecommerce',
    'jinritemai.com',
  ],
  ['https://jinritemai.com/', 'douyin', 'ecommerce', 'jinritemai.com'],
  // Kuaishou
  ['https://v.kuaishou.com/JTDKHe', 'kuaishou', 'content', 'kuaishou.com'],
  ['https://www.kuaishou.com/short-video/3x', 'kuaishou', 'content', 'kuaishou.com'],
  ['https://v.m.chenzhongtech.com/fw/photo/3x', 'kuaishou', 'content', 'chenzhongtech.com'],
  ['https://www.gifshow.com/s/x', 'kuaishou', 'content', 'gifshow.com'],
  ['https://v.kuaishouapp.com/s/QKtYIfi3', 'kuaishou', 'content', 'kuaishouapp.com'],
  [
    'https://app.kwaixiaodian.com/merchant/shop/detail?id=1',
    'kuaishou',
    'ecommerce',
    'kwaixiaodian.com',
  ],
  // Xiaohongshu
  [
    'https://www.xiaohongshu.com/explore/64533a53000000001203ef7d',
    'xiaohongshu',
    'content',
    'xiaohongshu.com',
  ],
  [
    'https://www.xiaohongshu.com/discovery/item/64533a53',
    'xiaohongshu',
    'content',
    'xiaohongshu.com',
  ],
  [
    'https://www.xiaohongshu.com/user/profile/60967c79',
    'xiaohongshu',
    'content',
    'xiaohongshu.com',
  ],
  [
    'https://www.xiaohongshu.com/goods-detail/5e0000',
    'xiaohongshu',
    'ecommerce',
    'xiaohongshu.com',
  ],
  ['https://www.xiaohongshu.com/goods/5e0000', 'xiaohongshu', 'ecommerce', 'xiaohongshu.com'],
  ['https://xhslink.com/a/AbCd', 'xiaohongshu', 'content', 'xhslink.com'],
  ['https://xhs.cn/x', 'xiaohongshu', 'content', 'xhs.cn'],
  // Others
  ['https://b23.tv/BV1xx', 'bilibili', 'content', 'b23.tv'],
  ['https://www.bilibili.com/video/BV1xx', 'bilibili', 'content', 'bilibili.com'],
  ['https://mall.bilibili.com/detail.html?itemsId=1', 'bilibili', 'ecommerce', 'bilibili.com'],
  ['https://detail.vip.com/detail-1-2.html', 'vipshop', 'ecommerce', 'vip.com'],
  ['https://www.meituan.com/', 'meituan', 'ecommerce', 'meituan.com'],
];

describe('classify: platform links', () => {
  it.each(CASES)('%s → %s (%s)', (url, platform, category, domain) => {
    const result = classify(url);
    expect(result).toMatchObject({ kind: 'url', platform, category, domain, via: [], codes: null });
    expect(result.input).toBe(url);
    expect(result.owner).not.toBeNull();
  });

  it('classifies m.tb.cn short links, shared by Taobao, Tmall and Xianyu, as taobao', () => {
    expect(classify('https://m.tb.cn/h.4CEhFr0?sm=70d491').platform).toBe('taobao');
  });

  it("unwraps Taobao's and JD's own redirects to their target, and keeps them without one", () => {
    const target = 'https://detail.tmall.com/item.htm?id=1';
    expect(
      classify(`https://s.click.taobao.com/t?e=m%3D2&l=${encodeURIComponent(target)}`),
    ).toMatchObject({
      platform: 'tmall',
      url: target,
      via: ['taobao-affiliate'],
    });
    expect(
      classify(`https://uland.taobao.com/coupon/edetail?url=${encodeURIComponent(target)}`),
    ).toMatchObject({
      platform: 'tmall',
      via: ['taobao-affiliate'],
    });
    const jd =
      'https://ccc-x.jd.com/dsp/cl?posid=1999&v=707&to=https%3A%2F%2Fitem.jd.com%2F11209741.html';
    expect(classify(jd)).toMatchObject({
      platform: 'jd',
      url: 'https://item.jd.com/11209741.html',
      via: ['jd-click'],
    });
    expect(
      classify('https://union-click.jd.com/jdc?e=&p=1&to=https%3A%2F%2Fitem.jd.com%2F2.html'),
    ).toMatchObject({
      url: 'https://item.jd.com/2.html',
      via: ['jd-click'],
    });
    // A target parameter whose name is escaped is read as the URL parser reads it.
    expect(
      classify('https://s.click.taobao.com/t?e=1&%6C=https%3A%2F%2Fitem.jd.com%2F3.html'),
    ).toMatchObject({ platform: 'jd', via: ['taobao-affiliate'] });
    expect(
      classify('https://s.click.taobao.com/t?e=m%3D2#l=https://item.jd.com/1.html'),
    ).toMatchObject({
      platform: 'taobao',
      url: 'https://s.click.taobao.com/t?e=m%3D2#l=https://item.jd.com/1.html',
      via: [],
    });
    // Without a web target the redirect is the platform's own link.
    expect(classify('https://s.click.taobao.com/t?e=m%3D2&l=javascript%3Aalert(1)')).toMatchObject({
      platform: 'taobao',
      via: [],
    });
    // With a target of no platform it goes there, and is no platform's.
    expect(classify('https://s.click.taobao.com/t?l=https%3A%2F%2Fexample.com%2F').kind).toBe(
      'none',
    );
  });

  it('returns the normalised URL: lower-case host, no default port, no user info', () => {
    expect(classify('HTTPS://ITEM.TAOBAO.COM:443/item.htm?id=1').url).toBe(
      'https://item.taobao.com/item.htm?id=1',
    );
    expect(classify('https://user:pw@item.jd.com/1.html#top').url).toBe(
      'https://item.jd.com/1.html#top',
    );
  });
});
