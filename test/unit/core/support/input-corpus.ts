/**
 * Real-world inputs, one or more per platform and kind the shipped rules speak of: product and
 * content links, short links, and share texts (淘口令, 京口令, Douyin and Xiaohongshu share texts).
 * The rule-coverage test proves that every shipped rule decides for at least one of them.
 */
export const INPUT_CORPUS: readonly string[] = [
  'https://item.taobao.com/item.htm?id=678901234567',
  'https://m.tb.cn/h.3n52vLA',
  'https://detail.tmall.com/item.htm?id=612345678901',
  'https://www.goofish.com/item?id=712345678901',
  'https://item.jd.com/100012345678.html',
  'https://u.jd.com/AbC12dE',
  'https://mobile.yangkeduo.com/goods.html?goods_id=123456789',
  'https://www.douyin.com/video/7301234567890123456',
  'https://v.douyin.com/iRyLb8kf/',
  'https://haohuo.jinritemai.com/views/product/item2?id=3456789012345',
  'https://v.kuaishou.com/JTDKHe',
  'https://b23.tv/BV1xx411c7mD',
  'https://m.vip.com/product-1234-5678.html',
  'https://www.meituan.com/meishi/123456/',
  'http://xhslink.com/a/AbCd',
  'https://www.xiaohongshu.com/explore/64a1b2c3d4e5f6a7b8c9d0e1',
  '【淘宝】https://m.tb.cn/h.3n52vLA 点击链接，再选择浏览器咑閞；或復·制这段描述￥E1UAbOaNcwP￥后到👉淘♂寳♀👈',
  '复制这段描述￥MDGGba1MLQh￥后到👉淘♂寳♀👈',
  '京口令 20:/！29KUN73nQllwi！',
  '8.61 nqh:/ 06/26 复制打开抖音，看看【张三的作品】# 美食',
  '😆 8HT8pM4ngHussRD 😆 复制本条信息打开【小红书】',
];
