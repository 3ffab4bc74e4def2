import type { Source } from '../policy/source';

/**
 * Documents the platform, wrapper and share-code tables rest on. Titles say what each one shows;
 * "own site" entries cite a platform's home page for a host that is well known but absent from
 * the project's research notes.
 */

/** Research notes, hosts section: facts from public code whose repository was not identified. */
export const NOTES_HOSTS: Source = {
  title:
    'Research notes §4, domains and short-link hosts seen in public code (repository not identified)',
  url: 'policy-evidence.md §4',
};

/** Research notes, share-code section. */
export const NOTES_CODES: Source = {
  title: 'Research notes §5, Taobao password (淘口令) formats (public code excerpts)',
  url: 'policy-evidence.md §5',
};

/** Research notes, WeChat interstitial and bridge pages. */
export const NOTES_WECHAT_PAGES: Source = {
  title: 'Research notes §2 and §7, WeChat interstitial and bridge pages (public code)',
  url: 'policy-evidence.md §2, §7',
};

/** Alibaba's eTLD+1s as one first party (tburl.in, liangxinyao.com…). */
export const PRIVACY_BADGER_FIRST_PARTIES: Source = {
  title: "Privacy Badger multiDomainFirstParties.js (Alibaba's first-party domains)",
  url: 'https://github.com/EFForg/privacybadger/blob/master/src/js/multiDomainFirstParties.js',
};

/** Alibaba's properties as one entity (taobao.com, tmall.com, goofish.com, 1688.com…). */
export const TRACKER_RADAR_ALIBABA: Source = {
  title: 'DuckDuckGo Tracker Radar, entities/Alibaba Group.json',
  url: 'https://github.com/duckduckgo/tracker-radar/blob/main/entities/Alibaba%20Group.json',
};

/** 2018 淘口令 share texts, Tmall's 🔑喵口令🔑 text and the a.m.taobao.com item link. */
export const TAOBAO_TOPSDK_PASSWORDS: Source = {
  title: 'makelove/Taobao_topsdk, 淘口令 parsing test with 2018 share texts',
  url: 'https://github.com/makelove/Taobao_topsdk/blob/HEAD/测试/淘口令-解析淘口令1.py',
};

/** JD's 京口令 format and item, mall and m hosts. */
export const JING_KOU_LING: Source = {
  title: 'raycast/extensions jing-kou-ling README (JD 京口令 and JD hosts)',
  url: 'https://github.com/raycast/extensions/blob/main/extensions/jing-kou-ling/README.md',
};

/** Pinduoduo goods links on mobile.yangkeduo.com. */
export const GREASYFORK_PINDUODUO: Source = {
  title: 'beak2825/greasyfork_archives js_greasyfork/485818.js (Pinduoduo goods links)',
  url: 'https://github.com/beak2825/greasyfork_archives/blob/HEAD/js_greasyfork/485818.js',
};

/** Douyin share text and v.douyin.com → iesdouyin.com redirect; a Xiaohongshu code. */
export const WUDI_DOUYIN_REPORT: Source = {
  title: 'chusan666/wudi FINAL_REPORT.md (Douyin and Xiaohongshu share texts)',
  url: 'https://github.com/chusan666/wudi/blob/HEAD/FINAL_REPORT.md',
};

/** Kuaishou share text with a v.kuaishou.com link. */
export const KUAISHOU_SHARE_DOC: Source = {
  title: 'ikenxuan/kkkkkk-10086 docs/intro/kuaishou.md (Kuaishou share links)',
  url: 'https://github.com/ikenxuan/kkkkkk-10086/blob/HEAD/docs/intro/kuaishou.md',
};

/** Xiaohongshu hosts xiaohongshu.com, xhslink.com, xhs.cn. */
export const SELFHOST_DL_PATTERNS: Source = {
  title: 'victor3232/selfhost-dl src/system/patterns.js (Xiaohongshu hosts)',
  url: 'https://github.com/victor3232/selfhost-dl/blob/HEAD/src/system/patterns.js',
};

/** Xianyu API hosts under goofish.com. */
export const GOOFISH_CLIENT: Source = {
  title: '11273/goofish-client (Xianyu API hosts under goofish.com)',
  url: 'https://github.com/11273/goofish-client',
};

/** Bilibili's b23.tv short links. */
export const MIRAI_BILIBILI: Source = {
  title: 'xiaoyv404/mirai-comprehensivePlugin (Bilibili b23.tv short links)',
  url: 'https://github.com/xiaoyv404/mirai-comprehensivePlugin',
};

/** Names JD, Pinduoduo, Kuaishou, Bilibili, Vipshop and Meituan as opening in WeChat. */
export const WIDECAP_TENCENT_PLATFORMS: Source = {
  title:
    'Report that JD, Pinduoduo, Kuaishou, Bilibili, Vipshop and Meituan links opened in WeChat (Nov 2021, mirror copy)',
  url: 'https://widecap.chieffocus.com/news/933a80998257.html',
};

/** Redirect wrappers of Google, Facebook, Instagram, YouTube, Reddit and Messenger. */
export const CLEARURLS_RULES: Source = {
  title: 'ClearURLs rules data.min.json (redirections)',
  url: 'https://github.com/ClearURLs/Rules/blob/master/data.min.json',
};

