import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import type { Ruleset } from '../../../src/core/policy/rule';
import { validateRuleset } from '../../../src/core/policy/ruleset-validate';
import { makeRule, makeRuleset } from './support/custom-ruleset';
import { INVALID_EXAMPLES } from './support/invalid-rulesets';
import { jsonPaths } from './support/json-paths';

/** Plain JSON data that the tests edit freely. */
// biome-ignore lint/suspicious/noExplicitAny: tests poke arbitrary fields of parsed JSON.
type Json = any;

/** A deep, mutable copy of the shipped ruleset as plain JSON data. */
const wechatJson = (): Json => JSON.parse(JSON.stringify(WECHAT_RULESET));

function problemsOf(value: unknown) {
  const result = validateRuleset(value);
  return result.ok ? [] : result.problems;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function pathsOf(value: unknown): string[] {
  return problemsOf(value).map((p) => p.path);
}

describe('validateRuleset: the shipped WeChat ruleset', () => {
  it('passes, also after a JSON round trip', () => {
    expect(problemsOf(WECHAT_RULESET)).toEqual([]);
    const result = validateRuleset(wechatJson());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.ruleset.app).toBe('wechat');
  });
});

describe('validateRuleset: problem paths', () => {
  it('reports the root that is not an object', () => {
    expect(problemsOf(null)).toEqual([{ path: '$', message: 'expected an object, found null' }]);
    expect(pathsOf([])).toEqual(['$']);
    expect(pathsOf('wechat')).toEqual(['$']);
  });

  it('reports missing and unknown top-level fields', () => {
    const value = wechatJson();
    delete value.recordEnds;
    value.extra = true;
    expect(pathsOf(value)).toEqual(['recordEnds', 'extra']);
  });

  it('checks format and the app id', () => {
    const value = wechatJson();
    value.format = 3;
    value.app = 'WeChat';
    const problems = problemsOf(value);
    expect(problems.map((p) => p.path)).toEqual(['format', 'app']);
    expect(problems[0]?.message).toMatch(/must be 2/);
    expect(problems[1]?.message).toMatch(/lowercase app id/);
  });

  it('points at the bad field of a rule', () => {
    const value = wechatJson();
    value.rules[3].until = '2021-11-30';
    value.rules[4].outcome = 'maybe';
    value.rules[5].evidence = 'rumoured';
    value.rules[6].categories = ['shopping'];
    value.rules[7].kinds = ['link'];
    value.rules[8].scopes = ['moments'];
    value.rules[9].sources = [];
    value.rules[10].explanation = { en: 'Only English.' };
    value.rules[2].platforms = [];
    expect(pathsOf(value)).toEqual([
      'rules[2].platforms',
      'rules[3].until',
      'rules[4].outcome',
      'rules[5].evidence',
      'rules[6].categories[0]',
      'rules[7].kinds[0]',
      'rules[8].scopes[0]',
      'rules[9].sources',
      'rules[10].explanation.zh_CN',
    ]);
  });

  it('explains instants without offsets, impossible dates and reversed intervals', () => {
    const value = wechatJson();
    value.rules[0].from = '2013-01-01T00:00';
    value.rules[1].from = '2021-02-30T00:00:00+08:00';
    value.rules[2].until = '2020-01-01T00:00:00+08:00';
    const problems = problemsOf(value);
    expect(problems).toEqual([
      { path: 'rules[0].from', message: expect.stringMatching(/offset/) },
      { path: 'rules[1].from', message: expect.stringMatching(/day 30 does not exist/) },
      { path: 'rules[2].until', message: 'must be later than from' },
    ]);
  });

  it('rejects instants after recordEnds', () => {
    const value = wechatJson();
    value.recordEnds = '2022-01-01T00:00:00+08:00';
    const paths = pathsOf(value);
    const index = value.rules.findIndex((r: { id: string }) => r.id === 'douyin-code-20230111');
    expect(paths).toContain(`rules[${index}].from`);
    expect(paths.some((p) => p.startsWith('events['))).toBe(true);
  });

  it('reports duplicate ids and duplicate list values', () => {
    const value = wechatJson();
    value.rules[1].id = value.rules[0].id;
    value.rules[0].scopes = ['private', 'private'];
    value.events[1].id = value.events[0].id;
    const problems = problemsOf(value);
    expect(problems.map((p) => p.path)).toEqual([
      'rules[0].scopes[1]',
      'rules[1].id',
      'events[1].id',
    ]);
    expect(problems[1]?.message).toMatch(/duplicate id .*\(first used at rules\[0\]\.id\)/);
  });

  it('checks source definitions: id, title, a followable http(s) url, date, quote', () => {
    const value = wechatJson();
    const first = value.sources[0];
    value.sources.push(
      { ...first, id: 'a', title: '' },
      { ...first, id: 'b', url: 'example.com/page' },
      { ...first, id: 'c', url: 'urn:article:zimubang-2021-11-30' },
      { ...first, id: 'd', url: 'ftp://example.com' },
      { ...first, id: 'e', published: '2021-02-30' },
      { ...first, id: 'f', published: 'last week' },
      { ...first, id: 'g', quote: { text: 'x'.repeat(301), lang: 'en' } },
      { ...first, id: 'h', quote: { text: '微信发布新公告', lang: 'zh-Hans' } },
      { ...first, id: 'i', quote: { text: 'words', lang: 'English' } },
      { ...first, id: first.id },
    );
    const n = value.sources.length;
    // Cited by an inferred rule, so that only the definitions are at fault.
    expect(value.rules[0].evidence).toBe('inferred');
    value.rules[0].sources.push(...'abcdefghi'.split(''));
    const problems = problemsOf(value);
    expect(problems.map((p) => p.path)).toEqual([
      `sources[${n - 10}].title`,
      `sources[${n - 9}].url`,
      `sources[${n - 8}].url`,
      `sources[${n - 7}].url`,
      `sources[${n - 6}].published`,
      `sources[${n - 5}].published`,
      `sources[${n - 4}].quote.text`,
      `sources[${n - 3}].quote.en`,
      `sources[${n - 2}].quote.lang`,
      `sources[${n - 1}].id`,
    ]);
    expect(problems[2]?.message).toMatch(/not an http\(s\) URL/);
    expect(problems[6]?.message).toMatch(/301 characters long; quote at most 300/);
    expect(problems[7]?.message).toMatch(/English gloss/);
    expect(problems[9]?.message).toMatch(/duplicate id/);
  });

  it('refuses announced or reported rules and events whose sources carry no quote', () => {
    const value = wechatJson();
    const index = value.rules.findIndex((r: { evidence: string }) => r.evidence === 'reported');
    const cited = value.rules[index].sources[0];
    const source = value.sources.find((s: { id: string }) => s.id === cited);
    delete source.quote;
    const problems = problemsOf(value);
    const paths = problems.map((p) => p.path);
    expect(paths).toContain(`rules[${index}].sources[0]`);
    expect(problems.find((p) => p.path === `rules[${index}].sources[0]`)?.message).toMatch(
      new RegExp(`source "${cited}" .*has no quote.*evidence "reported"`),
    );
    // Every problem is about that source, cited by a rule or an event that claims strong evidence.
    for (const p of problems) expect(p.path).toMatch(/^(rules|events)\[\d+\]\.sources\[\d+\]$/);
    // Disputed and inferred rules may cite an unquoted source.
    const weak = makeRuleset([makeRule({ id: 'w', evidence: 'inferred' })]);
    delete weak.sources[0]?.quote;
    expect(problemsOf(weak)).toEqual([]);
    const strong = makeRuleset([makeRule({ id: 's', evidence: 'announced' })]);
    delete strong.sources[0]?.quote;
    expect(pathsOf(strong)).toEqual(['rules[0].sources[0]']);
  });

  it('cites sources by id: defined once, each cited, none inline', () => {
    const value = wechatJson();
    value.rules[0].sources = ['no-such-source'];
    value.rules[1].sources = [value.sources[0]];
    value.events[0].sources = [value.events[0].sources[0], value.events[0].sources[0]];
    value.sources.push({ ...value.sources[0], id: 'never-cited' });
    const problems = problemsOf(value);
    expect(problems.find((p) => p.path === 'rules[0].sources[0]')?.message).toMatch(
      /no source with id "no-such-source"/,
    );
    expect(problems.find((p) => p.path === 'rules[1].sources[0]')?.message).toMatch(
      /define the source once in "sources" and cite its id/,
    );
    expect(problems.find((p) => p.path === 'events[0].sources[1]')?.message).toMatch(/duplicate/);
    expect(problems.at(-1)).toEqual({
      path: `sources[${value.sources.length - 1}]`,
      message: 'source "never-cited" is cited by no rule, event or note; cite it or remove it',
    });
  });

  it('explains that format 1 (sources inside rules) is no longer read', () => {
    const value = wechatJson();
    value.format = 1;
    expect(problemsOf(value)[0]).toEqual({
      path: 'format',
      message: expect.stringMatching(
        /must be 2, found 1 \(format 1 wrote sources inside each rule/,
      ),
    });
  });

  it('checks events and notes', () => {
    const value = wechatJson();
    value.events[0].at = 'soon';
    value.events[1].title = 'Just a string';
    value.notes[0].text.zh_CN = '   ';
    value.notes[1].sources = 'none';
    expect(pathsOf(value)).toEqual([
      'events[0].at',
      'events[1].title',
      'notes[0].text.zh_CN',
      'notes[1].sources',
    ]);
  });

  it('quotes odd field names in paths', () => {
    const value = wechatJson();
    value.rules[0]['a b'] = 1;
    expect(pathsOf(value)).toEqual(['rules[0]["a b"]']);
  });
});

describe('validateRuleset: broken copies of the shipped ruleset', () => {
  it.each(INVALID_EXAMPLES.map((example) => [example.name, example] as const))(
    'reports %s at its path',
    (_name, example) => {
      expect(pathsOf(example.value)).toEqual(example.paths);
    },
  );
});

describe('validateRuleset: ambiguity', () => {
  it('reports equally specific rules that overlap for some platform, category, kind and scope', () => {
    const ruleset = makeRuleset([
      makeRule({ id: 'a', platforms: ['shop', 'mall'], until: '2022-01-01T00:00:00+08:00' }),
      makeRule({
        id: 'b',
        platforms: ['mall'],
        scopes: ['group'],
        from: '2021-06-01T00:00:00+08:00',
      }),
    ]);
    const problems = problemsOf(ruleset);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('rules[1]');
    expect(problems[0]?.message).toMatch(/ambiguous: "b" and rules\[0\] "a"/);
    expect(problems[0]?.message).toMatch(/platform mall/);
    expect(problems[0]?.message).toMatch(/scope group/);
    expect(problems[0]?.message).toMatch(
      /2021-06-01T00:00:00\+08:00 until 2022-01-01T00:00:00\+08:00/,
    );
  });

  it('accepts rules that meet end to start, differ in specificity or share nothing', () => {
    const ruleset = makeRuleset([
      makeRule({ id: 'a', platforms: ['shop'], until: '2022-01-01T00:00:00+08:00' }),
      makeRule({ id: 'b', platforms: ['shop'], from: '2022-01-01T00:00:00+08:00' }),
      makeRule({ id: 'c', platforms: ['shop'], categories: ['content'] }),
      makeRule({ id: 'd', platforms: ['mall'], kinds: ['url'] }),
      makeRule({ id: 'e', platforms: ['mall'], kinds: ['code'] }),
      makeRule({ id: 'f', platforms: ['other'], scopes: ['private'] }),
      makeRule({ id: 'g', platforms: ['other'], scopes: ['group'] }),
      makeRule({ id: 'h' }),
    ]);
    expect(problemsOf(ruleset)).toEqual([]);
  });

  it('reports two unlisted (catch-all) rules that overlap', () => {
    const ruleset = makeRuleset([
      makeRule({ id: 'x' }),
      makeRule({ id: 'y', scopes: ['private'] }),
    ]);
    expect(problemsOf(ruleset)[0]?.message).toMatch(
      /any platform, any category, any kind, scope private/,
    );
  });

  it('a ruleset with an ambiguity added to the shipped data fails', () => {
    const value = wechatJson();
    value.rules.push({ ...value.rules[0], id: 'duplicate-of-first' });
    expect(pathsOf(value)).toEqual([`rules[${value.rules.length - 1}]`]);
  });
});

describe('validateRuleset: never throws', () => {
  it('for any JSON value or anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
        const result = validateRuleset(value);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('for mutated copies of the shipped ruleset, reporting every value of the wrong type', () => {
    const shipped = wechatJson();
    const paths = jsonPaths(shipped);
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(undefined, null, '', 'x', -1, [], {}, '2021-02-30T00:00+08:00'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        replacement,
        (path, value) => {
          const copy = wechatJson();
          let parent: Json = copy;
          for (const key of path.slice(0, -1)) parent = parent[key];
          const last = path[path.length - 1] as string | number;
          const before = parent[last];
          if (value === undefined) {
            if (Array.isArray(parent)) parent.splice(last as number, 1);
            else delete parent[last];
          } else {
            parent[last] = value;
          }
          const result = validateRuleset(copy);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) {
              expect(typeof p.path).toBe('string');
              expect(p.message.length).toBeGreaterThan(0);
            }
          }
          // A value of another JSON type is always reported, except open bounds (null from/until).
          const retyped = value !== undefined && jsonType(value) !== jsonType(before);
          if (retyped && last !== 'from' && last !== 'until') expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('for hostile objects (throwing getters, proxies, cycles)', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
      },
    );
    expect(validateRuleset(hostile).ok).toBe(false);
    const cyclic = makeRuleset([makeRule({ id: 'a' })]) as Ruleset & { self?: unknown };
    cyclic.self = cyclic;
    expect(validateRuleset(cyclic).ok).toBe(false);
    const getter = wechatJson();
    Object.defineProperty(getter.rules[0], 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(validateRuleset(getter).ok).toBe(false);
  });
});
