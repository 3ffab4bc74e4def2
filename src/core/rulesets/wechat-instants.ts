/**
 * Boundary instants of the WeChat ruleset, in China Standard Time. Where the sources give only
 * a year, a day or a part of a day, the clock time here is a stated choice (the rules'
 * explanations repeat it).
 */

/** Alibaba–Tencent mutual block: "since 2013" (Zimubang); the day is unknown, Jan 1 is a choice. */
export const ALIBABA_BLOCK_START = '2013-01-01T00:00:00+08:00';

/** Douyin block: problems reported from March 2018, Douyin's lawsuit says April; approximate. */
export const DOUYIN_BLOCK_START = '2018-04-01T00:00:00+08:00';

/** Moments ban on share codes takes effect (announced for May 29/30, 2018): context only. */
export const MOMENTS_CODE_BAN = '2018-05-29T00:00:00+08:00';

/** Notice on violating redirect links enforced from this day: context only. */
export const GOVERNANCE_NOTICE = '2020-12-21T00:00:00+08:00';

/** Restriction notice naming Xiaohongshu and others; the clock time is unknown (start of day). */
export const XHS_RESTRICTED = '2021-01-12T00:00:00+08:00';

/** MIIT administrative guidance meeting (day only): context only. */
export const MIIT_MEETING = '2021-09-09T00:00:00+08:00';

/**
 * WeChat's statement on adjusting the external-link rules: published in the afternoon; the
 * earliest timestamp found is a cnBeta repost at 17:48, chosen as the boundary.
 */
export const STATEMENT_2021_09_17 = '2021-09-17T17:48:00+08:00';

/**
 * WeChat's update statement: reported "this afternoon" and "in the evening", and carried by
 * Global Times by 22:47; 20:00 is a choice inside that window.
 */
export const UPDATE_2021_11_29 = '2021-11-29T20:00:00+08:00';

/** Group chats to open e-commerce links "after 12 tonight" (Tencent, via one mirrored article). */
export const GROUP_PILOT_START = '2021-11-30T00:00:00+08:00';

/** End of the 2021-11-29 rollout, inferred from WeChat's promise of full coverage over Nov 29-30. */
export const ROLLOUT_COMPLETE = '2021-12-01T00:00:00+08:00';

/** Reports of Taobao links opening in private and group chats (date decoded from a page id). */
export const CONFIRMED_2022_01_27 = '2022-01-27T00:00:00+08:00';

/** Douyin links and codes could be neither opened nor copied; start of day is a choice. */
export const DOUYIN_BLOCK_2023 = '2023-01-10T00:00:00+08:00';

/** Douyin links and codes restored "on January 11"; the hour is unknown, 12:00 is a choice. */
export const DOUYIN_RESTORED_2023 = '2023-01-11T12:00:00+08:00';

/** Ads in Channels, Moments and mini-programs may jump to Taobao shops: context only. */
export const ADS_2023_09_25 = '2023-09-25T00:00:00+08:00';

/** WeChat Pay opened to all Taobao and Tmall merchants: context only. */
export const WECHAT_PAY_2024_09_12 = '2024-09-12T00:00:00+08:00';

/** Yuanbao and Wenxin links restricted: the last dated observation in the research notes. */
export const YUANBAO_2026_02_04 = '2026-02-04T00:00:00+08:00';

/** End of the record: the end of the day of the last dated observation (2026-02-04). */
export const RECORD_ENDS = '2026-02-04T23:59:59.999+08:00';
