import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { parsePolicyDate } from '../../../src/core/policy/china-time';
import { compileRuleset } from '../../../src/core/policy/compile-ruleset';
import { evaluate } from '../../../src/core/policy/evaluate';
import { validateRuleset } from '../../../src/core/policy/ruleset-validate';
import { makeRule, makeRuleset } from './support/custom-ruleset';

const TAOBAO = { kind: 'url', platform: 'taobao', category: 'ecommerce' } as const;
const day = (text: string) => {
  const parsed = parsePolicyDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.at;
};

describe('evaluate: inputs without a platform', () => {
  it('gives unknown with no rule for kind "none" or a null platform', () => {
    for (const input of [
      { kind: 'none', platform: null, category: null },
      { kind: 'none', platform: 'taobao', category: 'ecommerce' },
      { kind: 'url', platform: null, category: null },
    ] as const) {
      const v = evaluate(input, { app: 'wechat', scope: 'private', at: day('2022-01-01') });
      expect(v).toMatchObject({
        outcome: 'unknown',
        rule: null,
        evidence: null,
        explanation: null,
      });
      expect(v.sources).toEqual([]);
    }
  });

  it('gives unknown for a platform or scope no rule covers', () => {
    const at = day('2022-01-01');
    const p = { kind: 'url', platform: '1688', category: 'ecommerce' } as const;
    expect(evaluate(p, { app: 'wechat', scope: 'private', at }).outcome).toBe('unknown');
    expect(evaluate(TAOBAO, { app: 'wechat', scope: 'moments', at })).toMatchObject({
      outcome: 'unknown',
      scope: 'moments',
    });
  });

  it('gives unknown for an invalid Date and throws for an unknown app id', () => {
    expect(evaluate(TAOBAO, { app: 'wechat', scope: 'private', at: new Date('x') }).outcome).toBe(
      'unknown',
    );
    expect(() => evaluate(TAOBAO, { app: 'nochat', scope: 'private', at: 0 })).toThrow(RangeError);
  });
});

describe('evaluate: verdict fields', () => {
  it('returns the deciding rule with its interval in +08:00', () => {
    const v = evaluate(TAOBAO, { app: 'wechat', scope: 'private', at: day('2021-10-01') });
    expect(v).toMatchObject({
      scope: 'private',
      outcome: 'warn',
      rule: 'taobao-private-20210917',
      since: '2021-09-17T17:48:00+08:00',
      until: '2021-11-29T12:00:00+08:00',
      evidence: 'disputed',
      beyondRecord: false,
    });
    expect(v.sources.length).toBeGreaterThan(0);
    expect(v.explanation?.en).toBeTruthy();
    expect(v.explanation?.zh_CN).toBeTruthy();
  });

  it('accepts a Date as well as epoch ms', () => {
    const at = day('2021-11-28');
    const a = evaluate(TAOBAO, { app: 'wechat', scope: 'private', at });
    const b = evaluate(TAOBAO, { app: 'wechat', scope: 'private', at: new Date(at) });
    expect(b).toEqual(a);
  });

  it('after recordEnds keeps the last known rule and flags beyondRecord', () => {
    const v = evaluate(TAOBAO, { app: 'wechat', scope: 'private', at: day('2026-11-25') });
    expect(v).toMatchObject({ outcome: 'direct', beyondRecord: true, until: null });
    const inside = evaluate(TAOBAO, { app: 'wechat', scope: 'private', at: day('2026-02-04') });
    expect(inside.beyondRecord).toBe(false);
  });
});

