/** WeChat rules for Xiaohongshu, Tencent-friendly platforms and share codes in general. */
import type { Rule } from '../rule';
import { UPDATE_2021_11_29, XHS_RESTRICTED } from './wechat-instants';
import * as S from './wechat-sources';

export const XIAOHONGSHU_RULES: Rule[] = [
  {
    id: 'xiaohongshu-warn-2021-01-12',
    platforms: ['xiaohongshu'],
    kinds: ['url'],
    scopes: ['private', 'group'],
    from: XHS_RESTRICTED,
    until: UPDATE_2021_11_29,
    outcome: 'warn',
    evidence: 'announced',
    sources: [S.PCONLINE_2021_01_12, S.FOK120_2021_01, S.BAIDUIPFS_2021_01_14],
    explanation: {
      en: "WeChat's notice of 2021-01-12 on violating redirect links restricted Xiaohongshu, whose links then showed a safety page where users could tap continue (继续访问) or copy the link to a browser (the start of day is a chosen time).",
      zh_CN:
        '微信2021-01-12发布对第三方违规导流链接的处理公示，限制小红书链接，用户需点击“继续访问”或复制到浏览器打开（当日零点为所取时间）。',
    },
  },
  {
    id: 'xiaohongshu-private-direct-2021-11-29',
    platforms: ['xiaohongshu'],
    kinds: ['url'],
    scopes: ['private'],
    from: UPDATE_2021_11_29,
    until: null,
    outcome: 'direct',
    evidence: 'inferred',
    sources: [S.YIDUSHI_2021_11_29, S.GLOBALTIMES_2021_11_29],
    explanation: {
      en: 'Xiaohongshu links are assumed to open directly in one-to-one chats after the 2021-11-29 update (20:00 is a chosen boundary), which applied to external links in general, though no test of Xiaohongshu links was found.',
      zh_CN:
        '2021-11-29更新（边界20:00为所取时间）适用于一般外部链接，推定此后单聊可直接打开小红书链接，但未见对小红书链接的测试。',
    },
  },
  {
    id: 'xiaohongshu-group-warn-2021-11-29',
    platforms: ['xiaohongshu'],
    kinds: ['url'],
    scopes: ['group'],
    from: UPDATE_2021_11_29,
    until: null,
    outcome: 'warn',
    evidence: 'inferred',
    sources: [S.PCONLINE_2021_01_12, S.YIDUSHI_2021_11_29],
    explanation: {
      en: 'No later status of Xiaohongshu links in group chats was found and the 2021-11-29 update (20:00 is a chosen boundary) opened groups only to e-commerce links, so the January 2021 safety page is assumed to still apply.',
      zh_CN:
        '未见小红书链接在群聊中的后续情况，且2021-11-29的更新（边界20:00为所取时间）只对群聊开放电商链接，故推定2021年1月的安全提示仍然适用。',
    },
  },
];

export const OPEN_PLATFORM_RULES: Rule[] = [
  {
    id: 'jd-pinduoduo-direct',
    platforms: ['jd', 'pinduoduo'],
    kinds: ['url'],
    scopes: ['private', 'group'],
    from: null,
    until: null,
    outcome: 'direct',
    evidence: 'reported',
    sources: [S.TELLERREPORT_2021_09_17, S.WIDECAP_2021_11_29],
    explanation: {
      en: 'JD and Pinduoduo links opened normally in WeChat, as a test on 2021-09-17 and reports in November 2021 found, and no report of them being blocked was found.',
      zh_CN:
        '京东和拼多多链接在微信中可正常打开，2021-09-17的测试和2021年11月的报道均如此，未见被屏蔽的报道。',
    },
  },
  {
    id: 'tencent-partners-direct',
    platforms: ['kuaishou', 'bilibili', 'vipshop', 'meituan'],
    kinds: ['url'],
    scopes: ['private', 'group'],
    from: null,
    until: null,
    outcome: 'direct',
    evidence: 'inferred',
    sources: [S.WIDECAP_2021_11_29],
    explanation: {
      en: 'Kuaishou, Bilibili, Vipshop and Meituan links were said to open normally as of November 2021 in a single mirrored report, and no report of a block was found, so they are assumed to open at every date.',
      zh_CN:
        '仅有一篇转载报道称快手、哔哩哔哩、唯品会和美团链接截至2021年11月可正常打开，且未见被屏蔽的报道，故推定任何时候均可打开。',
    },
  },
];

export const SHARE_CODE_RULES: Rule[] = [
  {
    id: 'taobao-code-copy',
    platforms: ['taobao', 'tmall'],
    kinds: ['code'],
    scopes: ['private', 'group'],
    from: null,
    until: null,
    outcome: 'copy',
    evidence: 'reported',
    sources: [S.ZIMUBANG_2021_11_30, S.POLAMONAMOUR_2018_05_30, S.SHIMAOGU_2021_10_27],
    explanation: {
      en: 'A Taobao share code (淘口令) is text, not a link: it arrives in the chat but never opens there, so users copy it into the Taobao app, which is how Taobao goods crossed into WeChat chats during the block.',
      zh_CN:
        '淘口令是文本而不是链接：它能发送到聊天中但无法在其中打开，用户需复制到淘宝App，屏蔽期间淘宝商品正是这样进入微信聊天的。',
    },
  },
  {
    id: 'share-code-copy',
    kinds: ['code'],
    scopes: ['private', 'group'],
    from: null,
    until: null,
    outcome: 'copy',
    evidence: 'inferred',
    sources: [S.ZIMUBANG_2021_11_30],
    explanation: {
      en: 'Share codes are text, not links, so WeChat delivers them in chats but cannot open them, and the user copies the code into the shopping or video app.',
      zh_CN:
        '口令是文本而不是链接，微信能在聊天中发送但无法打开，用户需将口令复制到购物或视频App中。',
    },
  },
];
