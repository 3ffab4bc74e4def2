/** Timeline of the WeChat ruleset: one tick per dated event; "context" events change no rule. */
import type { TimelineEvent } from '../rule';
import * as T from './wechat-instants';
import * as S from './wechat-sources';

export const WECHAT_EVENTS: TimelineEvent[] = [
  {
    id: 'alibaba-block-2013',
    at: T.ALIBABA_BLOCK_START,
    title: {
      en: 'Alibaba and Tencent start blocking each other (2013; exact date unknown)',
      zh_CN: '阿里与腾讯开始相互屏蔽（2013年，具体日期不详）',
    },
    evidence: 'reported',
    sources: [S.ZIMUBANG_2021_11_30],
  },
  {
    id: 'douyin-block-2018',
    at: T.DOUYIN_BLOCK_START,
    title: {
      en: 'WeChat blocks Douyin links (spring 2018; date approximate)',
      zh_CN: '微信屏蔽抖音链接（2018年春，日期为近似值）',
    },
    evidence: 'reported',
    sources: [S.SCMP_DOUYIN_2021, S.DOUYIN_LAWSUIT_2021, S.DZGO_2018_03],
  },
  {
    id: 'moments-code-ban-2018',
    at: T.MOMENTS_CODE_BAN,
    title: {
      en: 'Context: Moments bans share codes and passwords',
      zh_CN: '背景：朋友圈禁止发布口令类信息',
    },
    evidence: 'announced',
    sources: [S.MOMENTS_NOTICE_2018, S.POLAMONAMOUR_2018_05_30, S.TECHNODE_2018_05_21],
  },
  {
    id: 'governance-notice-2020',
    at: T.GOVERNANCE_NOTICE,
    title: {
      en: 'Context: violating redirect links lose direct opening and must be copied to a browser',
      zh_CN: '背景：违规导流链接不能直接打开，需复制到浏览器访问',
    },
    evidence: 'announced',
    sources: [S.DUCKSELL_2020_12_A, S.DUCKSELL_2020_12_B],
  },
  {
    id: 'restriction-notice-2021-01-12',
    at: T.XHS_RESTRICTED,
    title: {
      en: 'Xiaohongshu, Zhihu and others restricted to a "continue" safety page',
      zh_CN: '小红书、知乎等被限制为需点击“继续访问”',
    },
    evidence: 'announced',
    sources: [S.PCONLINE_2021_01_12, S.FOK120_2021_01],
  },
  {
    id: 'miit-meeting-2021-09-09',
    at: T.MIIT_MEETING,
    title: {
      en: 'Context: MIIT tells platforms to lift link blocking by September 17',
      zh_CN: '背景：工信部要求各平台于9月17日前解除屏蔽',
    },
    evidence: 'reported',
    sources: [S.ZIMUBANG_2021_11_30],
  },
  {
    id: 'statement-2021-09-17',
    at: T.STATEMENT_2021_09_17,
    title: {
      en: 'WeChat statement: one-to-one chats open external links after a safety page',
      zh_CN: '微信声明：单聊经安全确认后可访问外部链接',
    },
    evidence: 'announced',
    sources: [S.DOC360_2021_09_18, S.CNBETA_2021_09_17, S.SOLIDOT_2021_09_17],
  },
  {
    id: 'update-2021-11-29',
    at: T.UPDATE_2021_11_29,
    title: {
      en: 'WeChat update: one-to-one chats open links directly; group e-commerce pilot',
      zh_CN: '微信更新声明：单聊可直接打开外链，群聊试行开放电商外链',
    },
    evidence: 'announced',
    sources: [S.YIDUSHI_2021_11_29, S.ZIMUBANG_2021_11_30, S.GLOBALTIMES_2021_11_29],
  },
  {
    id: 'group-pilot-2021-11-30',
    at: T.GROUP_PILOT_START,
    title: {
      en: 'Group chats said to open e-commerce links from midnight; some still copy-only',
      zh_CN: '据称群聊零点起可打开电商外链，部分群聊仍需复制',
    },
    evidence: 'disputed',
    sources: [S.WIDECAP_2021_11_29, S.ZIMUBANG_2021_11_30, S.L1PIA_2021_11_30],
  },
  {
    id: 'rollout-complete-2021-12-01',
    at: T.ROLLOUT_COMPLETE,
    title: {
      en: 'Rollout assumed complete (promised for Nov 29-30; never announced)',
      zh_CN: '推定覆盖完成（承诺于11月29日至30日完成，无正式公告）',
    },
    evidence: 'inferred',
    sources: [S.L1PIA_2021_11_30],
  },
  {
    id: 'links-open-2022-01-27',
    at: T.CONFIRMED_2022_01_27,
    title: {
      en: 'Taobao links open in one-to-one and group chats; Xianyu and Douyin shop links too',
      zh_CN: '淘宝链接在单聊和群聊中均可打开，闲鱼和抖音商品链接亦可',
    },
    evidence: 'reported',
    sources: [S.SUPERPYQ_2022_01_27, S.IASK_2022_01, S.WWY_2022_01],
  },
  {
    id: 'douyin-block-2023-01-10',
    at: T.DOUYIN_BLOCK_2023,
    title: {
      en: 'Douyin links and codes can be neither opened nor copied',
      zh_CN: '抖音链接和口令既无法打开也无法复制',
    },
    evidence: 'reported',
    sources: [S.KUAIHZ_2023_01, S.CHY56_2023_01],
  },
  {
    id: 'douyin-restored-2023-01-11',
    at: T.DOUYIN_RESTORED_2023,
    title: {
      en: 'Douyin links and codes work again (videos still closed in groups)',
      zh_CN: '抖音链接和口令恢复（群聊中的视频链接仍无法打开）',
    },
    evidence: 'reported',
    sources: [S.GLEV_2023_01, S.CHY56_2023_01],
  },
  {
    id: 'ads-2023-09-25',
    at: T.ADS_2023_09_25,
    title: {
      en: 'Context: WeChat ads may jump straight to Taobao and Tmall shops',
      zh_CN: '背景：微信广告可直接跳转淘宝、天猫店铺',
    },
    evidence: 'reported',
    sources: [S.TMTPOST_2023_09_25],
  },
  {
    id: 'wechat-pay-2024-09-12',
    at: T.WECHAT_PAY_2024_09_12,
    title: {
      en: 'Context: Taobao and Tmall accept WeChat Pay for all merchants',
      zh_CN: '背景：淘宝、天猫向全部商家开通微信支付',
    },
    evidence: 'reported',
    sources: [S.SRWJ168_2024_09],
  },
  {
    id: 'record-end-2026-02-04',
    at: T.YUANBAO_2026_02_04,
    title: {
      en: 'Context: Yuanbao and Wenxin links get the copy page; last dated observation',
      zh_CN: '背景：元宝、文心链接被要求复制到浏览器访问；最后一条有日期的记录',
    },
    evidence: 'reported',
    sources: [S.NETEASE_2026_02_04, S.IFENG_2026_02],
  },
];
