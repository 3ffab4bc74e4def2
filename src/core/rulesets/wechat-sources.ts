/**
 * Public documents the WeChat ruleset rests on. Many are mirror or SEO copies of news articles;
 * the rules' evidence levels account for that.
 */
import type { Source } from '../source';

/** The Zimubang (字母榜) article of 2021-11-30 kept with the project's research material. */
export const ZIMUBANG_2021_11_30: Source = {
  title:
    'Zimubang (字母榜) article "互聯互通再升級,微信試行鬆綁外鏈" ("Alibaba Finally Taps into WeChat\'s Gold Mine"), 2021-11-30 11:34',
  url: 'urn:article:zimubang-2021-11-30',
};

export const SCMP_DOUYIN_2021: Source = {
  title: 'South China Morning Post: Douyin link problems on WeChat reported since March 2018',
  url: 'https://www.scmp.com/print/tech/big-tech/article/3119769',
};

export const DOUYIN_LAWSUIT_2021: Source = {
  title:
    "ByteDance's Douyin Sues Tencent for Monopolistic Practices on WeChat and QQ (blocked since April 2018)",
  url: 'http://wordp-appli-oeiffwjv3h0b-1837223528.ap-south-1.elb.amazonaws.com/bytedances-douyin-sues-tencent-for-monopolistic-practices-on-wechat-and-qq/',
};

export const DZGO_2018_03: Source = {
  title: 'Douyin links in Moments visible only to the poster (2018-03-24)',
  url: 'https://dzgo.cc/post/37875.html',
};

export const MOMENTS_NOTICE_2018: Source = {
  title: '关于进一步升级朋友圈外链管理规则的公告 (2018-05), repost',
  url: 'https://1ruanjian.com/jiaocheng/eGdH.html',
};

export const POLAMONAMOUR_2018_05_30: Source = {
  title: 'Moments code ban takes effect; Taobao turns to QR-code images (2018-05-30)',
  url: 'https://polamonamour.com/sxpd/ws/20180530/t20180530_524251937.shtml',
};

export const TECHNODE_2018_05_21: Source = {
  title: 'TechNode: WeChat removes external audiovisual link ban (2018-05-21)',
  url: 'https://technode.com/2018/05/21/wechat-removes-external-audiovisual-link-ban/',
};

export const DUCKSELL_2020_12_A: Source = {
  title: '针对第三方违规导流链接的治理公告 (2020-12), repost',
  url: 'https://ducksell.com/p/32291.html',
};

export const DUCKSELL_2020_12_B: Source = {
  title: 'WeChat governance of violating redirect links, enforced from 2020-12-21',
  url: 'https://ducksell.com/p/32301.html',
};

export const PCONLINE_2021_01_12: Source = {
  title:
    'PConline: 对第三方违规导流链接的处理公示 restricts Xiaohongshu, Zhihu and others (2021-01-12)',
  url: 'https://news.pconline.com.cn/1396/13968098.html',
};

export const FOK120_2021_01: Source = {
  title: 'WeChat restriction notice of 2021-01-12, repost',
  url: 'https://fok120.com/archiver/tid-74046.html',
};

export const BAIDUIPFS_2021_01_14: Source = {
  title: 'Report on the 2021-01-12 WeChat restriction notice (2021-01-14)',
  url: 'https://baiduipfs.com/news/content/2021-01/14/content_23889717_5.htm',
};

export const TELLERREPORT_2021_09_17: Source = {
  title:
    'Chinanews test: QQ unblocks Taobao and Douyin links, WeChat still shows the copy page; JD and Pinduoduo open (2021-09-17)',
  url: 'https://www.tellerreport.com/business/2021-09-17-the-reporter-test!-unblock-taobao-douyin-url-from-qq!-netizen--what-about-wechat-.rkG2x73-QK.html',
};

export const DOC360_2021_09_18: Source = {
  title: '关于《微信外部链接内容管理规范》调整的声明, with a private/group chat test (2021-09-18)',
  url: 'https://360doc.com/content/21/0918/00/73907446_996054595.shtml',
};

export const QDCAIJING_2021_09_17: Source = {
  title: 'WeChat statement on adjusting the external-link rules (2021-09-17), repost',
  url: 'https://qdcaijing.com/p/303699.html',
};

export const CNBETA_2021_09_17: Source = {
  title: 'cnBeta repost of the 2021-09-17 WeChat statement, stamped 17:48',
  url: 'https://0xu.cn/mini/intelnet/dynamic/7599.html',
};

export const SOLIDOT_2021_09_17: Source = {
  title: 'Solidot: WeChat allows external links in one-to-one chats (2021-09-17 19:08)',
  url: 'https://solidot.org/story?sid=68979',
};

export const TFTNEWS_2021_09_17: Source = {
  title:
    'Southern Metropolis Daily test after the 2021-09-17 statement: Douyin "继续访问", Taobao/Tmall still copy-only or blank',
  url: 'https://m.tftnews.com/news1835770',
};

export const XIAOQIWEB_2021_09: Source = {
  title: 'Private chats show a prompt with "继续访问"; group chats stay blocked (2021-09)',
  url: 'https://xiaoqiweb.com/news/727803.html',
};

