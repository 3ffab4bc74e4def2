/**
 * Hand-written expectations for the shipped WeChat ruleset at every rule boundary: one case 1 ms
 * before the boundary (written as a UTC "Z" instant) and one at the boundary (written with
 * +08:00), plus day-level cases written as YYYY-MM-DD. Pure data: bundled into a child process
 * by timezone.test.ts, so it must not import vitest.
 */
import type { Category } from '../../../../src/core/classify/category';
import type { Outcome } from '../../../../src/core/policy/outcome';

export interface CaseInput {
  platform: string;
  category: Category | null;
  kind: 'url' | 'code';
}

export interface BoundaryCase {
  name: string;
  input: CaseInput;
  scope: string;
  /** Text for parsePolicyDate: an ISO instant with an offset, or YYYY-MM-DD (end of that day). */
  at: string;
  outcome: Outcome;
  rule: string | null;
  beyondRecord?: boolean;
}

export const INPUTS = {
  taobao: { platform: 'taobao', category: 'ecommerce', kind: 'url' },
  tmall: { platform: 'tmall', category: 'ecommerce', kind: 'url' },
  xianyu: { platform: 'xianyu', category: 'ecommerce', kind: 'url' },
  douyinVideo: { platform: 'douyin', category: 'content', kind: 'url' },
  douyinShop: { platform: 'douyin', category: 'ecommerce', kind: 'url' },
  douyinCode: { platform: 'douyin', category: 'content', kind: 'code' },
  xiaohongshu: { platform: 'xiaohongshu', category: 'content', kind: 'url' },
  jd: { platform: 'jd', category: 'ecommerce', kind: 'url' },
  pinduoduo: { platform: 'pinduoduo', category: 'ecommerce', kind: 'url' },
  taobaoCode: { platform: 'taobao', category: 'ecommerce', kind: 'code' },
  jdCode: { platform: 'jd', category: 'ecommerce', kind: 'code' },
  kuaishou: { platform: 'kuaishou', category: 'content', kind: 'url' },
} as const satisfies Record<string, CaseInput>;

type InputName = keyof typeof INPUTS;
type Expect = [Outcome, string | null];

/** One millisecond before an instant, as a UTC ISO string (computed without the code under test). */
export function justBefore(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`bad instant in test table: ${instant}`);
  return new Date(ms - 1).toISOString();
}

const cases: BoundaryCase[] = [];

function pair(boundary: string, input: InputName, scope: string, before: Expect, after: Expect) {
  const base = { input: INPUTS[input], scope };
  cases.push({
    name: `${input} ${scope} just before ${boundary}`,
    ...base,
    at: justBefore(boundary),
    outcome: before[0],
    rule: before[1],
  });
  cases.push({
    name: `${input} ${scope} at ${boundary}`,
    ...base,
    at: boundary,
    outcome: after[0],
    rule: after[1],
  });
}

function at(day: string, input: InputName, scope: string, expect: Expect, beyondRecord = false) {
  cases.push({
    name: `${input} ${scope} on ${day}`,
    input: INPUTS[input],
    scope,
    at: day,
    outcome: expect[0],
    rule: expect[1],
    beyondRecord,
  });
}

const OPEN13 = '2013-08-01T00:00:00+08:00';
const CLOSED13 = '2013-11-22T00:00:00+08:00';
const PDD18 = '2018-03-09T00:00:00+08:00';
const DY2018 = '2018-04-01T00:00:00+08:00';
const CODES18 = '2018-05-30T00:00:00+08:00';
const XHS = '2021-01-13T00:00:00+08:00';
const SEP17 = '2021-09-17T17:48:00+08:00';
/** The chosen start of the disputed afternoon of 2021-11-29 in one-to-one chats. */
const NOON29 = '2021-11-29T12:00:00+08:00';
const NOV29 = '2021-11-29T20:00:00+08:00';
const DEC01 = '2021-12-01T00:00:00+08:00';
const JAN27 = '2022-01-27T00:00:00+08:00';
const BLOCK23 = '2023-01-10T00:00:00+08:00';
const BACK23 = '2023-01-11T12:00:00+08:00';

