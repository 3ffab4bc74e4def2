/** WeChat rules for Douyin links (videos and shops) and Douyin share codes. */
import type { Rule } from '../rule';
import {
  CONFIRMED_2022_01_27,
  DOUYIN_BLOCK_2023,
  DOUYIN_BLOCK_START,
  DOUYIN_RESTORED_2023,
  GROUP_PILOT_START,
  ROLLOUT_COMPLETE,
  STATEMENT_2021_09_17,
  UPDATE_2021_11_29,
} from './wechat-instants';
import * as S from './wechat-sources';

const DOUYIN = ['douyin'];

/** Douyin links ("url"), by scope and category. */
export const DOUYIN_LINK_RULES: Rule[] = [
  {
    id: 'douyin-private-copy-2018',
    platforms: DOUYIN,
    kinds: ['url'],
    scopes: ['private'],
    from: DOUYIN_BLOCK_START,
    until: STATEMENT_2021_09_17,
    outcome: 'copy',
    evidence: 'reported',
    sources: [S.SCMP_DOUYIN_2021, S.DOUYIN_LAWSUIT_2021, S.TELLERREPORT_2021_09_17],
    explanation: {
      en: "WeChat blocked Douyin links from spring 2018 (users reported problems in March, Douyin's lawsuit says April, so 2018-04-01 is an approximate start): they did not open and showed the copy-to-browser page, as a test on 2021-09-17 still found.",
      zh_CN:
        '微信自2018年春起屏蔽抖音链接（用户3月起反映问题，抖音诉状称自4月起，此处取2018-04-01为近似起点）：链接无法打开，显示复制到浏览器页面，2021-09-17的测试仍是如此。',
    },
  },
  {
    id: 'douyin-private-warn-2021-09-17',
    platforms: DOUYIN,
    kinds: ['url'],
    scopes: ['private'],
    from: STATEMENT_2021_09_17,
    until: UPDATE_2021_11_29,
    outcome: 'warn',
    evidence: 'reported',
    sources: [S.TFTNEWS_2021_09_17, S.DOC360_2021_09_18, S.GTXH_2021_11_30],
    explanation: {
      en: "After WeChat's 2021-09-17 statement (boundary 17:48, the earliest repost found), Douyin links in one-to-one chats showed a safety page and played after tapping continue (继续访问), as two tests reported.",
      zh_CN:
        '微信2021-09-17声明后（边界取最早转载时间17:48），单聊中的抖音链接先显示安全提示，点击“继续访问”后可播放，两次测试均如此。',
    },
  },
  {
    id: 'douyin-private-shop-direct-2021-11-29',
    platforms: DOUYIN,
    categories: ['ecommerce'],
    kinds: ['url'],
    scopes: ['private'],
    from: UPDATE_2021_11_29,
    until: DOUYIN_BLOCK_2023,
    outcome: 'direct',
    evidence: 'announced',
    sources: [S.YIDUSHI_2021_11_29, S.ZIMUBANG_2021_11_30, S.IASK_2022_01],
    explanation: {
      en: 'From the 2021-11-29 update (20:00 is a chosen boundary) one-to-one chats open external links directly, and a test that evening opened Douyin product links without a safety page.',
      zh_CN:
        '自2021-11-29更新起（边界20:00为所取时间）单聊可直接打开外部链接，当晚测试抖音商品链接无需安全提示即可打开。',
    },
  },
  {
    id: 'douyin-private-video-rollout-2021-11-29',
    platforms: DOUYIN,
    categories: ['content'],
    kinds: ['url'],
    scopes: ['private'],
    from: UPDATE_2021_11_29,
    until: ROLLOUT_COMPLETE,
    outcome: 'direct',
    evidence: 'disputed',
    sources: [S.CNNB_2021_11_29, S.MZ6_2021_11_29, S.STUDYOFNET_2021_11, S.SMD_163_2021_11_29],
    explanation: {
      en: 'Right after the 2021-11-29 update (20:00 is a chosen boundary) most tests opened Douyin video links directly in one-to-one chats, but one reporter that evening received such a link garbled, and WeChat said the rollout would take a day or two.',
      zh_CN:
        '2021-11-29更新后（边界20:00为所取时间）多数测试在单聊中可直接打开抖音视频链接，但当晚一名记者收到的链接显示为乱码，微信称覆盖需要一两天。',
    },
  },
  {
    id: 'douyin-private-video-direct-2021-12-01',
    platforms: DOUYIN,
    categories: ['content'],
    kinds: ['url'],
    scopes: ['private'],
    from: ROLLOUT_COMPLETE,
    until: DOUYIN_BLOCK_2023,
    outcome: 'direct',
    evidence: 'reported',
    sources: [S.CNNB_2021_11_29, S.MZ6_2021_11_29, S.STUDYOFNET_2021_11, S.CHY56_2023_01],
    explanation: {
      en: "Once the November 2021 rollout was over, Douyin video links opened directly in one-to-one chats, as several tests found, and Douyin's January 2023 complaint named only Moments and group chats as still closed.",
      zh_CN:
        '2021年11月的覆盖完成后，单聊可直接打开抖音视频链接，多次测试均如此；抖音2023年1月的投诉也只提到朋友圈和群聊仍无法打开。',
    },
  },
  {
    id: 'douyin-private-direct-2023-01-11',
    platforms: DOUYIN,
    categories: ['ecommerce', 'content'],
    kinds: ['url'],
    scopes: ['private'],
    from: DOUYIN_RESTORED_2023,
    until: null,
    outcome: 'direct',
    evidence: 'reported',
    sources: [S.GLEV_2023_01, S.CHY56_2023_01],
    explanation: {
      en: 'After the brief block of January 2023 ended on January 11 (12:00 is a chosen time), Douyin links again open in one-to-one chats, since Douyin then complained only about Moments and group chats.',
      zh_CN:
        '2023年1月的短暂屏蔽于1月11日解除（12:00为所取时间）后，单聊中的抖音链接恢复可打开，抖音此后只投诉朋友圈和群聊。',
    },
  },
  {
    id: 'douyin-group-video-copy-2018',
    platforms: DOUYIN,
    categories: ['content'],
    kinds: ['url'],
    scopes: ['group'],
    from: DOUYIN_BLOCK_START,
    until: DOUYIN_BLOCK_2023,
    outcome: 'copy',
    evidence: 'reported',
    sources: [S.SCMP_DOUYIN_2021, S.DOC360_2021_09_18, S.MZ6_2021_11_29, S.CHY56_2023_01],
    explanation: {
      en: 'Douyin video links in group chats did not open and showed the copy-to-browser page from spring 2018 (start approximate) onwards, because the 2021 updates opened group chats only to e-commerce links.',
      zh_CN:
        '自2018年春起（起点为近似值）群聊中的抖音视频链接无法打开，显示复制到浏览器页面，因为2021年的更新只对群聊开放电商链接。',
    },
  },
  {
    id: 'douyin-group-video-copy-2023-01-11',
    platforms: DOUYIN,
    categories: ['content'],
    kinds: ['url'],
    scopes: ['group'],
    from: DOUYIN_RESTORED_2023,
    until: null,
    outcome: 'copy',
    evidence: 'reported',
    sources: [S.CHY56_2023_01],
    explanation: {
      en: 'After the January 2023 block was lifted (12:00 on January 11 is a chosen time), Douyin said its links still did not open in group chats and Moments, and no later change was found.',
      zh_CN:
        '2023年1月的屏蔽解除后（1月11日12:00为所取时间），抖音称其链接在群聊和朋友圈中仍无法打开，此后未见变化。',
    },
  },
  {
    id: 'douyin-group-shop-copy-2018',
    platforms: DOUYIN,
    categories: ['ecommerce'],
    kinds: ['url'],
    scopes: ['group'],
    from: DOUYIN_BLOCK_START,
    until: GROUP_PILOT_START,
    outcome: 'copy',
    evidence: 'reported',
    sources: [S.SCMP_DOUYIN_2021, S.DOUYIN_LAWSUIT_2021, S.ZIMUBANG_2021_11_30],
    explanation: {
      en: 'Douyin product links in group chats showed the copy-to-browser page from spring 2018 (start approximate) until the group e-commerce pilot, and a test on the evening of 2021-11-29 still had to copy them.',
      zh_CN:
        '自2018年春起（起点为近似值）至群聊电商试点前，群聊中的抖音商品链接显示复制到浏览器页面，2021-11-29晚的测试仍需复制。',
    },
  },
  {
    id: 'douyin-group-shop-rollout-2021-11-30',
    platforms: DOUYIN,
    categories: ['ecommerce'],
    kinds: ['url'],
    scopes: ['group'],
    from: GROUP_PILOT_START,
    until: ROLLOUT_COMPLETE,
    outcome: 'direct',
    evidence: 'disputed',
    sources: [S.WIDECAP_2021_11_29, S.L1PIA_2021_11_30, S.ZIMUBANG_2021_11_30],
    explanation: {
      en: 'The group pilot for e-commerce links was said to start at midnight after the 2021-11-29 update, but tests on the morning of 11-30 still found group links copy-only, so some groups got the copy page during the rollout.',
      zh_CN:
        '据称群聊电商外链试点于2021-11-29更新后当晚零点开始，但11月30日上午的测试中群聊链接仍需复制，覆盖期间部分群聊仍显示复制页面。',
    },
  },
  {
    id: 'douyin-group-shop-direct-2021-12-01',
    platforms: DOUYIN,
    categories: ['ecommerce'],
    kinds: ['url'],
    scopes: ['group'],
    from: ROLLOUT_COMPLETE,
    until: CONFIRMED_2022_01_27,
    outcome: 'direct',
    evidence: 'inferred',
    sources: [S.L1PIA_2021_11_30, S.IASK_2022_01],
    explanation: {
      en: 'Douyin product links are assumed to open in group chats once the rollout WeChat promised for November 29-30 was over, although no test dated December 1 was found.',
      zh_CN:
        '微信承诺于11月29日至30日完成覆盖，推定此后群聊可打开抖音商品链接，但未见12月1日的测试。',
    },
  },
  {
    id: 'douyin-group-shop-direct-2022-01-27',
    platforms: DOUYIN,
    categories: ['ecommerce'],
    kinds: ['url'],
    scopes: ['group'],
    from: CONFIRMED_2022_01_27,
    until: DOUYIN_BLOCK_2023,
    outcome: 'direct',
    evidence: 'reported',
    sources: [S.IASK_2022_01, S.SUPERPYQ_2022_01_27],
    explanation: {
      en: 'Reports around 2022-01-27 found Douyin shop links opening in WeChat chats, alongside Taobao links that opened in group chats.',
      zh_CN: '2022-01-27前后的报道显示，抖音商品链接可在微信聊天中打开，淘宝链接在群聊中亦可打开。',
    },
  },
  {
    id: 'douyin-group-shop-direct-2023-01-11',
    platforms: DOUYIN,
    categories: ['ecommerce'],
    kinds: ['url'],
    scopes: ['group'],
    from: DOUYIN_RESTORED_2023,
    until: null,
    outcome: 'direct',
    evidence: 'inferred',
    sources: [S.GLEV_2023_01, S.CHY56_2023_01],
    explanation: {
      en: "Douyin product links are assumed to open in group chats again after the January 2023 block (lifted on January 11; 12:00 is a chosen time), reading Douyin's complaint that groups still did not open its links as being about its videos.",
      zh_CN:
        '推定2023年1月屏蔽解除后（1月11日12:00为所取时间）群聊可再次打开抖音商品链接，并将抖音关于群聊仍无法打开其链接的投诉理解为针对视频链接。',
    },
  },
  {
    id: 'douyin-links-blocked-2023-01-10',
    platforms: DOUYIN,
    categories: ['ecommerce', 'content'],
    kinds: ['url'],
    scopes: ['private', 'group'],
    from: DOUYIN_BLOCK_2023,
    until: DOUYIN_RESTORED_2023,
    outcome: 'blocked',
    evidence: 'reported',
    sources: [S.KUAIHZ_2023_01, S.CHY56_2023_01, S.GLEV_2023_01],
    explanation: {
      en: 'On 2023-01-10 Douyin links could be neither opened nor copied in WeChat, which cited its rule against inducing codes, until access returned on January 11 (the 00:00 start and 12:00 end are chosen times).',
      zh_CN:
        '2023-01-10起抖音链接在微信中既无法打开也无法复制，微信援引其打击诱导口令的规定，直至1月11日恢复（起点00:00和终点12:00为所取时间）。',
    },
  },
];

