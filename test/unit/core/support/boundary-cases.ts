/**
 * Hand-written expectations for the shipped WeChat ruleset at every rule boundary: one case 1 ms
 * before the boundary (written as a UTC "Z" instant) and one at the boundary (written with
 * +08:00), plus day-level cases written as YYYY-MM-DD. Pure data: bundled into a child process
 * by timezone.test.ts, so it must not import vitest.
 */
import type { Category } from '../../../../src/core/category';
import type { Outcome } from '../../../../src/core/outcome';

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

const Y2013 = '2013-01-01T00:00:00+08:00';
const DY2018 = '2018-04-01T00:00:00+08:00';
const XHS = '2021-01-12T00:00:00+08:00';
const SEP17 = '2021-09-17T17:48:00+08:00';
const NOV29 = '2021-11-29T20:00:00+08:00';
const NOV30 = '2021-11-30T00:00:00+08:00';
const DEC01 = '2021-12-01T00:00:00+08:00';
const JAN27 = '2022-01-27T00:00:00+08:00';
const BLOCK23 = '2023-01-10T00:00:00+08:00';
const BACK23 = '2023-01-11T12:00:00+08:00';

const UNKNOWN: Expect = ['unknown', null];
const TB_P_COPY: Expect = ['copy', 'taobao-private-copy-2013'];
const TB_P_WARN: Expect = ['warn', 'taobao-private-warn-2021-09-17'];
const ALI_P_DIRECT: Expect = ['direct', 'alibaba-private-direct-2021-11-29'];
const TB_G_COPY: Expect = ['copy', 'taobao-group-copy-2013'];
const TB_G_ROLLOUT: Expect = ['direct', 'taobao-group-rollout-2021-11-30'];
const TB_G_DIRECT: Expect = ['direct', 'taobao-group-direct-2021-12-01'];
const ALI_G_DIRECT: Expect = ['direct', 'alibaba-group-direct-2022-01-27'];
const DY_BLOCKED: Expect = ['blocked', 'douyin-links-blocked-2023-01-10'];
const DY_P_2023: Expect = ['direct', 'douyin-private-direct-2023-01-11'];
const DY_P_COPY: Expect = ['copy', 'douyin-private-copy-2018'];
const DY_P_WARN: Expect = ['warn', 'douyin-private-warn-2021-09-17'];
const DY_SHOP_G_COPY: Expect = ['copy', 'douyin-group-shop-copy-2018'];
const DY_VIDEO_G_COPY: Expect = ['copy', 'douyin-group-video-copy-2018'];
const CODE_COPY: Expect = ['copy', 'share-code-copy'];
const DY_CODE_GARBLED: Expect = ['copy', 'douyin-code-garbled-2021-09-17'];
const DY_CODE_BLOCKED: Expect = ['blocked', 'douyin-code-blocked-2023-01-10'];
const DY_CODE_COPY: Expect = ['copy', 'douyin-code-copy-2023-01-11'];
const XHS_WARN: Expect = ['warn', 'xiaohongshu-warn-2021-01-12'];

// Taobao and Tmall.
pair(Y2013, 'taobao', 'private', UNKNOWN, TB_P_COPY);
pair(SEP17, 'taobao', 'private', TB_P_COPY, TB_P_WARN);
pair(NOV29, 'taobao', 'private', TB_P_WARN, ALI_P_DIRECT);
pair(Y2013, 'taobao', 'group', UNKNOWN, TB_G_COPY);
pair(SEP17, 'taobao', 'group', TB_G_COPY, TB_G_COPY);
pair(NOV29, 'taobao', 'group', TB_G_COPY, TB_G_COPY);
pair(NOV30, 'taobao', 'group', TB_G_COPY, TB_G_ROLLOUT);
pair(DEC01, 'taobao', 'group', TB_G_ROLLOUT, TB_G_DIRECT);
pair(JAN27, 'taobao', 'group', TB_G_DIRECT, ALI_G_DIRECT);
pair(SEP17, 'tmall', 'private', TB_P_COPY, TB_P_WARN);
pair(NOV30, 'tmall', 'group', TB_G_COPY, TB_G_ROLLOUT);

// Xianyu.
pair(Y2013, 'xianyu', 'private', UNKNOWN, ['copy', 'xianyu-private-copy-2013']);
pair(
  SEP17,
  'xianyu',
  'private',
  ['copy', 'xianyu-private-copy-2013'],
  ['warn', 'xianyu-private-warn-2021-09-17'],
);
pair(NOV29, 'xianyu', 'private', ['warn', 'xianyu-private-warn-2021-09-17'], ALI_P_DIRECT);
pair(Y2013, 'xianyu', 'group', UNKNOWN, ['copy', 'xianyu-group-copy-2013']);
pair(
  NOV30,
  'xianyu',
  'group',
  ['copy', 'xianyu-group-copy-2013'],
  ['direct', 'xianyu-group-pilot-2021-11-30'],
);
pair(JAN27, 'xianyu', 'group', ['direct', 'xianyu-group-pilot-2021-11-30'], ALI_G_DIRECT);