const UNKNOWN: Expect = ['unknown', null];
const TB_OPEN: Expect = ['direct', 'taobao-201308'];
const TB_P_COPY: Expect = ['copy', 'taobao-private-20131122'];
const TB_P_WARN: Expect = ['warn', 'taobao-private-20210917'];
const TB_P_NOON: Expect = ['direct', 'taobao-private-20211129-afternoon'];
const TB_P_DIRECT: Expect = ['direct', 'taobao-private-20211129'];
const TB_G_COPY: Expect = ['copy', 'taobao-group-20131122'];
const TB_G_PILOT: Expect = ['copy', 'taobao-group-20211129'];
const TB_G_DIRECT: Expect = ['direct', 'taobao-group-20211201'];
const TB_G_2022: Expect = ['direct', 'taobao-group-20220127'];
const XY_P_WARN: Expect = ['warn', 'xianyu-private-20210917'];
const XY_P_NOON: Expect = ['direct', 'xianyu-private-20211129-afternoon'];
const XY_P_DIRECT: Expect = ['direct', 'xianyu-private-20211129'];
const XY_P_2022: Expect = ['direct', 'xianyu-private-20220127'];
const XY_G_COPY: Expect = ['copy', 'xianyu-group-20210917'];
const XY_G_DIRECT: Expect = ['direct', 'xianyu-group-20211201'];
const DY_COPY: Expect = ['copy', 'douyin-201804'];
const DY_P_WARN: Expect = ['warn', 'douyin-private-20210917'];
const DY_P_NOON: Expect = ['direct', 'douyin-private-20211129-afternoon'];
const DY_VIDEO_P_ROLLOUT: Expect = ['direct', 'douyin-private-video-20211129'];
const DY_VIDEO_P_DIRECT: Expect = ['direct', 'douyin-private-video-20211201'];
const DY_SHOP_P_DIRECT: Expect = ['direct', 'douyin-private-shop-20211129'];
const DY_BLOCKED: Expect = ['blocked', 'douyin-links-20230110'];
const DY_P_2023: Expect = ['direct', 'douyin-private-20230111'];
const DY_VIDEO_G_COPY: Expect = ['copy', 'douyin-group-video-20210917'];
const DY_VIDEO_G_2023: Expect = ['copy', 'douyin-group-video-20230111'];
const DY_SHOP_G_COPY: Expect = ['copy', 'douyin-group-shop-20210917'];
const DY_SHOP_G_PILOT: Expect = ['copy', 'douyin-group-shop-20211129'];
const DY_SHOP_G_DIRECT: Expect = ['direct', 'douyin-group-shop-20211201'];
const DY_SHOP_G_2022: Expect = ['direct', 'douyin-group-shop-20220127'];
const DY_SHOP_G_2023: Expect = ['direct', 'douyin-group-shop-20230111'];
const CODE_COPY: Expect = ['copy', 'share-code-20131122'];
const TB_CODE: Expect = ['copy', 'taobao-code-20180530'];
const DY_CODE_GARBLED: Expect = ['copy', 'douyin-code-20210917'];
const DY_CODE_BLOCKED: Expect = ['blocked', 'douyin-code-20230110'];
const DY_CODE_COPY: Expect = ['copy', 'douyin-code-20230111'];
const XHS_WARN: Expect = ['warn', 'xiaohongshu-20210113'];
const JD_DISPUTED: Expect = ['direct', 'jd-pinduoduo-20180309'];
const JD_DIRECT: Expect = ['direct', 'jd-pinduoduo-20211201'];
const PARTNERS: Expect = ['direct', 'tencent-partners-20211129'];

// Taobao and Tmall.
for (const scope of ['private', 'group']) {
  pair(OPEN13, 'taobao', scope, UNKNOWN, TB_OPEN);
}
pair(CLOSED13, 'taobao', 'private', TB_OPEN, TB_P_COPY);
pair(SEP17, 'taobao', 'private', TB_P_COPY, TB_P_WARN);
pair(NOON29, 'taobao', 'private', TB_P_WARN, TB_P_NOON);
pair(NOV29, 'taobao', 'private', TB_P_NOON, TB_P_DIRECT);
pair(CLOSED13, 'taobao', 'group', TB_OPEN, TB_G_COPY);
pair(SEP17, 'taobao', 'group', TB_G_COPY, TB_G_COPY);
pair(NOV29, 'taobao', 'group', TB_G_COPY, TB_G_PILOT);
pair(DEC01, 'taobao', 'group', TB_G_PILOT, TB_G_DIRECT);
pair(JAN27, 'taobao', 'group', TB_G_DIRECT, TB_G_2022);
pair(SEP17, 'tmall', 'private', TB_P_COPY, TB_P_WARN);
pair(NOON29, 'tmall', 'private', TB_P_WARN, TB_P_NOON);
pair(NOV29, 'tmall', 'private', TB_P_NOON, TB_P_DIRECT);
pair(NOV29, 'tmall', 'group', TB_G_COPY, TB_G_PILOT);

