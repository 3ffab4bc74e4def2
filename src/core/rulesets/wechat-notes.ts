/** Documented facts about WeChat's link handling that are not rules. */
import type { RulesetNote } from '../rule';
import * as S from './wechat-sources';

export const WECHAT_NOTES: RulesetNote[] = [
  {
    id: 'opt-in-mode-never-shipped',
    text: {
      en: 'WeChat promised in 2021 an opt-in mode (自主选择模式) letting users manage external links, but no evidence was found that it ever launched, so no rule models it.',
      zh_CN:
        '微信在2021年承诺开发“自主选择模式”供用户管理外链，但未见其上线的证据，故不设相应规则。',
    },
    sources: [S.DOC360_2021_09_18, S.YIDUSHI_2021_11_29],
  },
  {
    id: 'no-group-pilot-completion',
    text: {
      en: 'No announcement that the group-chat e-commerce pilot was complete was found; its end on 2021-12-01 is inferred from what WeChat told InfoQ about coverage over November 29-30.',
      zh_CN:
        '未见群聊电商外链试点完成的公告；2021-12-01的结束时间是根据微信对InfoQ所称11月29日至30日完成覆盖推定的。',
    },
    sources: [S.L1PIA_2021_11_30, S.WIDECAP_2021_11_29],
  },
  {
    id: 'unknown-before-first-restriction',
    text: {
      en: 'Before the first recorded restriction of a platform (Taobao, Tmall and Xianyu in 2013, Douyin in April 2018, Xiaohongshu on 2021-01-12) the ruleset answers unknown, because no source describes how those links behaved earlier.',
      zh_CN:
        '在某平台首次被记录限制之前（淘宝、天猫和闲鱼为2013年，抖音为2018年4月，小红书为2021-01-12），规则集给出“未知”，因为没有资料说明此前这些链接的情况。',
    },
    sources: [S.ZIMUBANG_2021_11_30, S.SCMP_DOUYIN_2021, S.PCONLINE_2021_01_12],
  },
  {
    id: 'platforms-not-covered',
    text: {
      en: "Platforms without a rule, such as Alibaba's 1688, get unknown: no source was found on how WeChat treated their links.",
      zh_CN: '没有规则的平台（如阿里巴巴1688）结果为“未知”：未找到微信如何处理其链接的资料。',
    },
    sources: [],
  },
  {
    id: 'warn-page-wording',
    text: {
      en: 'The exact Chinese wording of the 2021 safety page was not found (English reports describe a page saying it is not provided by WeChat, with buttons to return, continue or report), so the outcome warn stands for it.',
      zh_CN:
        '未找到2021年安全提示页的确切中文措辞（英文报道称其说明该网页非微信提供，并有返回、继续访问和举报按钮），结果“warn”即指此页。',
    },
    sources: [S.CHATLABS_2021_09, S.TFTNEWS_2021_09_17],
  },
  {
    id: 'copy-and-blocked-pages',
    text: {
      en: 'The outcome copy means the page "如需浏览，请长按网址复制后使用浏览器访问" (the link does not open; copy it to a browser), while blocked means access stopped outright, as with "已停止访问该网页".',
      zh_CN:
        '结果“copy”指“如需浏览，请长按网址复制后使用浏览器访问”页面（链接无法打开，需复制到浏览器），“blocked”指访问被直接停止，如“已停止访问该网页”。',
    },
    sources: [S.TFTNEWS_2021_09_17, S.JSMBW_2019_10],
  },
  {
    id: 'jd-conflicting-test',
    text: {
      en: 'One test during the 2021-11-29 rollout said JD links still did not open, which conflicts with every other report, so JD stays direct.',
      zh_CN:
        '2021-11-29覆盖期间有一次测试称京东链接仍无法打开，与其他所有报道矛盾，故京东仍为可直接打开。',
    },
    sources: [S.WIDECAP_2021_11_29, S.L1PIA_2021_11_30, S.YIDUSHI_2021_11_29, S.STUDYOFNET_2021_11],
  },
  {
    id: 'moments-not-modelled',
    text: {
      en: 'Moments (朋友圈) is not a scope of this ruleset, so events about Moments, such as the 2018 ban on share codes, are context only.',
      zh_CN: '朋友圈不属于本规则集的场景，因此有关朋友圈的事件（如2018年禁止口令）仅作背景。',
    },
    sources: [S.MOMENTS_NOTICE_2018, S.CHY56_2023_01],
  },
  {
    id: 'later-context',
    text: {
      en: 'Later events change no chat-link rule: ads may jump to Taobao shops from 2023-09-25, Taobao and Tmall accepted WeChat Pay from 2024-09-12, a single source says Taobao links opened with WeChat Pay around 2024-10-09, and a 2025-09 rumour of a Taobao mini-program is unconfirmed.',
      zh_CN:
        '此后的事件不改变聊天链接规则：2023-09-25起广告可跳转淘宝店铺，2024-09-12起淘宝天猫接入微信支付，单一来源称2024-10-09前后淘宝链接可打开并用微信支付，2025年9月淘宝小程序的传闻未经证实。',
    },
    sources: [S.TMTPOST_2023_09_25, S.SRWJ168_2024_09],
  },
  {
    id: 'record-ends',
    text: {
      en: 'The record ends on 2026-02-04, the day of the last dated observation found (WeChat restricting Yuanbao and Wenxin links), with no change found for the covered platforms after January 2023, so later dates assume the last known rules.',
      zh_CN:
        '记录截至2026-02-04，即所见最后一条有日期的记录（微信限制元宝、文心链接），2023年1月后未见所涉平台的变化，之后的日期沿用最后已知的规则。',
    },
    sources: [S.NETEASE_2026_02_04, S.IFENG_2026_02],
  },
  {
    id: 'china-time',
    text: {
      en: 'All instants are China Standard Time (UTC+08:00), and where a source gives only a year, a day or part of a day, the chosen clock time is stated in the rule.',
      zh_CN:
        '所有时间均为北京时间（UTC+08:00），资料只给出年份、日期或时段时，所取的具体时间在规则中注明。',
    },
    sources: [],
  },
];