describe('evaluate: custom rulesets and precedence', () => {
  const input = { kind: 'url', platform: 'shop', category: 'ecommerce' } as const;
  const code = { kind: 'code', platform: 'shop', category: 'ecommerce' } as const;
  const at = Date.parse('2022-06-01T00:00:00+08:00');

  it('evaluates a custom ruleset object exactly like a shipped one', () => {
    const copy = structuredClone(WECHAT_RULESET);
    for (const text of ['2013-06-01', '2021-11-29', '2021-11-30', '2023-01-10', '2026-11-25']) {
      for (const scope of ['private', 'group']) {
        const opts = { scope, at: day(text) };
        expect(evaluate(TAOBAO, { ...opts, app: copy })).toEqual(
          evaluate(TAOBAO, { ...opts, app: 'wechat' }),
        );
      }
    }
  });

  it('platform-listed beats category-listed beats kind-listed beats nothing listed', () => {
    const rules = [
      makeRule({ id: 'any', outcome: 'blocked' }),
      makeRule({ id: 'kinds', kinds: ['url'], outcome: 'copy' }),
      makeRule({ id: 'categories', categories: ['ecommerce'], outcome: 'warn' }),
      makeRule({ id: 'platforms', platforms: ['shop'], outcome: 'direct' }),
    ];
    const ruleset = makeRuleset(rules);
    expect(validateRuleset(ruleset).ok).toBe(true);
    const pick = (r = ruleset) => evaluate(input, { app: r, scope: 'private', at }).rule;
    expect(pick()).toBe('platforms');
    expect(pick(makeRuleset(rules.slice(0, 3)))).toBe('categories');
    expect(pick(makeRuleset(rules.slice(0, 2)))).toBe('kinds');
    expect(pick(makeRuleset(rules.slice(0, 1)))).toBe('any');
    expect(evaluate(code, { app: makeRuleset(rules.slice(0, 2)), scope: 'private', at }).rule).toBe(
      'any',
    );
  });

  it('a more specific rule wins even when it started earlier', () => {
    const ruleset = makeRuleset([
      makeRule({ id: 'old-specific', platforms: ['shop'], from: '2010-01-01T00:00:00+08:00' }),
      makeRule({ id: 'new-general', from: '2022-01-01T00:00:00+08:00', outcome: 'copy' }),
    ]);
    expect(evaluate(input, { app: ruleset, scope: 'group', at }).rule).toBe('old-specific');
  });

  it('between equally specific rules the later from wins (ambiguous: the validator reports it)', () => {
    const ruleset = makeRuleset([
      makeRule({ id: 'earlier', from: '2020-01-01T00:00:00+08:00' }),
      makeRule({ id: 'later', from: '2021-01-01T00:00:00+08:00', outcome: 'copy' }),
    ]);
    expect(evaluate(input, { app: ruleset, scope: 'group', at }).rule).toBe('later');
    const result = validateRuleset(ruleset);
    expect(result.ok).toBe(false);
  });

  it('respects from (inclusive), until (exclusive) and scopes', () => {
    const ruleset = makeRuleset([
      makeRule({
        id: 'window',
        scopes: ['group'],
        from: '2022-01-01T00:00:00+08:00',
        until: '2022-02-01T00:00:00+08:00',
      }),
    ]);
    const from = Date.parse('2022-01-01T00:00:00+08:00');
    const until = Date.parse('2022-02-01T00:00:00+08:00');
    const rule = (t: number, scope = 'group') =>
      evaluate(input, { app: ruleset, scope, at: t }).rule;
    expect(rule(from - 1)).toBeNull();
    expect(rule(from)).toBe('window');
    expect(rule(until - 1)).toBe('window');
    expect(rule(until)).toBeNull();
    expect(rule(from, 'private')).toBeNull();
  });

  it('never matches a category-listed rule for a null category', () => {
    const ruleset = makeRuleset([makeRule({ id: 'shops', categories: ['ecommerce'] })]);
    const v = evaluate(
      { kind: 'url', platform: 'shop', category: null },
      { app: ruleset, scope: 'group', at },
    );
    expect(v.outcome).toBe('unknown');
  });

  it('after recordEnds a rule that ended before it does not come back', () => {
    const ruleset = makeRuleset([makeRule({ id: 'ended', until: '2020-01-01T00:00:00+08:00' })], {
      recordEnds: '2021-01-01T00:00:00+08:00',
    });
    const v = evaluate(input, { app: ruleset, scope: 'group', at });
    expect(v).toMatchObject({ outcome: 'unknown', beyondRecord: true });
  });
});

describe('evaluate: speed', () => {
  it('compiles a ruleset once (cached by object)', () => {
    expect(compileRuleset(WECHAT_RULESET)).toBe(compileRuleset(WECHAT_RULESET));
    expect(compileRuleset(structuredClone(WECHAT_RULESET))).not.toBe(
      compileRuleset(WECHAT_RULESET),
    );
  });

  it('evaluates 200,000 links in well under two seconds', () => {
    const inputs = [
      TAOBAO,
      { kind: 'url', platform: 'douyin', category: 'content' },
      { kind: 'code', platform: 'jd', category: 'ecommerce' },
      { kind: 'url', platform: 'xiaohongshu', category: 'content' },
    ] as const;
    const at = day('2021-11-30');
    const start = performance.now();
    let direct = 0;
    for (let i = 0; i < 200_000; i++) {
      const input = inputs[i % inputs.length] ?? TAOBAO;
      const v = evaluate(input, { app: 'wechat', scope: i % 2 ? 'group' : 'private', at: at + i });
      if (v.outcome === 'direct') direct++;
    }
    expect(direct).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