// Xianyu: nothing known before the statement of 2021-09-17.
pair(SEP17, 'xianyu', 'private', UNKNOWN, XY_P_WARN);
pair(NOON29, 'xianyu', 'private', XY_P_WARN, XY_P_NOON);
pair(NOV29, 'xianyu', 'private', XY_P_NOON, XY_P_DIRECT);
pair(JAN27, 'xianyu', 'private', XY_P_DIRECT, XY_P_2022);
pair(SEP17, 'xianyu', 'group', UNKNOWN, XY_G_COPY);
pair(DEC01, 'xianyu', 'group', XY_G_COPY, XY_G_DIRECT);

// Douyin videos.
pair(DY2018, 'douyinVideo', 'private', UNKNOWN, DY_COPY);
pair(SEP17, 'douyinVideo', 'private', DY_COPY, DY_P_WARN);
pair(NOON29, 'douyinVideo', 'private', DY_P_WARN, DY_P_NOON);
pair(NOV29, 'douyinVideo', 'private', DY_P_NOON, DY_VIDEO_P_ROLLOUT);
pair(DEC01, 'douyinVideo', 'private', DY_VIDEO_P_ROLLOUT, DY_VIDEO_P_DIRECT);
pair(BLOCK23, 'douyinVideo', 'private', DY_VIDEO_P_DIRECT, DY_BLOCKED);
pair(BACK23, 'douyinVideo', 'private', DY_BLOCKED, DY_P_2023);
pair(DY2018, 'douyinVideo', 'group', UNKNOWN, DY_COPY);
pair(SEP17, 'douyinVideo', 'group', DY_COPY, DY_VIDEO_G_COPY);
pair(BLOCK23, 'douyinVideo', 'group', DY_VIDEO_G_COPY, DY_BLOCKED);
pair(BACK23, 'douyinVideo', 'group', DY_BLOCKED, DY_VIDEO_G_2023);

// Douyin shops.
pair(DY2018, 'douyinShop', 'private', UNKNOWN, DY_COPY);
pair(SEP17, 'douyinShop', 'private', DY_COPY, DY_P_WARN);
pair(NOON29, 'douyinShop', 'private', DY_P_WARN, DY_P_NOON);
pair(NOV29, 'douyinShop', 'private', DY_P_NOON, DY_SHOP_P_DIRECT);
pair(BLOCK23, 'douyinShop', 'private', DY_SHOP_P_DIRECT, DY_BLOCKED);
pair(BACK23, 'douyinShop', 'private', DY_BLOCKED, DY_P_2023);
pair(DY2018, 'douyinShop', 'group', UNKNOWN, DY_COPY);
pair(SEP17, 'douyinShop', 'group', DY_COPY, DY_SHOP_G_COPY);
pair(NOV29, 'douyinShop', 'group', DY_SHOP_G_COPY, DY_SHOP_G_PILOT);
pair(DEC01, 'douyinShop', 'group', DY_SHOP_G_PILOT, DY_SHOP_G_DIRECT);
pair(JAN27, 'douyinShop', 'group', DY_SHOP_G_DIRECT, DY_SHOP_G_2022);
pair(BLOCK23, 'douyinShop', 'group', DY_SHOP_G_2022, DY_BLOCKED);
pair(BACK23, 'douyinShop', 'group', DY_BLOCKED, DY_SHOP_G_2023);

