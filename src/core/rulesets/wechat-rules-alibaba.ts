/** WeChat rules for links to Alibaba's Taobao, Tmall and Xianyu. */
import type { Rule } from '../rule';
import {
  ALIBABA_BLOCK_START,
  CONFIRMED_2022_01_27,
  GROUP_PILOT_START,
  ROLLOUT_COMPLETE,
  STATEMENT_2021_09_17,
  UPDATE_2021_11_29,
} from './wechat-instants';
import * as S from './wechat-sources';

const TAOBAO = ['taobao', 'tmall'];

export const ALIBABA_RULES: Rule[] = [
  {
    id: 'taobao-private-copy-2013',
    platforms: TAOBAO,
    kinds: ['url'],
    scopes: ['private'],
    from: ALIBABA_BLOCK_START,
    until: STATEMENT_2021_09_17,
    outcome: 'copy',
    evidence: 'reported',
    sources: [S.ZIMUBANG_2021_11_30, S.POLAMONAMOUR_2018_05_30, S.TELLERREPORT_2021_09_17],
    explanation: {
      en: 'Taobao and Tmall links were blocked in the sense that they did not open: WeChat showed its page asking to long-press, copy the URL and use a browser, as it had since Alibaba and Tencent began blocking each other in 2013 (the exact start is unknown; 2013-01-01 is a stated choice).',
      zh_CN:
        '淘宝、天猫链接在微信中无法打开，即被屏蔽：微信显示“请长按网址复制后使用浏览器访问”页面，阿里与腾讯自2013年起相互屏蔽（确切开始日期不详，此处取2013-01-01）。',
    },
  },
  {
    id: 'taobao-private-warn-2021-09-17',
    platforms: TAOBAO,
    kinds: ['url'],
    scopes: ['private'],
    from: STATEMENT_2021_09_17,
    until: UPDATE_2021_11_29,
    outcome: 'warn',
    evidence: 'disputed',
    sources: [
      S.DOC360_2021_09_18,
      S.TFTNEWS_2021_09_17,
      S.XIAOQIWEB_2021_09,
      S.GTXH_2021_11_30,
      S.ZIMUBANG_2021_11_30,
    ],
    explanation: {
      en: "WeChat's 2021-09-17 statement (boundary 17:48, the earliest repost found) opened one-to-one chats after a safety page but did not address e-commerce links, and tests disagreed: some opened Taobao and Tmall links after tapping continue, others still got the copy-to-browser message or a blank page while WeChat said coverage was rolling out.",
      zh_CN:
        '微信2021-09-17声明（边界取最早转载时间17:48）允许单聊经安全确认后访问外链，但未提及电商链接，测试结果不一：有的点击“继续访问”后可打开淘宝、天猫链接，有的仍显示“请长按网址复制后使用浏览器访问”或空白页，微信称后台正逐步覆盖。',
    },
  },
  {
    id: 'alibaba-private-direct-2021-11-29',
    platforms: ['taobao', 'tmall', 'xianyu'],
    kinds: ['url'],
    scopes: ['private'],
    from: UPDATE_2021_11_29,
    until: null,
    outcome: 'direct',
    evidence: 'announced',
    sources: [
      S.YIDUSHI_2021_11_29,
      S.ZIMUBANG_2021_11_30,
      S.SMD_163_2021_11_29,
      S.GLOBALTIMES_2021_11_29,
      S.IASK_2022_01,
    ],
    explanation: {
      en: "WeChat's update on the evening of 2021-11-29 let one-to-one chats open external links directly, and tests that evening opened Taobao and Tmall links without a safety page, with Xianyu links seen opening in 2022 (the 20:00 boundary is a choice between the afternoon and 22:47).",
      zh_CN:
        '微信2021-11-29晚发布更新声明，单聊可直接访问外部链接，当晚测试淘宝、天猫链接无需安全提示即可打开，2022年亦见闲鱼链接可打开（边界20:00为在下午至22:47之间所取）。',
    },
  },
  {
    id: 'taobao-group-copy-2013',
    platforms: TAOBAO,
    kinds: ['url'],
    scopes: ['group'],
    from: ALIBABA_BLOCK_START,
    until: GROUP_PILOT_START,
    outcome: 'copy',
    evidence: 'reported',
    sources: [
      S.ZIMUBANG_2021_11_30,
      S.TELLERREPORT_2021_09_17,
      S.XIAOQIWEB_2021_09,
      S.SMD_163_2021_11_29,
    ],
    explanation: {
      en: 'In group chats Taobao and Tmall links did not open and showed the copy-to-browser page from the 2013 start of the mutual block (date approximate) until the group pilot, and tests on the evening of 2021-11-29 still had to copy them.',
      zh_CN:
        '群聊中淘宝、天猫链接自2013年相互屏蔽起（日期为近似值）直至群聊试点前均无法打开，显示复制到浏览器页面，2021-11-29晚的测试仍需复制。',
    },
  },
  {
    id: 'taobao-group-rollout-2021-11-30',
    platforms: TAOBAO,
    kinds: ['url'],
    scopes: ['group'],
    from: GROUP_PILOT_START,
    until: ROLLOUT_COMPLETE,
    outcome: 'direct',
    evidence: 'disputed',
    sources: [
      S.WIDECAP_2021_11_29,
      S.ZIMUBANG_2021_11_30,
      S.L1PIA_2021_11_30,
      S.YIDUSHI_2021_11_29,
    ],
    explanation: {
      en: 'Tencent said group chats would open e-commerce links from midnight after the 2021-11-29 update, but the rollout was gradual: tests on the morning of 11-30 still got the copy page in some groups, while another test opened Taobao links folded.',
      zh_CN:
        '腾讯称11月29日晚12点后群聊可打开电商外链，但为逐步覆盖：11月30日上午的测试中部分群聊仍显示复制页面，另有测试可打开折叠显示的淘宝链接。',
    },
  },
  {
    id: 'taobao-group-direct-2021-12-01',
    platforms: TAOBAO,
    kinds: ['url'],
    scopes: ['group'],
    from: ROLLOUT_COMPLETE,
    until: CONFIRMED_2022_01_27,
    outcome: 'direct',
    evidence: 'inferred',
    sources: [S.L1PIA_2021_11_30, S.SUPERPYQ_2022_01_27],
    explanation: {
      en: 'Taobao and Tmall links are assumed to open directly in group chats once WeChat finished the rollout it promised for November 29-30, although no test dated December 1 and no completion announcement were found.',
      zh_CN:
        '微信承诺于11月29日至30日完成覆盖，推定此后群聊可直接打开淘宝、天猫链接，但未见12月1日的测试，也无完成公告。',
    },
  },
  {
    id: 'alibaba-group-direct-2022-01-27',
    platforms: ['taobao', 'tmall', 'xianyu'],
    kinds: ['url'],
    scopes: ['group'],
    from: CONFIRMED_2022_01_27,
    until: null,
    outcome: 'direct',
    evidence: 'reported',
    sources: [S.SUPERPYQ_2022_01_27, S.IASK_2022_01, S.WWY_2022_01],
    explanation: {
      en: 'Reports around 2022-01-27 found Taobao share links opening in one-to-one and group chats and Xianyu links opening as well, and no later change was found.',
      zh_CN:
        '2022-01-27前后的报道显示，淘宝分享链接在单聊和群聊中均可打开，闲鱼链接亦可打开，此后未见变化。',
    },
  },
  {
    id: 'xianyu-private-copy-2013',
    platforms: ['xianyu'],
    kinds: ['url'],
    scopes: ['private'],
    from: ALIBABA_BLOCK_START,
    until: STATEMENT_2021_09_17,
    outcome: 'copy',
    evidence: 'inferred',
    sources: [S.ZIMUBANG_2021_11_30, S.TELLERREPORT_2021_09_17],
    explanation: {
      en: "Xianyu items were shared as Taobao short links (m.tb.cn), so they are assumed to have shown Taobao's copy-to-browser page during the Alibaba-Tencent block, though no direct test was found.",
      zh_CN:
        '闲鱼商品以淘宝短链（m.tb.cn）分享，推定在阿里与腾讯相互屏蔽期间与淘宝一样显示复制到浏览器页面，但未见直接测试。',
    },
  },
  {
    id: 'xianyu-private-warn-2021-09-17',
    platforms: ['xianyu'],
    kinds: ['url'],
    scopes: ['private'],
    from: STATEMENT_2021_09_17,
    until: UPDATE_2021_11_29,
    outcome: 'warn',
    evidence: 'inferred',
    sources: [S.DOC360_2021_09_18, S.TFTNEWS_2021_09_17],
    explanation: {
      en: 'Xianyu links are assumed to have behaved like Taobao links after the 2021-09-17 statement (boundary 17:48), opening after a safety page where it worked, but no test of Xianyu links from this period was found.',
      zh_CN:
        '推定2021-09-17声明后（边界17:48）闲鱼链接与淘宝链接相同，在生效的客户端上经安全提示后可打开，但未见此期间对闲鱼链接的测试。',
    },
  },
  {
    id: 'xianyu-group-copy-2013',
    platforms: ['xianyu'],
    kinds: ['url'],
    scopes: ['group'],
    from: ALIBABA_BLOCK_START,
    until: GROUP_PILOT_START,
    outcome: 'copy',
    evidence: 'inferred',
    sources: [S.ZIMUBANG_2021_11_30, S.SMD_163_2021_11_29],
    explanation: {
      en: 'Xianyu links travelled as Taobao short links, so in group chats they are assumed to have shown the copy-to-browser page like Taobao until the group pilot, though no direct test was found.',
      zh_CN:
        '闲鱼链接以淘宝短链传播，推定在群聊试点前与淘宝一样显示复制到浏览器页面，但未见直接测试。',
    },
  },
  {
    id: 'xianyu-group-pilot-2021-11-30',
    platforms: ['xianyu'],
    kinds: ['url'],
    scopes: ['group'],
    from: GROUP_PILOT_START,
    until: CONFIRMED_2022_01_27,
    outcome: 'direct',
    evidence: 'inferred',
    sources: [S.WIDECAP_2021_11_29, S.L1PIA_2021_11_30],
    explanation: {
      en: 'Xianyu links are e-commerce links, so they are assumed to fall under the group-chat pilot that started at midnight after the 2021-11-29 update, though no test was found before the 2022 reports.',
      zh_CN:
        '闲鱼链接属电商链接，推定适用2021-11-29更新后当晚零点开始的群聊试点，但2022年报道之前未见测试。',
    },
  },
];