/** Redirect pages of QQ, Zhihu, Weibo, Douban, CSDN, Jianshu and YouTube. */
export const REMOVE_LINK_REDIRECTS: Source = {
  title: 'Mikachu2333/remove-link-redirects userscript (Chinese sites’ redirect pages)',
  url: 'https://github.com/Mikachu2333/remove-link-redirects/blob/HEAD/remove-link-redirects.js',
};

/** WeChat's newredirectconfirmcgi page on weixin110.qq.com and security.wechat.com. */
export const UNBLOCK_URL_IN_WECHAT: Source = {
  title: 'zZPiglet/Task UnblockURLinWeChat (WeChat newredirectconfirmcgi pages)',
  url: 'https://github.com/zZPiglet/Task/blob/master/UnblockURLinWeChat.sgmodule',
};

/** WeChat's weixin110.qq.com block page carries its target in `url`. */
export const WEIXIN_UNBLOCK: Source = {
  title: 'wfxiang08/weixin-unblock background.js (weixin110.qq.com url parameter)',
  url: 'https://github.com/wfxiang08/weixin-unblock/blob/HEAD/background.js',
};

/** Makes an "own site" source for a host that is well known but not in the research notes. */
export function ownSite(platform: string, url: string): Source {
  return { title: `${platform} own site (host not in the research notes)`, url };
}

/**
 * Makes a source for a fact seen in public code found by searching GitHub for an exact string
 * (the repository was not recorded): the address is that search.
 */
export function publicCode(fact: string, exact: string): Source {
  return {
    title: `${fact} (public code on GitHub, found by its exact text)`,
    url: `https://github.com/search?type=code&q=${encodeURIComponent(`"${exact}"`)}`,
  };
}

/** JD's app shares items as 【京东】https://3.cn/…?jkl=@…@ texts. */
export const JD_APP_SHARE_3CN = publicCode(
  'JD app share text with a 3.cn short link and a jkl token',
  '3.cn/2V-chiOQ?jkl=@EDoxt4DBLAN@',
);

/** d.3.cn and c.3.cn are JD hosts in JD's own pages and scripts. */
export const JD_HOME_PAGE_3CN: Source = {
  title: 'Saved jd.com home page (dns-prefetch of d.3.cn, a JD host)',
  url: 'https://github.com/youzhicode/golang/blob/HEAD/ch1/fetchall2/jd.com',
};

/** Kuaishou Lite (快手极速版) shares as v.kuaishouapp.com/s/… links. */
export const KUAISHOU_LITE_SHARE = publicCode(
  'Kuaishou Lite (快手极速版) share text with a v.kuaishouapp.com link',
  'v.kuaishouapp.com/s/QKtYIfi3',
);

/** JD 京口令 of 2021: "NN.0复制整段话 http:/J…" with codes between #, %, @, ! and ￥. */
export const JD_COMMAND_2021 = publicCode(
  'JD 京口令 texts of 2021 (复制整段话, http:/J… codes, #…@ and ￥…￥ marks)',
  '复制整段话 http:/J01eyNkGXlyRZF',
);

/** JD's ccc-x.jd.com click redirect carries its target in `to`. */
export const JD_CLICK_REDIRECT = publicCode(
  'JD ad click redirect ccc-x.jd.com/dsp/cl with its target in the to parameter',
  'ccc-x.jd.com/dsp/cl?posid=1999',
);

/** App link schemes of Chinese shopping and content apps. */
export const APP_SCHEMES_TABLE = publicCode(
  'Table of app link schemes (taobao://, openApp.jdMobile://, pinduoduo://, snssdk1128://)',
  "label:'拼多多',value:'pinduoduo://'",
);

/** Tmall's app link tmall://page.tm/… */
export const TMALL_APP_LINK = publicCode(
  'Tmall app link tmall://page.tm/appLink opening the com.tmall.wireless app',
  'tmall://page.tm/appLink',
);

/** Xiaohongshu's app link xhsdiscover://… */
export const XHS_APP_LINK = publicCode(
  'Xiaohongshu app link xhsdiscover://item/… next to its web note links',
  'xhsdiscover://item/',
);

/** Kuaishou's app link kwai://… */
export const KUAISHOU_APP_LINK = publicCode(
  'App scheme table naming kwai:// for Kuaishou (com.smile.gifmaker)',
  '| kwai://',
);

/** Douyin's app link snssdk1128://… */
export const DOUYIN_APP_LINK = publicCode(
  'App scheme table naming snssdk1128:// for Douyin (com.ss.android.ugc.aweme)',
  '`snssdk1128://`',
);

/** Xianyu items shared as 【闲鱼】https://m.tb.cn/… texts. */
export const XIANYU_SHARE_TEXT = publicCode(
  'Xianyu share text 【闲鱼】 with an m.tb.cn short link',
  '【闲鱼】https://m.tb.cn/h.RT9Lh91',
);

/** m.jingxi.com, JD's Jingxi (京喜) shop, in scripts for JD's apps. */
export const JD_SCRIPTS_JINGXI: Source = {
  title: 'LJMX996/jd TS_USER_AGENTS.ts and activity scripts (m.jingxi.com, st.jingxi.com)',
  url: 'https://github.com/LJMX996/jd',
};

/** JD shops' campaign pages on isvjcloud.com, in scripts for JD's apps. */
export const JD_SCRIPTS_ISV: Source = {
  title: 'LJMX996/jd activity/jd_618.js (JD shop campaign pages on lzdz1-isv.isvjcloud.com)',
  url: 'https://github.com/LJMX996/jd',
};
