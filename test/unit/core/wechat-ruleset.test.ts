import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { parseIsoInstant, parsePolicyDate } from '../../../src/core/policy/china-time';
import { evaluate } from '../../../src/core/policy/evaluate';

const day = (text: string) => {
  const parsed = parsePolicyDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.at;
};
const instant = (text: string) => {
  const parsed = parseIsoInstant(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.at;
};
const check = (
  platform: string,
  category: 'ecommerce' | 'content',
  kind: 'url' | 'code',
  scope: string,
  at: number,
) => evaluate({ platform, category, kind }, { app: 'wechat', scope, at });

const anyInstant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) });
const scope = fc.constantFrom('private', 'group');

describe('WeChat ruleset: data', () => {
  it('is the WeChat app with both scopes', () => {
    expect(WECHAT_RULESET).toMatchObject({
      format: 2,
      app: 'wechat',
      name: { en: 'WeChat', zh_CN: '微信' },
      scopes: ['private', 'group'],
    });
  });

  it('ends its record on 2026-02-04 (end of the day, China time)', () => {
    expect(instant(WECHAT_RULESET.recordEnds)).toBe(day('2026-02-04'));
  });

  it('has the required timeline ticks, in order', () => {
    const days = WECHAT_RULESET.events.map((e) => e.at.slice(0, 10));
    for (const d of [
      '2013-08-01',
      '2013-11-22',
      '2018-03-09',
      '2018-04-01',
      '2018-05-30',
      '2021-01-13',
      '2021-09-17',
      '2021-11-29',
      '2021-11-30',
      '2021-12-01',
      '2022-01-27',
      '2023-01-10',
      '2023-01-11',
      '2026-02-04',
    ]) {
      expect(days).toContain(d);
    }
    const times = WECHAT_RULESET.events.map((e) => instant(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('documents the opt-in mode and the missing pilot announcement as notes, not rules', () => {
    const ids = WECHAT_RULESET.notes.map((n) => n.id);
    expect(ids).toContain('opt-in-mode-never-shipped');
    expect(ids).toContain('no-group-pilot-completion');
  });

  it('cites the Zimubang article at the address of its repost, never by an invented locator', () => {
    const seed = WECHAT_RULESET.sources.find((source) => source.title.includes('Zimubang'));
    expect(seed?.url).toMatch(/^https:\/\/q\.futunn\.com\//);
    expect(seed?.published).toBe('2021-11-30T11:34:00+08:00');
    for (const source of WECHAT_RULESET.sources) expect(source.url).toMatch(/^https?:\/\/[^/\s]+/);
  });

  it('writes every rule explanation as one sentence in English and Chinese', () => {
    for (const rule of WECHAT_RULESET.rules) {
      expect(rule.explanation.en).toMatch(/^[A-Z].*\.$/);
      expect(rule.explanation.en.slice(0, -1)).not.toMatch(/\.\s+[A-Z]/);
      expect(rule.explanation.zh_CN).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.explanation.zh_CN).toMatch(/。$/);
      expect(rule.explanation.zh_CN.slice(0, -1)).not.toContain('。');
    }
  });

  it('states the chosen clock time in every rule that starts at one', () => {
    const chosen = ['17:48', '20:00', '12:00'];
    const silent = WECHAT_RULESET.rules.filter((rule) => {
      const time = rule.from?.slice(11, 16);
      return time !== undefined && chosen.includes(time) && !rule.explanation.en.includes(time);
    });
    expect(silent.map((rule) => rule.id)).toEqual([]);
  });
});

describe('WeChat ruleset: answers', () => {
  it('JD and Pinduoduo: unknown before 2018-03-09, disputed until 2021-12-01, then open', () => {
    fc.assert(
      fc.property(fc.constantFrom('jd', 'pinduoduo'), scope, anyInstant, (platform, s, at) => {
        const verdict = check(platform, 'ecommerce', 'url', s, at);
        if (at < instant('2018-03-09T00:00:00+08:00')) {
          expect(verdict.outcome).toBe('unknown');
        } else {
          expect(verdict.outcome).toBe('direct');
          const early = at < instant('2021-12-01T00:00:00+08:00');
          expect(verdict.evidence).toBe(early ? 'disputed' : 'inferred');
        }
      }),
    );
  });

  it('Taobao and JD share codes are copied, never opened, from the end of 2013', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('taobao', 'tmall', 'jd', 'pinduoduo'),
        scope,
        fc.integer({ min: day('2013-11-22'), max: Date.UTC(2030, 0, 1) }),
        (platform, s, at) => {
          expect(check(platform, 'ecommerce', 'code', s, at).outcome).toBe('copy');
        },
      ),
    );
  });

  it('Taobao before August 2013 is unknown; links opened until late November 2013 (inferred)', () => {
    expect(check('taobao', 'ecommerce', 'url', 'private', day('2013-07-31'))).toMatchObject({
      outcome: 'unknown',
      rule: null,
      beyondRecord: false,
    });
    expect(check('taobao', 'ecommerce', 'url', 'group', day('2013-10-01'))).toMatchObject({
      outcome: 'direct',
      evidence: 'inferred',
    });
    expect(check('tmall', 'ecommerce', 'url', 'group', day('2014-01-01'))).toMatchObject({
      outcome: 'copy',
      evidence: 'reported',
    });
  });

  it('2026-11-25 is beyond the record: Taobao opens directly, flagged', () => {
    for (const s of ['private', 'group']) {
      expect(check('taobao', 'ecommerce', 'url', s, day('2026-11-25'))).toMatchObject({
        outcome: 'direct',
        beyondRecord: true,
      });
    }
  });

  it('day semantics around the 2021-11-29 update', () => {
    expect(check('taobao', 'ecommerce', 'url', 'private', day('2021-11-28')).outcome).toBe('warn');
    expect(check('taobao', 'ecommerce', 'url', 'private', day('2021-11-29')).outcome).toBe(
      'direct',
    );
    expect(check('taobao', 'ecommerce', 'url', 'group', day('2021-11-29')).outcome).toBe('copy');
    expect(check('taobao', 'ecommerce', 'url', 'group', day('2021-11-30')).evidence).toBe(
      'disputed',
    );
    expect(check('taobao', 'ecommerce', 'url', 'group', day('2021-12-02')).outcome).toBe('direct');
  });

  it('the afternoon of 2021-11-29 (12:00 to 20:00, both chosen) is disputed in one-to-one chats only', () => {
    const noon = instant('2021-11-29T12:00:00+08:00');
    const eight = instant('2021-11-29T20:00:00+08:00');
    const sources = new Map(WECHAT_RULESET.sources.map((source) => [source.id, source]));
    const links = [
      ['taobao', 'ecommerce'],
      ['tmall', 'ecommerce'],
      ['xianyu', 'ecommerce'],
      ['douyin', 'ecommerce'],
      ['douyin', 'content'],
    ] as const;
    for (const [platform, category] of links) {
      const before = check(platform, category, 'url', 'private', noon - 1);
      const during = check(platform, category, 'url', 'private', noon + 3 * 3600_000);
      const after = check(platform, category, 'url', 'private', eight);
      expect(before.outcome, platform).toBe('warn');
      expect(during, platform).toMatchObject({
        outcome: 'direct',
        evidence: 'disputed',
        since: '2021-11-29T12:00:00+08:00',
        until: '2021-11-29T20:00:00+08:00',
      });
      expect(after.rule, platform).not.toBe(during.rule);
      expect(after.outcome, platform).toBe('direct');
      for (const text of [during.explanation?.en, during.explanation?.zh_CN]) {
        expect(text).toContain('12:00');
        expect(text).toContain('20:00');
      }
      // Both sides are cited, each with its own words: the afternoon test and the evening reports.
      const rule = WECHAT_RULESET.rules.find((r) => r.id === during.rule);
      const quotes = (rule?.sources ?? []).map((id) => sources.get(id)?.quote?.text ?? '');
      expect(quotes.some((text) => text.includes('今天下午'))).toBe(true);
      expect(quotes.some((text) => text.includes('11月29日晚'))).toBe(true);
      expect(quotes.some((text) => text.includes('evening of November 29'))).toBe(true);
    }
    // Group chats kept the copy page all afternoon.
    for (const platform of ['taobao', 'tmall']) {
      expect(check(platform, 'ecommerce', 'url', 'group', eight - 1)).toMatchObject({
        outcome: 'copy',
        evidence: 'reported',
      });
    }
    expect(check('douyin', 'content', 'url', 'group', eight - 1).outcome).toBe('copy');
  });

  it('Douyin videos never open in group chats after 2018, and are blocked on 2023-01-10', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('2018-04-01'), max: Date.UTC(2030, 0, 1) }), (at) => {
        const outcome = check('douyin', 'content', 'url', 'group', at).outcome;
        expect(['copy', 'blocked']).toContain(outcome);
      }),
    );
    expect(check('douyin', 'content', 'code', 'group', day('2023-01-10')).outcome).toBe('blocked');
  });

  it('every covered platform has an answer at the end of the record in both scopes', () => {
    const inputs = [
      ['taobao', 'ecommerce'],
      ['tmall', 'ecommerce'],
      ['xianyu', 'ecommerce'],
      ['douyin', 'content'],
      ['douyin', 'ecommerce'],
      ['xiaohongshu', 'content'],
      ['kuaishou', 'content'],
      ['bilibili', 'content'],
      ['vipshop', 'ecommerce'],
      ['meituan', 'ecommerce'],
    ] as const;
    for (const [platform, category] of inputs) {
      for (const s of ['private', 'group']) {
        expect(check(platform, category, 'url', s, day('2026-02-04')).outcome).not.toBe('unknown');
      }
    }
  });
});
