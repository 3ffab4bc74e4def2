import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeView } from '../../../src/content/draw/badge-view';
import { classify } from '../../../src/core/classify/classify';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { evaluate } from '../../../src/core/policy/evaluate';
import type { PolicyContext } from '../../../src/shared/policy-context';

const INPUTS = [
  'https://item.taobao.com/item.htm?id=1',
  'https://item.taobao.com/item.htm?id=2',
  'https://detail.tmall.com/item.htm?id=3',
  'https://item.jd.com/4.html',
  'https://v.douyin.com/abc/',
  'https://haohuo.jinritemai.com/views/product/item2?id=5',
  'https://www.xiaohongshu.com/explore/6',
  'https://www.goofish.com/item?id=7',
  'https://v.kuaishou.com/8',
  '￥MDGGba1MLQh￥',
  'https://example.com/',
];
const RECORD_START = Date.parse('2013-01-01T00:00:00+08:00');
const RECORD_SPAN = Date.parse('2027-01-01T00:00:00+08:00') - RECORD_START;

describe('badgeView', () => {
  it('gives every link the verdicts evaluate gives it, in any order of links and contexts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...INPUTS), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (picks, fractions) => {
          // A few contexts (dates), used in turn, as a page's badges are re-evaluated.
          const contexts: PolicyContext[] = fractions.map((f) => ({
            ruleset: WECHAT_RULESET,
            at: RECORD_START + Math.floor(f * RECORD_SPAN),
          }));
          for (const [input, which] of picks) {
            const context = contexts[which] as PolicyContext;
            const classification = classify(input);
            const view = badgeView(classification, context, 'en');
            const expected =
              classification.platform === null
                ? []
                : WECHAT_RULESET.scopes.map((scope) =>
                    evaluate(classification, { app: WECHAT_RULESET, scope, at: context.at }),
                  );
            expect(view.verdicts).toEqual(expected);
            expect(view.at).toBe(context.at);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shares one verdict list among the links of a context that evaluate alike', () => {
    const context: PolicyContext = {
      ruleset: WECHAT_RULESET,
      at: Date.parse('2021-12-02T12:00:00+08:00'),
    };
    const first = badgeView(classify(INPUTS[0] as string), context, 'en');
    const second = badgeView(classify(INPUTS[1] as string), context, 'zh_CN');
    expect(second.verdicts).toBe(first.verdicts);
    const later: PolicyContext = { ...context, at: Date.parse('2013-06-01T12:00:00+08:00') };
    const again = badgeView(classify(INPUTS[0] as string), later, 'en');
    expect(again.verdicts).not.toBe(first.verdicts);
    expect(again.verdicts.map((v) => v.outcome)).not.toEqual(first.verdicts.map((v) => v.outcome));
  });
});
