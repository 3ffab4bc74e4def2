/**
 * The shipped WeChat ruleset is honest about its evidence: every source can be followed and is
 * quoted; no rule speaks of a platform before it existed or rests on reports published before the
 * facts; strong evidence levels rest on quotes; and the facts of the article the project started
 * from keep holding.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/classify';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { parseIsoInstant, parsePolicyDate } from '../../../src/core/policy/china-time';
import { evaluate } from '../../../src/core/policy/evaluate';
import { isEnglish, QUOTE_MAX_LENGTH } from '../../../src/core/policy/source';

const instant = (text: string) => {
  const parsed = parseIsoInstant(text.includes('T') ? text : `${text}T00:00:00+08:00`);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.at;
};
const day = (text: string) => {
  const parsed = parsePolicyDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.at;
};
const DAY = 24 * 60 * 60 * 1000;
const sources = new Map(WECHAT_RULESET.sources.map((source) => [source.id, source]));

/**
 * When each platform the rules name went online (month of launch, rounded down; public company
 * histories). No rule may speak of a platform before this.
 */
const LAUNCHED: Record<string, string> = {
  taobao: '2003-05-01',
  tmall: '2008-04-01',
  xianyu: '2014-06-01',
  jd: '2004-01-01',
  pinduoduo: '2015-09-01',
  douyin: '2016-09-01',
  kuaishou: '2011-03-01',
  xiaohongshu: '2013-06-01',
  bilibili: '2009-06-01',
  vipshop: '2008-12-01',
  meituan: '2010-03-01',
};

describe('WeChat ruleset: sources', () => {
  it('defines each source once, with a followable http(s) address and no invented locator', () => {
    const ids = WECHAT_RULESET.sources.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of WECHAT_RULESET.sources) {
      expect(() => new URL(source.url)).not.toThrow();
      expect(new URL(source.url).protocol).toMatch(/^https?:$/);
      expect(source.url).not.toMatch(/^urn:|\.md\b|§/);
    }
  });

  it('quotes every source in its own language, briefly, with an English gloss where needed', () => {
    for (const source of WECHAT_RULESET.sources) {
      const quote = source.quote;
      expect(quote, source.id).toBeDefined();
      if (!quote) continue;
      expect([...quote.text].length).toBeLessThanOrEqual(QUOTE_MAX_LENGTH);
      const han = /[\u3400-\u9fff]/.test(quote.text);
      expect(quote.lang.startsWith('zh'), source.id).toBe(han);
      if (!isEnglish(quote.lang)) expect(quote.en, source.id).toMatch(/[A-Za-z]{3}/);
    }
  });

  it('cites only defined sources, and every source is cited', () => {
    const cited = new Set(
      [...WECHAT_RULESET.rules, ...WECHAT_RULESET.events, ...WECHAT_RULESET.notes].flatMap(
        (item) => item.sources,
      ),
    );
    expect([...cited].filter((id) => !sources.has(id))).toEqual([]);
    expect(WECHAT_RULESET.sources.filter((source) => !cited.has(source.id))).toEqual([]);
  });
});

