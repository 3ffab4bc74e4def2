import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/classify';
import { getShippedRuleset as coreShipped } from '../../../src/core/data/rulesets/index';
import { parsePolicyDate } from '../../../src/core/policy/china-time';
import type { Ruleset } from '../../../src/core/policy/rule';
import { checkRecord } from '../../../src/core/record/check-record';
import {
  check,
  evaluate,
  getShippedRuleset,
  RulesetError,
  validateRuleset,
} from '../../../src/library/index';
import { makeRule, makeRuleset } from '../core/support/custom-ruleset';
import { format1Clean, format1Wechat } from '../core/support/format1-rulesets';

const TAOBAO = 'https://item.taobao.com/item.htm?id=1';
const at = (text: string) => {
  const parsed = parsePolicyDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.at;
};

describe('library check', () => {
  it('takes the instant as the CLI text, epoch milliseconds or a Date, with the same answer', () => {
    const expected = checkRecord(
      classify(TAOBAO, undefined, { warnings: true }),
      coreShipped('wechat') as Ruleset,
      at('2021-11-29'),
    );
    expect(check(TAOBAO, { at: '2021-11-29' })).toEqual(expected);
    expect(check(TAOBAO, { at: at('2021-11-29') })).toEqual(expected);
    expect(check(TAOBAO, { at: new Date(at('2021-11-29')) })).toEqual(expected);
    expect(check(TAOBAO, { at: '2021-11-29', app: 'wechat' })).toEqual(expected);
    expect(expected.verdicts?.group?.outcome).toBe('copy');
  });

  it('answers relative inputs against base, and now when no instant is given', () => {
    const record = check('/1.html', { base: 'https://item.jd.com/', at: '2022-01-01' });
    expect(record).toMatchObject({
      kind: 'url',
      platform: 'jd',
      url: 'https://item.jd.com/1.html',
    });
    const before = Date.now();
    const now = Date.parse(check(TAOBAO).at);
    expect(now).toBeGreaterThanOrEqual(before - 1);
    expect(now).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('evaluates a custom ruleset, validated once per object, and refuses an invalid one', () => {
    const ruleset = makeRuleset([makeRule({ id: 'all-blocked', outcome: 'blocked' })]);
    const record = check(TAOBAO, { at: '2024-01-01', ruleset });
    expect(record.app).toBe('testchat');
    expect(record.verdicts?.private).toMatchObject({ outcome: 'blocked', rule: 'all-blocked' });
    const broken = { ...ruleset, rules: [{ ...ruleset.rules[0], scopes: ['nowhere'] }] };
    expect(() => check(TAOBAO, { ruleset: broken })).toThrow(RulesetError);
    try {
      check(TAOBAO, { ruleset: broken });
    } catch (error) {
      expect((error as RulesetError).problems[0]?.path).toMatch(/^rules\[0\]\.scopes/);
    }
    expect(() => check(TAOBAO, { ruleset, app: 'wechat' })).toThrow(/does not match/);
  });

  it('reads a format-1 ruleset as --ruleset does: upgraded when valid, else every problem', () => {
    const record = check(TAOBAO, { at: '2021-01-01', ruleset: format1Clean() });
    expect(record.app).toBe('oldchat');
    expect(record.verdicts?.group).toMatchObject({ outcome: 'blocked', rule: 'taobao-2020' });
    let thrown: unknown;
    try {
      check(TAOBAO, { ruleset: format1Wechat() });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RulesetError);
    const messages = (thrown as RulesetError).problems.map((problem) => problem.message);
    expect(messages.some((message) => message.includes('has no quote'))).toBe(true);
    expect(messages.some((message) => message.includes('urn:article'))).toBe(true);
  });

  it('throws RangeError for a bad instant, base or app, never for the input', () => {
    expect(() => check(TAOBAO, { at: '2021-13-45' })).toThrow(RangeError);
    expect(() => check(TAOBAO, { at: Number.NaN })).toThrow(RangeError);
    expect(() => check(TAOBAO, { base: 'not a url' })).toThrow(RangeError);
    expect(() => check(TAOBAO, { app: 'qq' })).toThrow(/unknown app "qq"/);
    for (const input of ['', ' ', '\u0000', 'http://[', 'x'.repeat(100_000)]) {
      expect(check(input, { at: '2021-11-29' }).kind).toBe('none');
    }
  });

  it('exports the core functions themselves', () => {
    expect(getShippedRuleset('wechat')).toBe(coreShipped('wechat'));
    expect(validateRuleset(getShippedRuleset('wechat')).ok).toBe(true);
    expect(
      evaluate(classify(TAOBAO), { app: 'wechat', scope: 'group', at: at('2022-02-01') }).outcome,
    ).toBe('direct');
  });
});