export const CHATLABS_2021_09: Source = {
  title:
    'ChatLabs: WeChat allows external links, how will this influence internet giants (2021-09)',
  url: 'https://chatlabs.com/blog/wechat-allows-external-links-how-will-this-influence-internet-giants',
};

export const CTO51_2021_09_17: Source = {
  title: '51CTO: QQ and WeChat link tests; Douyin share codes garbled in WeChat (2021-09-17)',
  url: 'https://51cto.com/article/682808.html',
};

export const YIDUSHI_2021_11_29: Source = {
  title: '关于《微信外部链接内容管理规范》的更新声明, with tests (2021-11-29 evening)',
  url: 'https://yidushi.cjyun.org/p/36758.html',
};

export const CNNB_2021_11_29: Source = {
  title: 'The Paper via cnnb.com.cn: WeChat opens external links in one-to-one chats (2021-11-29)',
  url: 'https://news.cnnb.com.cn/system/2021/11/29/030308548.shtml',
};

export const GTXH_2021_11_30: Source = {
  title: 'After November 29, e-commerce links open without the warning page (2021-11-30)',
  url: 'https://m.gtxh.com/zixun/jinrong/2021/1130/68564.html',
};

export const MZ6_2021_11_29: Source = {
  title:
    '6mz: WeChat update tested "this afternoon"; Douyin links open in one-to-one chats, not in groups (2021-11-29)',
  url: 'https://6mz.cn/article/scdjoh.html',
};

export const GLOBALTIMES_2021_11_29: Source = {
  title:
    'Global Times: WeChat allows direct access to external links in one-to-one chats (2021-11-29, by 22:47)',
  url: 'https://globaltimes.cn/page/202111/1240231.shtml',
};

export const SMD_163_2021_11_29: Source = {
  title:
    'Southern Metropolis Daily test (2021-11-29 evening): Taobao opens in one-to-one chats, copy-only in groups, a Douyin video link garbled',
  url: 'https://c.m.163.com/news/a/GQ0OJEHB05129QAF.html',
};

export const WIDECAP_2021_11_29: Source = {
  title:
    'Mirror copy: Tencent says group e-commerce links work after midnight; JD, Pinduoduo, Kuaishou, Bilibili, Vipshop, Meituan open normally (2021-11-29)',
  url: 'https://widecap.chieffocus.com/news/933a80998257.html',
};

export const L1PIA_2021_11_30: Source = {
  title: 'Mirror of InfoQ: WeChat says coverage completes over Monday and Tuesday (2021-11-30)',
  url: 'https://l1pia.cn/news/article-39766.html',
};

export const STUDYOFNET_2021_11: Source = {
  title: 'Tests after the 2021-11-29 WeChat update (Douyin links in one-to-one chats)',
  url: 'https://m.studyofnet.com/718928906.html',
};

export const IASK_2022_01: Source = {
  title:
    'Taobao shares plain links that open in WeChat chats; Xianyu and Douyin shop links open too (2022-01)',
  url: 'https://iask.ca/news/5877',
};

export const WWY_2022_01: Source = {
  title: 'Taobao links open directly in WeChat (2022-01)',
  url: 'https://wwy.cn/?p=72952',
};

export const SUPERPYQ_2022_01_27: Source = {
  title:
    'Taobao links open in WeChat group chats (about 2022-01-27, date decoded from the page id)',
  url: 'https://superpyq.com/article/61f226789cb93662adc93b1b',
};

export const KUAIHZ_2023_01: Source = {
  title: 'Douyin links and codes can be neither opened nor copied in WeChat (2023-01-10)',
  url: 'https://kuaihz.com/tid1/tid85_1402665.html',
};

export const CHY56_2023_01: Source = {
  title:
    'WeChat cites rule 17 against codes; Douyin says Moments and group chats still do not open its links (2023-01)',
  url: 'https://chy56.com/show/20442.html',
};

export const GLEV_2023_01: Source = {
  title: 'Douyin links in WeChat restored (2023-01-11)',
  url: 'https://sicmodule.glev.cn/mobile/news/11689.html',
};

export const TMTPOST_2023_09_25: Source = {
  title: 'TMTPost: WeChat ads may jump straight to Taobao and Tmall shops (2023-09-25)',
  url: 'https://tmtpost.com/6730239.html',
};

export const SRWJ168_2024_09: Source = {
  title: 'Taobao and Tmall open WeChat Pay to all merchants from 2024-09-12',
  url: 'https://m.srwj168.com.cn/kuaibao/20969.html',
};

export const NETEASE_2026_02_04: Source = {
  title: 'Yuanbao links restricted in WeChat with the copy-to-browser page (2026-02-04)',
  url: 'https://m.163.com/dy/article/KKTTRUR60530KP1K.html',
};

export const IFENG_2026_02: Source = {
  title: 'Baidu Wenxin links restricted in WeChat (2026-02)',
  url: 'https://tech.ifeng.com/c/8qUJk2EvzCc',
};

export const SHIMAOGU_2021_10_27: Source = {
  title: 'Taobao cart sharing reaches WeChat only as a code (2021-10-27)',
  url: 'https://m.shimaogu.com/jiankang/shenghuobaojian/862566.html',
};

export const JSMBW_2019_10: Source = {
  title: 'Revised 微信外部链接内容管理规范 (2019-10) and a 已停止访问 page',
  url: 'https://jsmbw.com/news/532312.html',
};