describe('WeChat ruleset: honest evidence and intervals', () => {
  it('starts every rule at a stated instant, never before its platforms existed', () => {
    const earliest = Math.min(...Object.values(LAUNCHED).map(instant));
    for (const rule of WECHAT_RULESET.rules) {
      expect(rule.from, rule.id).not.toBeNull();
      const from = instant(rule.from ?? '');
      expect(from).toBeGreaterThanOrEqual(earliest);
      for (const platform of rule.platforms ?? []) {
        const launched = LAUNCHED[platform];
        expect(launched, `launch of ${platform}`).toBeDefined();
        expect(from, `${rule.id} (${platform})`).toBeGreaterThanOrEqual(instant(launched ?? ''));
      }
    }
  });

  it('rests announced and reported rules on quoted reports published after the facts began', () => {
    for (const rule of WECHAT_RULESET.rules) {
      if (rule.evidence !== 'announced' && rule.evidence !== 'reported') continue;
      const cited = rule.sources.map((id) => sources.get(id));
      expect(
        cited.every((source) => source?.quote),
        rule.id,
      ).toBe(true);
      // At least one report could have seen what the rule says: published no earlier than a day
      // before the rule starts (or undated).
      const from = instant(rule.from ?? '');
      const witnesses = cited.filter(
        (source) => !source?.published || instant(source.published) >= from - DAY,
      );
      expect(witnesses.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('answers opens with announced or reported evidence only from the first test in chats on', () => {
    // Before 2021-09-17 no source tested links in chats, except the 2013 and 2018 reports
    // on Taobao and Pinduoduo links, which found them not opening (or disputed).
    for (const rule of WECHAT_RULESET.rules) {
      const strong = rule.evidence === 'announced' || rule.evidence === 'reported';
      if (!strong || rule.outcome !== 'direct') continue;
      expect(instant(rule.from ?? ''), rule.id).toBeGreaterThanOrEqual(
        instant('2021-09-17T00:00:00+08:00'),
      );
    }
  });

  it('marks the reported Douyin years before 2021-09-17 as inferred, in both scopes', () => {
    for (const scope of ['private', 'group']) {
      for (const category of ['content', 'ecommerce'] as const) {
        const verdict = evaluate(
          { kind: 'url', platform: 'douyin', category },
          { app: 'wechat', scope, at: day('2019-06-01') },
        );
        expect(verdict).toMatchObject({ outcome: 'copy', evidence: 'inferred' });
      }
    }
  });

  it('marks the disputed windows of 2021 as disputed', () => {
    const at = (platform: string, category: 'content' | 'ecommerce', scope: string, d: string) =>
      evaluate({ kind: 'url', platform, category }, { app: 'wechat', scope, at: day(d) });
    expect(at('douyin', 'content', 'private', '2021-10-01').evidence).toBe('disputed');
    expect(at('taobao', 'ecommerce', 'private', '2021-10-01').evidence).toBe('disputed');
    expect(at('taobao', 'ecommerce', 'group', '2021-11-30').evidence).toBe('disputed');
    expect(at('douyin', 'ecommerce', 'group', '2021-11-30').evidence).toBe('disputed');
    expect(at('jd', 'ecommerce', 'group', '2021-10-01').evidence).toBe('disputed');
    expect(at('douyin', 'ecommerce', 'group', '2022-06-01').evidence).toBe('disputed');
    // Xianyu at the update: not named by WeChat, so inferred.
    expect(at('xianyu', 'ecommerce', 'private', '2021-12-15').evidence).toBe('inferred');
    // Kuaishou before November 2021: nothing known.
    expect(at('kuaishou', 'content', 'private', '2021-06-01').outcome).toBe('unknown');
    // Xiaohongshu: from the small hours of 2021-01-13, not 2021-01-12.
    expect(at('xiaohongshu', 'content', 'private', '2021-01-12').outcome).toBe('unknown');
    expect(at('xiaohongshu', 'content', 'private', '2021-01-13').outcome).toBe('warn');
  });
});

describe('WeChat ruleset: the facts of the founding article keep holding', () => {
  const check = (input: string, scope: string, d: string) =>
    evaluate(classify(input), { app: 'wechat', scope, at: day(d) }).outcome;
  const links = [
    'https://item.taobao.com/item.htm?id=678901234567',
    'https://detail.tmall.com/item.htm?id=612345678901',
    'https://m.tb.cn/h.3n52vLA',
  ];

  it('2021-11-29, end of day: Taobao opens one-to-one, and is copy-only in groups', () => {
    for (const link of links) {
      expect(check(link, 'private', '2021-11-29')).toBe('direct');
      expect(check(link, 'group', '2021-11-29')).toBe('copy');
    }
  });

  it('2021-12-02: Taobao links open in group chats', () => {
    for (const link of links) expect(check(link, 'group', '2021-12-02')).toBe('direct');
  });

  it('Douyin product links open one-to-one after the update', () => {
    const shop = 'https://haohuo.jinritemai.com/views/product/item2?id=3456789012345';
    expect(check(shop, 'private', '2021-11-29')).toBe('direct');
    expect(check(shop, 'group', '2021-11-29')).toBe('copy');
  });
});