// Douyin share codes, and share codes in general, in both scopes.
for (const scope of ['private', 'group']) {
  pair(CLOSED13, 'douyinCode', scope, UNKNOWN, CODE_COPY);
  pair(SEP17, 'douyinCode', scope, CODE_COPY, DY_CODE_GARBLED);
  pair(BLOCK23, 'douyinCode', scope, DY_CODE_GARBLED, DY_CODE_BLOCKED);
  pair(BACK23, 'douyinCode', scope, DY_CODE_BLOCKED, DY_CODE_COPY);
  pair(CLOSED13, 'taobaoCode', scope, UNKNOWN, CODE_COPY);
  pair(CODES18, 'taobaoCode', scope, CODE_COPY, TB_CODE);
  for (const boundary of [CLOSED13, SEP17, NOV29, BLOCK23]) {
    pair(boundary, 'jdCode', scope, boundary === CLOSED13 ? UNKNOWN : CODE_COPY, CODE_COPY);
  }
}

// Xiaohongshu, in both scopes.
pair(XHS, 'xiaohongshu', 'private', UNKNOWN, XHS_WARN);
pair(XHS, 'xiaohongshu', 'group', UNKNOWN, XHS_WARN);
pair(NOV29, 'xiaohongshu', 'private', XHS_WARN, ['direct', 'xiaohongshu-private-20211129']);
pair(NOV29, 'xiaohongshu', 'group', XHS_WARN, ['warn', 'xiaohongshu-group-20211129']);

// JD and Pinduoduo (disputed until the end of 2021-11), Kuaishou and the other Tencent partners.
for (const scope of ['private', 'group']) {
  pair(PDD18, 'jd', scope, UNKNOWN, JD_DISPUTED);
  pair(PDD18, 'pinduoduo', scope, UNKNOWN, JD_DISPUTED);
  pair(DEC01, 'jd', scope, JD_DISPUTED, JD_DIRECT);
  pair(DEC01, 'pinduoduo', scope, JD_DISPUTED, JD_DIRECT);
  pair(NOV29, 'kuaishou', scope, UNKNOWN, PARTNERS);
}

// Whole days (YYYY-MM-DD means the end of that day in China time).
at('2013-07-31', 'taobao', 'private', UNKNOWN);
at('2013-11-21', 'taobao', 'private', TB_OPEN);
at('2013-11-22', 'taobao', 'private', TB_P_COPY);
at('2021-09-16', 'taobao', 'private', TB_P_COPY);
at('2021-09-17', 'taobao', 'private', TB_P_WARN);
at('2021-11-28', 'taobao', 'private', TB_P_WARN);
at('2021-11-29', 'taobao', 'private', TB_P_DIRECT);
at('2021-11-29', 'taobao', 'group', TB_G_PILOT);
at('2021-11-30', 'taobao', 'group', TB_G_PILOT);
at('2021-12-02', 'taobao', 'group', TB_G_DIRECT);
at('2015-06-01', 'pinduoduo', 'private', UNKNOWN);
at('2023-01-10', 'douyinVideo', 'private', DY_BLOCKED);
at('2023-01-11', 'douyinVideo', 'private', DY_P_2023);
at('2026-02-04', 'taobao', 'private', TB_P_DIRECT, false);
at('2026-02-05', 'taobao', 'private', TB_P_DIRECT, true);
at('2026-11-25', 'taobao', 'private', TB_P_DIRECT, true);
at('2026-11-25', 'taobao', 'group', TB_G_2022, true);
at('2026-11-25', 'pinduoduo', 'group', JD_DIRECT, true);

export const BOUNDARY_CASES: readonly BoundaryCase[] = cases;

/** Texts for parsePolicyDate whose results must not depend on the time zone. */
export const PARSE_TEXTS: readonly string[] = [
  '2021-11-29',
  '2021-01-01',
  '2024-02-29',
  '2021-11-29T20:00+08:00',
  '2021-11-29T12:00:00Z',
  '2021-11-29T12:00:00.123Z',
  '2021-11-29T04:00:00-08:00',
  '2021-11-29T20:00',
  '2021-02-30',
  '2021-13-45',
  '2021-11-29T25:00+08:00',
  'yesterday',
];

/** Epoch ms instants for formatChinaTime and chinaDateOf. */
export const FORMAT_INSTANTS: readonly number[] = [
  0,
  Date.UTC(2021, 10, 29, 15, 59, 59, 999),
  Date.UTC(2021, 10, 29, 16, 0, 0, 0),
  Date.UTC(2021, 10, 29, 12, 0, 0, 0),
  Date.UTC(1991, 3, 14, 15, 30, 0, 0),
];
