// Realistic inputs for the classifier and the pages: ordinary links of many sites, platform links
// of every kind, wrapped and short links, and some odd ones.
import { pick, seededRandom } from './random.mjs';

const ORDINARY_HOSTS = [
  'en.wikipedia.org',
  'www.bbc.co.uk',
  'github.com',
  'news.ycombinator.com',
  'www.nytimes.com',
  'stackoverflow.com',
  'www.reddit.com',
  'docs.python.org',
  'www.amazon.com',
  'www.ebay.co.uk',
  'www.zhihu.com',
  'www.baidu.com',
  'weibo.com',
  'www.sina.com.cn',
  'www.163.com',
  'www.qq.com',
  'mp.weixin.qq.com',
  'www.example.net',
  'blog.example.org',
  'shop.example.com.au',
  'cdn.jsdelivr.net',
  'fonts.googleapis.com',
  'maps.google.com',
  'www.gov.cn',
  'user.github.io',
];
/** @type {((n: number) => string)[]} */
const PLATFORM_TEMPLATES = [
  (n) => `https://item.taobao.com/item.htm?id=${n}`,
  (n) => `https://detail.tmall.com/item.htm?id=${n}&skuId=${n + 7}`,
  (n) => `https://m.tb.cn/h.${n.toString(36)}Ab`,
  (n) => `https://s.click.taobao.com/t?e=m%3D2%26s%3D${n}`,
  (n) => `https://item.jd.com/${n}.html`,
  (n) => `https://item.m.jd.com/product/${n}.html`,
  (n) => `https://u.jd.com/${n.toString(36)}`,
  (n) => `https://mobile.yangkeduo.com/goods.html?goods_id=${n}`,
  (n) => `https://www.douyin.com/video/${n}123456`,
  (n) => `https://v.douyin.com/${n.toString(36)}/`,
  (n) => `https://haohuo.jinritemai.com/views/product/item2?id=${n}`,
  (n) => `https://www.goofish.com/item?id=${n}`,
  (n) => `https://v.kuaishou.com/${n.toString(36)}`,
  (n) => `https://www.xiaohongshu.com/explore/${n.toString(16)}0000`,
  (n) => `http://xhslink.com/a/${n.toString(36)}`,
];
/** @type {((n: number) => string)[]} */
const WRAPPED_TEMPLATES = [
  (n) =>
    `https://www.google.com/url?q=${encodeURIComponent(`https://item.taobao.com/item.htm?id=${n}`)}&sa=U`,
  (n) => `https://l.facebook.com/l.php?u=${encodeURIComponent(`https://item.jd.com/${n}.html`)}`,
  (n) =>
    `https://weixin110.qq.com/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi?url=${encodeURIComponent(`https://detail.tmall.com/item.htm?id=${n}`)}`,
  () => 'HTTPS://ITEM.TAOBAO.COM./item.htm?id=1',
  () => 'https://item.taobao.com.evil.example/item.htm?id=1',
  () => '复制这段描述￥MDGGba1MLQh￥后到淘宝',
  () => 'not a url at all',
];

/** @param {() => number} random @param {number} n */
export function ordinaryUrl(random, n) {
  return `https://${pick(random, ORDINARY_HOSTS)}/articles/${n}/page-${Math.floor(random() * 1000)}?ref=feed`;
}

/** @param {() => number} random @param {number} n */
export function platformUrl(random, n) {
  return pick(random, PLATFORM_TEMPLATES)(100000 + n);
}

/** The classifier mix: 75% ordinary links, 20% platform links, 5% wrapped, short or odd ones. */
/** @param {number} count @param {number} [seed] @returns {string[]} */
export function inputMix(count, seed = 42) {
  const random = seededRandom(seed);
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.75) out[i] = ordinaryUrl(random, i);
    else if (roll < 0.95) out[i] = platformUrl(random, i);
    else out[i] = pick(random, WRAPPED_TEMPLATES)(200000 + i);
  }
  return out;
}
