import {
  DOUYIN_APP_LINK,
  GOOFISH_CLIENT,
  GREASYFORK_PINDUODUO,
  JD_APP_SHARE_3CN,
  JD_CLICK_REDIRECT,
  JD_COMMAND_2021,
  JD_HOME_PAGE_3CN,
  JD_SCRIPTS_ISV,
  JD_SCRIPTS_JINGXI,
  JING_KOU_LING,
  KUAISHOU_LITE_SHARE,
  KUAISHOU_SHARE_DOC,
  MIRAI_BILIBILI,
  NOTES_HOSTS,
  ownSite,
  PRIVACY_BADGER_FIRST_PARTIES,
  SELFHOST_DL_PATTERNS,
  TAOBAO_TOPSDK_PASSWORDS,
  TRACKER_RADAR_ALIBABA,
  WIDECAP_TENCENT_PLATFORMS,
  WUDI_DOUYIN_REPORT,
  XIANYU_SHARE_TEXT,
} from './link-sources';
import type { Platform } from './platform';

/**
 * The platforms the classifier knows, as data. Every host under a listed registrable domain
 * belongs to the platform; host patterns and path rules only refine the category.
 *
 * Decisions:
 * - m.tb.cn / e.tb.cn short links are shared by Taobao, Tmall and Xianyu: they count as `taobao`.
 * - Share short links (v.douyin.com, v.kuaishou.com, xhslink.com, b23.tv) usually point to a
 *   video or note, so they are `content`; shopping short links (m.tb.cn, u.jd.com) `ecommerce`.
 * - 2.taobao.com (old Xianyu web) is simply a taobao.com host.
 * - 3.cn is JD's: its app shares items as 3.cn short links, and JD's own pages use d.3.cn.
 * - tb.cn short links are `sharedBy` Taobao, Tmall and Xianyu: in a share text, the app the text
 *   names (【闲鱼】, a Xianyu code…) decides which one (see share-text-platform.ts).
 */