// Douyin videos.
pair(DY2018, 'douyinVideo', 'private', UNKNOWN, DY_P_COPY);
pair(SEP17, 'douyinVideo', 'private', DY_P_COPY, DY_P_WARN);
pair(NOV29, 'douyinVideo', 'private', DY_P_WARN, [
  'direct',
  'douyin-private-video-rollout-2021-11-29',
]);
pair(
  DEC01,
  'douyinVideo',
  'private',
  ['direct', 'douyin-private-video-rollout-2021-11-29'],
  ['direct', 'douyin-private-video-direct-2021-12-01'],
);
pair(
  BLOCK23,
  'douyinVideo',
  'private',
  ['direct', 'douyin-private-video-direct-2021-12-01'],
  DY_BLOCKED,
);
pair(BACK23, 'douyinVideo', 'private', DY_BLOCKED, DY_P_2023);
pair(DY2018, 'douyinVideo', 'group', UNKNOWN, DY_VIDEO_G_COPY);
pair(NOV30, 'douyinVideo', 'group', DY_VIDEO_G_COPY, DY_VIDEO_G_COPY);
pair(BLOCK23, 'douyinVideo', 'group', DY_VIDEO_G_COPY, DY_BLOCKED);
pair(BACK23, 'douyinVideo', 'group', DY_BLOCKED, ['copy', 'douyin-group-video-copy-2023-01-11']);

// Douyin shops.
pair(DY2018, 'douyinShop', 'private', UNKNOWN, DY_P_COPY);
pair(SEP17, 'douyinShop', 'private', DY_P_COPY, DY_P_WARN);
pair(NOV29, 'douyinShop', 'private', DY_P_WARN, [
  'direct',
  'douyin-private-shop-direct-2021-11-29',
]);
pair(
  BLOCK23,
  'douyinShop',
  'private',
  ['direct', 'douyin-private-shop-direct-2021-11-29'],
  DY_BLOCKED,
);
pair(BACK23, 'douyinShop', 'private', DY_BLOCKED, DY_P_2023);
pair(DY2018, 'douyinShop', 'group', UNKNOWN, DY_SHOP_G_COPY);
pair(NOV30, 'douyinShop', 'group', DY_SHOP_G_COPY, [
  'direct',
  'douyin-group-shop-rollout-2021-11-30',
]);
pair(
  DEC01,
  'douyinShop',
  'group',
  ['direct', 'douyin-group-shop-rollout-2021-11-30'],
  ['direct', 'douyin-group-shop-direct-2021-12-01'],
);
pair(
  JAN27,
  'douyinShop',
  'group',
  ['direct', 'douyin-group-shop-direct-2021-12-01'],
  ['direct', 'douyin-group-shop-direct-2022-01-27'],
);
pair(BLOCK23, 'douyinShop', 'group', ['direct', 'douyin-group-shop-direct-2022-01-27'], DY_BLOCKED);
pair(BACK23, 'douyinShop', 'group', DY_BLOCKED, ['direct', 'douyin-group-shop-direct-2023-01-11']);

// Douyin share codes, in both scopes.
for (const scope of ['private', 'group']) {
  pair(SEP17, 'douyinCode', scope, CODE_COPY, DY_CODE_GARBLED);
  pair(BLOCK23, 'douyinCode', scope, DY_CODE_GARBLED, DY_CODE_BLOCKED);
  pair(BACK23, 'douyinCode', scope, DY_CODE_BLOCKED, DY_CODE_COPY);
}

// Xiaohongshu, in both scopes.
pair(XHS, 'xiaohongshu', 'private', UNKNOWN, XHS_WARN);
pair(XHS, 'xiaohongshu', 'group', UNKNOWN, XHS_WARN);
pair(NOV29, 'xiaohongshu', 'private', XHS_WARN, [
  'direct',
  'xiaohongshu-private-direct-2021-11-29',
]);
pair(NOV29, 'xiaohongshu', 'group', XHS_WARN, ['warn', 'xiaohongshu-group-warn-2021-11-29']);

// Platforms and codes that never change, across the record's boundaries.
for (const boundary of [Y2013, SEP17, NOV29, NOV30, JAN27, BLOCK23]) {
  for (const scope of ['private', 'group']) {
    pair(
      boundary,
      'jd',
      scope,
      ['direct', 'jd-pinduoduo-direct'],
      ['direct', 'jd-pinduoduo-direct'],
    );
    pair(boundary, 'taobaoCode', scope, ['copy', 'taobao-code-copy'], ['copy', 'taobao-code-copy']);
    pair(boundary, 'jdCode', scope, CODE_COPY, CODE_COPY);
  }
}

// Whole days (YYYY-MM-DD means the end of that day in China time).
at('2012-12-31', 'taobao', 'private', UNKNOWN);
at('2021-09-16', 'taobao', 'private', TB_P_COPY);
at('2021-09-17', 'taobao', 'private', TB_P_WARN);
at('2021-11-28', 'taobao', 'private', TB_P_WARN);
at('2021-11-29', 'taobao', 'private', ALI_P_DIRECT);
at('2021-11-29', 'taobao', 'group', TB_G_COPY);
at('2021-11-30', 'taobao', 'group', TB_G_ROLLOUT);
at('2021-12-02', 'taobao', 'group', TB_G_DIRECT);
at('2023-01-10', 'douyinVideo', 'private', DY_BLOCKED);
at('2023-01-11', 'douyinVideo', 'private', DY_P_2023);
at('2026-02-04', 'taobao', 'private', ALI_P_DIRECT, false);
at('2026-02-05', 'taobao', 'private', ALI_P_DIRECT, true);
at('2026-11-25', 'taobao', 'private', ALI_P_DIRECT, true);
at('2026-11-25', 'taobao', 'group', ALI_G_DIRECT, true);
at('2026-11-25', 'pinduoduo', 'group', ['direct', 'jd-pinduoduo-direct'], true);

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
