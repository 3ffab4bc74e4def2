import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/classify';

const HEADERS: [string, string | null][] = [
  ['【闲鱼】', 'xianyu'],
  ['【淘宝】', 'taobao'],
  ['【天猫】', 'tmall'],
  ['', null],
];
const header = fc.constantFrom(...HEADERS);
const link = fc.constantFrom(
  'https://m.tb.cn/h.RT9Lh91?tk=i31S5yHWj6i',
  'https://e.tb.cn/h.8IcTrtZuTU19ieN?tk=nyXpT7VA7lt',
  'http://m.tb.cn/h.3n52vLA',
  'https://item.jd.com/1.html',
  'https://3.cn/2V-chiOQ?jkl=@EDoxt4DBLAN@',
  'https://v.kuaishou.com/59WkPb',
);
const code = fc.constantFrom(
  '',
  ' ￥E1UAbOaNcwP￥ ',
  ' €08skb3DzfQC€ ',
  ' 20:/！29KUN73nQllwi！ ',
  ' #R4burF7MFa@ ',
  ' 😆 8HT8pM4ngHussRD 😆 ',
);
const words = fc.constantFrom(
  '',
  ' 「快来捡漏」',
  ' 我在闲鱼发布了',
  ' 天猫超市',
  ' 京东好物',
  ' 小红书 ',
);

describe('share texts with a link: one consistent record (property)', () => {
  it('names its platform in its codes, or says in basis which one the verdict follows', () => {
    fc.assert(
      fc.property(header, code, link, words, code, ([head, app], before, url, title, after) => {
        const text = `${head}${before}${url}${title}${after}`;
        const result = classify(text);
        const alone = classify(url);
        expect(result.kind).toBe('url');
        expect(result.url).toBe(alone.url);
        for (const found of result.codes ?? []) {
          if (found.platform !== result.platform) {
            expect(result.basis?.codePlatform ?? null, text).not.toBeNull();
            expect(result.codes?.some((c) => c.platform === result.basis?.codePlatform)).toBe(true);
          }
        }
        if (result.platform !== alone.platform) {
          // Only a link on a shared domain moves, to another app of the same owner, and says so.
          expect(alone.domain).toBe('tb.cn');
          expect(result.owner).toBe(alone.owner);
          expect(result.basis).toMatchObject({ follows: 'text', linkPlatform: alone.platform });
        } else {
          expect(result.basis?.linkPlatform ?? null).toBeNull();
        }
        // The app's own header decides for its short link.
        if (app !== null && alone.domain === 'tb.cn') expect(result.platform).toBe(app);
        if (result.basis === undefined) {
          for (const found of result.codes ?? []) expect(found.platform).toBe(result.platform);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