export const PLATFORMS: readonly Platform[] = [
  {
    id: 'taobao',
    owner: 'alibaba',
    name: { en: 'Taobao', zh_CN: '淘宝' },
    category: 'ecommerce',
    sources: [NOTES_HOSTS, TAOBAO_TOPSDK_PASSWORDS],
    domains: [
      {
        domain: 'taobao.com',
        sources: [NOTES_HOSTS, TAOBAO_TOPSDK_PASSWORDS, TRACKER_RADAR_ALIBABA],
        hosts: [
          { subdomain: '', role: 'home' },
          { subdomain: 'www', role: 'home' },
          { subdomain: 'item', role: 'product' },
          { subdomain: 'a.m', role: 'product' },
          { subdomain: 'h5.m', role: 'mobile' },
          { subdomain: 's.click', role: 'affiliate' },
          { subdomain: 'uland', role: 'affiliate' },
          { subdomain: 'world', role: 'international' },
          { subdomain: 'shop*', role: 'shop' },
        ],
      },
      {
        domain: 'tb.cn',
        sources: [NOTES_HOSTS, TAOBAO_TOPSDK_PASSWORDS, XIANYU_SHARE_TEXT],
        sharedBy: ['taobao', 'tmall', 'xianyu'],
        hosts: [
          { subdomain: 'm', role: 'short' },
          { subdomain: 'e', role: 'short' },
          { subdomain: '', role: 'short' },
        ],
      },
      {
        domain: 'tburl.in',
        sources: [PRIVACY_BADGER_FIRST_PARTIES],
        weak: 'Listed as an Alibaba first-party domain; taken to be a Taobao short-link host.',
      },
    ],
  },
  {
    id: 'tmall',
    owner: 'alibaba',
    name: { en: 'Tmall', zh_CN: '天猫' },
    category: 'ecommerce',
    sources: [NOTES_HOSTS, TRACKER_RADAR_ALIBABA],
    domains: [
      {
        domain: 'tmall.com',
        sources: [NOTES_HOSTS, TRACKER_RADAR_ALIBABA],
        hosts: [
          { subdomain: '', role: 'home' },
          { subdomain: 'www', role: 'home' },
          { subdomain: 'detail', role: 'product' },
          { subdomain: 'chaoshi.detail', role: 'product' },
          { subdomain: 'detail.m', role: 'product' },
        ],
      },
      {
        domain: 'tmall.hk',
        sources: [ownSite('Tmall Global', 'https://www.tmall.hk/')],
        hosts: [{ subdomain: 'detail', role: 'product' }],
      },
      {
        domain: 'liangxinyao.com',
        sources: [NOTES_HOSTS, PRIVACY_BADGER_FIRST_PARTIES],
        weak: 'Listed among Taobao/Tmall hosts and as Alibaba first-party; assigned to Tmall by us.',
      },
      {
        domain: 'yukhj.com',
        sources: [TAOBAO_TOPSDK_PASSWORDS],
        weak: 'Seen once, as the link in a 2018 Tmall 喵口令 share text.',
      },
    ],
  },
  {
    id: 'xianyu',
    owner: 'alibaba',
    name: { en: 'Xianyu', zh_CN: '闲鱼' },
    category: 'ecommerce',
    sources: [GOOFISH_CLIENT, TRACKER_RADAR_ALIBABA],
    domains: [
      {
        domain: 'goofish.com',
        sources: [GOOFISH_CLIENT, TRACKER_RADAR_ALIBABA],
        hosts: [
          { subdomain: '', role: 'home' },
          { subdomain: 'www', role: 'home' },
          { subdomain: 'acs.m', role: 'api' },
        ],
      },
    ],
  },
  {
    id: '1688',
    owner: 'alibaba',
    name: { en: '1688', zh_CN: '1688' },
    category: 'ecommerce',
    sources: [TRACKER_RADAR_ALIBABA],
    domains: [
      {
        domain: '1688.com',
        sources: [TRACKER_RADAR_ALIBABA],
        hosts: [{ subdomain: 'detail', role: 'product' }],
      },
    ],
  },
  {
    id: 'jd',
    owner: 'jd',
    name: { en: 'JD.com', zh_CN: '京东' },
    category: 'ecommerce',
    sources: [NOTES_HOSTS, JING_KOU_LING, JD_COMMAND_2021, JD_CLICK_REDIRECT],
    domains: [
      {
        domain: 'jd.com',
        sources: [NOTES_HOSTS, JING_KOU_LING],
        hosts: [
          { subdomain: '', role: 'home' },
          { subdomain: 'www', role: 'home' },
          { subdomain: 'item', role: 'product' },
          { subdomain: 'item.m', role: 'product' },
          { subdomain: 'm', role: 'mobile' },
          { subdomain: 'mall', role: 'shop' },
          { subdomain: 'u', role: 'short' },
          { subdomain: 'union-click', role: 'affiliate' },
          { subdomain: 'ccc-x', role: 'affiliate' },
        ],
      },
      {
        domain: 'jd.hk',
        sources: [NOTES_HOSTS],
        hosts: [
          { subdomain: 'mitem', role: 'product' },
          { subdomain: 'item', role: 'product' },
          { subdomain: 'npcitem', role: 'product' },
        ],
      },
      {
        domain: '3.cn',
        sources: [JD_APP_SHARE_3CN, JD_HOME_PAGE_3CN],
        hosts: [{ subdomain: '', role: 'short' }],
      },
      {
        domain: 'jingxi.com',
        sources: [JD_SCRIPTS_JINGXI],
        hosts: [{ subdomain: 'm', role: 'mobile' }],
        weak: "JD's Jingxi (京喜) shop, seen in scripts for JD's apps; its pages are JD's.",
      },
      {
        domain: 'isvjcloud.com',
        sources: [JD_SCRIPTS_ISV],
        weak: "Hosts JD shops' campaign pages (lzkj-isv…, lzdz1-isv…) opened from JD's app; taken as JD.",
      },
    ],
  },
  {
    id: 'pinduoduo',
    owner: 'pdd',
    name: { en: 'Pinduoduo', zh_CN: '拼多多' },
    category: 'ecommerce',
    sources: [GREASYFORK_PINDUODUO, WIDECAP_TENCENT_PLATFORMS],
    domains: [
      {
        domain: 'yangkeduo.com',
        sources: [GREASYFORK_PINDUODUO],
        hosts: [{ subdomain: 'mobile', role: 'mobile' }],
      },
      {
        domain: 'pinduoduo.com',
        sources: [NOTES_HOSTS],
        hosts: [{ subdomain: 'www', role: 'home' }],
      },
    ],
  },
  {
    id: 'douyin',
    owner: 'bytedance',
    name: { en: 'Douyin', zh_CN: '抖音' },
    category: 'content',
    sources: [WUDI_DOUYIN_REPORT, NOTES_HOSTS, DOUYIN_APP_LINK],
    domains: [
      {
        domain: 'douyin.com',
        sources: [WUDI_DOUYIN_REPORT],
        hosts: [
          { subdomain: 'www', role: 'home' },
          { subdomain: 'v', role: 'short' },
        ],
      },
      {
        domain: 'iesdouyin.com',
        sources: [WUDI_DOUYIN_REPORT],
        hosts: [{ subdomain: 'www', role: 'share' }],
      },
      {
        domain: 'jinritemai.com',
        category: 'ecommerce',
        sources: [NOTES_HOSTS],
        hosts: [{ subdomain: 'haohuo', role: 'product' }],
      },
    ],
  },
  {
    id: 'kuaishou',
    owner: 'kuaishou',
    name: { en: 'Kuaishou', zh_CN: '快手' },
    category: 'content',
    sources: [KUAISHOU_SHARE_DOC, NOTES_HOSTS],
    domains: [
      {
        domain: 'kuaishou.com',
        sources: [KUAISHOU_SHARE_DOC, NOTES_HOSTS],
        hosts: [
          { subdomain: 'www', role: 'video' },
          { subdomain: 'v', role: 'short' },
        ],
      },
      {
        domain: 'chenzhongtech.com',
        sources: [NOTES_HOSTS],
        hosts: [{ subdomain: 'v.m', role: 'share' }],
      },
      { domain: 'gifshow.com', sources: [NOTES_HOSTS] },
      {
        domain: 'kuaishouapp.com',
        sources: [KUAISHOU_LITE_SHARE],
        hosts: [{ subdomain: 'v', role: 'short' }],
      },
      {
        domain: 'kwaixiaodian.com',
        category: 'ecommerce',
        sources: [ownSite('Kuaishou shop (快手小店)', 'https://www.kwaixiaodian.com/')],
      },
    ],
  },
  {
    id: 'xiaohongshu',
    owner: 'xingin',
    name: { en: 'Xiaohongshu', zh_CN: '小红书' },
    category: 'content',
    sources: [SELFHOST_DL_PATTERNS],
    domains: [
      {
        domain: 'xiaohongshu.com',
        sources: [
          SELFHOST_DL_PATTERNS,
          ownSite('Xiaohongshu (goods paths)', 'https://www.xiaohongshu.com/'),
        ],
        paths: [
          { prefix: '/goods-detail/', category: 'ecommerce' },
          { prefix: '/goods/', category: 'ecommerce' },
          { prefix: '/explore/', category: 'content' },
          { prefix: '/discovery/item/', category: 'content' },
          { prefix: '/user/profile/', category: 'content' },
        ],
        hosts: [
          { subdomain: 'www', role: 'home' },
          { subdomain: '', role: 'home' },
        ],
      },
      {
        domain: 'xhslink.com',
        sources: [SELFHOST_DL_PATTERNS],
        hosts: [{ subdomain: '', role: 'short' }],
      },
      { domain: 'xhs.cn', sources: [SELFHOST_DL_PATTERNS] },
    ],
  },
  {
    id: 'bilibili',
    owner: 'bilibili',
    name: { en: 'Bilibili', zh_CN: '哔哩哔哩' },
    category: 'content',
    sources: [MIRAI_BILIBILI, WIDECAP_TENCENT_PLATFORMS],
    domains: [
      {
        domain: 'bilibili.com',
        sources: [ownSite('Bilibili', 'https://www.bilibili.com/')],
        hosts: [
          { subdomain: 'www', role: 'home' },
          { subdomain: 'm', role: 'mobile' },
          { subdomain: 'mall', role: 'shop', category: 'ecommerce' },
        ],
      },
      {
        domain: 'b23.tv',
        sources: [MIRAI_BILIBILI],
        hosts: [{ subdomain: '', role: 'short' }],
      },
    ],
  },
  {
    id: 'vipshop',
    owner: 'vipshop',
    name: { en: 'Vipshop', zh_CN: '唯品会' },
    category: 'ecommerce',
    sources: [WIDECAP_TENCENT_PLATFORMS],
    domains: [
      {
        domain: 'vip.com',
        sources: [ownSite('Vipshop', 'https://www.vip.com/')],
        hosts: [
          { subdomain: 'www', role: 'home' },
          { subdomain: 'm', role: 'mobile' },
          { subdomain: 'detail', role: 'product' },
        ],
      },
    ],
  },
  {
    id: 'meituan',
    owner: 'meituan',
    name: { en: 'Meituan', zh_CN: '美团' },
    category: 'ecommerce',
    sources: [WIDECAP_TENCENT_PLATFORMS],
    domains: [
      {
        domain: 'meituan.com',
        sources: [ownSite('Meituan', 'https://www.meituan.com/')],
        hosts: [{ subdomain: 'www', role: 'home' }],
      },
    ],
  },
];
