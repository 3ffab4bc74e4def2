import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { recordStart } from '../../../src/core/policy/record-start';
import { dateExplanation, dateProblem, firstPolicyDate } from '../../../src/popup/date-explanation';
import { makeRule, makeRuleset } from '../core/support/custom-ruleset';

const t = (key: string, subs: string[] = []) =>
  ({
    showingAsOf: 'Showing $1 as of $2 China time',
    showingNow: 'Showing $1 as of now ($2 China time)',
    beyondRecord: 'The record ends earlier.',
  })[key]?.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '') ?? key;
const ENDS = '2026-02-04T23:59:59.999+08:00';
const NOW = Date.UTC(2026, 10, 25, 17, 0);

describe('dateExplanation', () => {
  it('explains a date as the end of that day in China time', () => {
    expect(dateExplanation('2021-11-29', 'WeChat', ENDS, NOW, 'en', t)).toEqual({
      sentence: 'Showing WeChat as of 29 Nov 2021, 23:59 China time',
      note: null,
    });
  });

  it('writes the date the Chinese way in Chinese', () => {
    expect(dateExplanation('2021-11-29', '微信', ENDS, NOW, 'zh_CN', t).sentence).toBe(
      'Showing 微信 as of 2021年11月29日 23:59 China time',
    );
  });

  it('explains now in China time, and notes that it lies after the record', () => {
    expect(dateExplanation(null, 'WeChat', ENDS, NOW, 'en', t)).toEqual({
      sentence: 'Showing WeChat as of now (26 Nov 2026, 01:00 China time)',
      note: 'The record ends earlier.',
    });
  });
});

describe('dateProblem', () => {
  it('accepts real days within the range, and says what is wrong with others', () => {
    expect(dateProblem('2021-11-29', '2013-01-01', '2026-11-26')).toBeNull();
    expect(dateProblem('2013-01-01', '2013-01-01', '2026-11-26')).toBeNull();
    expect(dateProblem('2012-12-31', '2013-01-01', '2026-11-26')).toBe('range');
    expect(dateProblem('2026-11-27', '2013-01-01', '2026-11-26')).toBe('range');
    expect(dateProblem('2021-02-30', '2013-01-01', '2026-11-26')).toBe('invalid');
    expect(dateProblem('29.11.2021', '2013-01-01', '2026-11-26')).toBe('invalid');
  });
});

describe('firstPolicyDate', () => {
  it("is the China day of the shipped ruleset's earliest rule or event, read from its data", () => {
    const instants = [
      ...WECHAT_RULESET.rules.map((rule) => rule.from),
      ...WECHAT_RULESET.events.map((event) => event.at),
    ].map((text) => Date.parse(String(text)));
    const earliest = Math.min(...instants);
    expect(firstPolicyDate(WECHAT_RULESET)).toBe(
      new Date(earliest + 8 * 3600_000).toISOString().slice(0, 10),
    );
    // The shipped record starts when Taobao links are first documented in WeChat.
    expect(firstPolicyDate(WECHAT_RULESET)).toBe('2013-08-01');
  });

  it('follows a custom ruleset: its first rule or event, on the China day', () => {
    const rules = [
      makeRule({ id: 'a', from: '2019-05-01T00:00:00+08:00', until: '2020-01-01T00:00Z' }),
      makeRule({ id: 'b', from: '2020-01-01T00:00Z', platforms: ['shop'] }),
    ];
    expect(firstPolicyDate(makeRuleset(rules))).toBe('2019-05-01');
    // 2018-12-31T16:30Z is already 1 January 2019 in China.
    const event = {
      id: 'e',
      at: '2018-12-31T16:30:00Z',
      title: { en: 'E', zh_CN: 'E' },
      evidence: 'inferred' as const,
      sources: [],
    };
    expect(firstPolicyDate(makeRuleset(rules, { events: [event] }))).toBe('2019-01-01');
  });

  it('is empty (no lower bound) when a rule holds since the start of the record', () => {
    expect(firstPolicyDate(makeRuleset([makeRule({ id: 'open' })]))).toBe('');
    expect(recordStart(makeRuleset([]))).toBeNull();
  });
});