/** Douyin share codes ("code"). */
export const DOUYIN_CODE_RULES: Rule[] = [
  {
    id: 'douyin-code-garbled-2021-09-17',
    platforms: DOUYIN,
    kinds: ['code'],
    scopes: ['private', 'group'],
    from: STATEMENT_2021_09_17,
    until: DOUYIN_BLOCK_2023,
    outcome: 'copy',
    evidence: 'disputed',
    sources: [S.CTO51_2021_09_17, S.YIDUSHI_2021_11_29],
    explanation: {
      en: 'A Douyin share code is text to copy into Douyin, but tests on 2021-09-17 (the rule starts at the statement, 17:48) and after the 2021-11-29 update saw such codes arrive garbled in WeChat, so copying them may not have worked.',
      zh_CN:
        '抖音口令是需复制到抖音的文本，但2021-09-17（本规则自声明时间17:48起）及2021-11-29更新后的测试发现其在微信中显示为乱码，复制后未必可用。',
    },
  },
  {
    id: 'douyin-code-blocked-2023-01-10',
    platforms: DOUYIN,
    kinds: ['code'],
    scopes: ['private', 'group'],
    from: DOUYIN_BLOCK_2023,
    until: DOUYIN_RESTORED_2023,
    outcome: 'blocked',
    evidence: 'reported',
    sources: [S.KUAIHZ_2023_01, S.CHY56_2023_01, S.GLEV_2023_01],
    explanation: {
      en: 'On 2023-01-10 Douyin share codes could not even be copied in WeChat, which said it fights special codes and passwords that induce or harass users, until they worked again on January 11 (00:00 and 12:00 are chosen times).',
      zh_CN:
        '2023-01-10起抖音口令在微信中甚至无法复制，微信称坚决打击诱导、骚扰用户的特殊代码和口令，直至1月11日恢复（00:00和12:00为所取时间）。',
    },
  },
  {
    id: 'douyin-code-copy-2023-01-11',
    platforms: DOUYIN,
    kinds: ['code'],
    scopes: ['private', 'group'],
    from: DOUYIN_RESTORED_2023,
    until: null,
    outcome: 'copy',
    evidence: 'reported',
    sources: [S.GLEV_2023_01, S.CHY56_2023_01],
    explanation: {
      en: 'Since the January 2023 block ended on January 11 (12:00 is a chosen time), Douyin share codes again arrive as text that the user copies into Douyin, and no later change was found.',
      zh_CN:
        '2023年1月11日屏蔽解除后（12:00为所取时间），抖音口令恢复为可复制到抖音的文本，此后未见变化。',
    },
  },
];
