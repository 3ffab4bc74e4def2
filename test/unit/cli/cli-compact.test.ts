import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRecordLines } from '../../../src/cli/record-lines';
import { classify } from '../../../src/core/classify/classify';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { parsePolicyDate } from '../../../src/core/policy/china-time';
import type { Rule, Ruleset } from '../../../src/core/policy/rule';
import { checkRecord } from '../../../src/core/record/check-record';
import { type CompactRecord, compactRecord } from '../../../src/core/record/compact-record';
import { platformLink } from '../core/support/link-arbitraries';
import { CHECK_CORPUS as CORPUS, CHECK_CORPUS_INPUTS as corpusInputs } from './check-corpus';
import { buildCli, runCli } from './cli-bundle';

const DATES = ['2015-01-01', '2021-09-20', '2021-11-29', '2021-11-30', '2023-01-10', '2026-12-05'];
const atOf = (date: string) => {
  const parsed = parsePolicyDate(date);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.at;
};

const parseLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Bytes of a record line beyond those of its input. */
const overhead = (line: string) =>
  Buffer.byteLength(line) - Buffer.byteLength(String(JSON.parse(line).input));

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
});

describe('record lines', () => {
  const someInput = fc.oneof(
    fc.constantFrom(...corpusInputs),
    platformLink.map((link) => link.url),
    fc.string(),
    fc.webUrl(),
  );

  it('are exactly the serialised full and compact records, whatever the input and date', () => {
    fc.assert(
      fc.property(
        fc.array(someInput, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...DATES),
        fc.constantFrom(undefined, 'https://item.jd.com/'),
        (inputs, date, base) => {
          const at = atOf(date);
          const full = createRecordLines({ ruleset: WECHAT_RULESET, at, base, compact: false });
          const compact = createRecordLines({ ruleset: WECHAT_RULESET, at, base, compact: true });
          for (const input of inputs) {
            const record = checkRecord(
              classify(input, base, { warnings: true }),
              WECHAT_RULESET,
              at,
            );
            expect(full(input)).toBe(JSON.stringify(record));
            expect(compact(input)).toBe(JSON.stringify(compactRecord(record)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('follow a ruleset with other scopes and rules, keeping one cache per ruleset and instant', () => {
    const rule = (partial: Partial<Rule> & Pick<Rule, 'id'>): Rule => ({
      scopes: ['private', 'group', 'channel'],
      from: null,
      until: null,
      outcome: 'direct',
      evidence: 'reported',
      sources: ['test-source'],
      explanation: { en: `Rule ${partial.id}.`, zh_CN: `规则 ${partial.id}。` },
      ...partial,
    });
    const ruleset: Ruleset = {
      format: 2,
      app: 'testchat',
      name: { en: 'Test Chat', zh_CN: '测试聊天' },
      scopes: ['private', 'group', 'channel'],
      recordEnds: '2030-01-01T00:00:00+08:00',
      sources: [
        {
          id: 'test-source',
          title: 'Test source',
          url: 'https://example.com/source',
          quote: { text: 'All links open.', lang: 'en' },
        },
      ],
      rules: [
        rule({ id: 'all-direct' }),
        rule({ id: 'jd-channel-copy', platforms: ['jd'], scopes: ['channel'], outcome: 'copy' }),
        rule({ id: 'codes-blocked', kinds: ['code'], outcome: 'blocked', evidence: 'disputed' }),
      ],
      events: [],
      notes: [],
    };
    const at = atOf('2024-01-01');
    const compact = createRecordLines({ ruleset, at, base: undefined, compact: true });
    expect(JSON.parse(compact('https://item.jd.com/1.html'))).toEqual({
      input: 'https://item.jd.com/1.html',
      kind: 'url',
      platform: 'jd',
      private: ['direct', 'all-direct', 'reported'],
      group: ['direct', 'all-direct', 'reported'],
      channel: ['copy', 'jd-channel-copy', 'reported'],
    });
    expect(JSON.parse(compact('复制这段描述￥MDGGba1MLQh￥后到淘宝')).channel).toEqual([
      'blocked',
      'codes-blocked',
      'disputed',
    ]);
  });
});

describe('chat-link-lens check --json --compact', () => {
  it('writes, for every line of the corpus, the compact form of the full record, in order', async () => {
    for (const date of ['2021-11-29', '2023-01-10']) {
      const full = await runCli(cli, ['check', '--json', '--at', date], CORPUS);
      const compact = await runCli(cli, ['check', '--json', '--compact', '--at', date], CORPUS);
      expect(full.code).toBe(0);
      expect(compact.code).toBe(0);
      const expected = parseLines(full.stdout).map((record) =>
        JSON.stringify(compactRecord(record as never)),
      );
      expect(compact.stdout).toBe(`${expected.join('\n')}\n`);
      expect(expected).toHaveLength(corpusInputs.length);
    }
  });

  it('has the documented shape: scope keys only for a known platform, warnings only when any', async () => {
    const inputs = [
      'https://item.taobao.com/item.htm?id=1',
      'https://example.org/a',
      'https://ta\u03bfbao.com/item.htm?id=1',
      '复制这段描述￥MDGGba1MLQh￥后到淘宝',
    ];
    const run = await runCli(cli, [
      'check',
      '--json',
      '--compact',
      '--at',
      '2021-11-29',
      ...inputs,
    ]);
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout)).toEqual([
      {
        input: inputs[0],
        kind: 'url',
        platform: 'taobao',
        private: ['direct', 'taobao-private-20211129', 'announced'],
        group: ['copy', 'taobao-group-20211129', 'disputed'],
      },
      { input: inputs[1], kind: 'none', platform: null },
      { input: inputs[2], kind: 'none', platform: null, warnings: ['lookalike'] },
      {
        input: inputs[3],
        kind: 'code',
        platform: 'taobao',
        private: ['copy', 'taobao-code-20180530', 'reported'],
        group: ['copy', 'taobao-code-20180530', 'reported'],
      },
    ]);
  });

  it('joins back to the full verdicts by rule id from "rules --json"', async () => {
    const rules = JSON.parse((await runCli(cli, ['rules', '--json'])).stdout) as Ruleset;
    const byId = new Map(rules.rules.map((rule) => [rule.id, rule]));
    const sourceById = new Map(rules.sources.map((source) => [source.id, source]));
    for (const date of ['2015-01-01', '2021-11-30', '2023-01-10', '2026-12-05']) {
      const full = parseLines(
        (await runCli(cli, ['check', '--json', '--at', date], CORPUS)).stdout,
      );
      const compact = parseLines(
        (await runCli(cli, ['check', '--json', '--compact', '--at', date], CORPUS)).stdout,
      ) as CompactRecord[];
      compact.forEach((record, i) => {
        const verdicts = full[i]?.verdicts as Record<string, Record<string, unknown>> | null;
        if (verdicts === null) return;
        for (const scope of rules.scopes) {
          const [outcome, ruleId, evidence] = record[scope] as [
            string,
            string | null,
            string | null,
          ];
          const verdict = verdicts[scope] as Record<string, unknown>;
          expect([outcome, ruleId, evidence]).toEqual([
            verdict.outcome,
            verdict.rule,
            verdict.evidence,
          ]);
          if (ruleId === null) continue;
          const rule = byId.get(ruleId);
          expect(rule, ruleId).toBeDefined();
          expect(rule?.outcome).toBe(outcome);
          expect(rule?.evidence).toBe(evidence);
          expect(
            rule?.sources.map((id) => {
              const source = sourceById.get(id);
              return { title: source?.title, url: source?.url };
            }),
          ).toEqual(verdict.sources);
          expect(rule?.explanation.en).toBe(verdict.explanation);
        }
      });
    }
  });

  it('stays small: about 160 bytes beyond the input for a shop link, under 70 for other inputs', async () => {
    const shopLinks = [
      'https://item.taobao.com/item.htm?id=100001',
      'https://detail.tmall.com/item.htm?id=100001&skuId=100008',
      'https://m.tb.cn/h.abcAb',
      'https://item.jd.com/100001.html',
      'https://u.jd.com/abc',
      'https://mobile.yangkeduo.com/goods.html?goods_id=100001',
      'https://www.goofish.com/item?id=100001',
      'https://v.kuaishou.com/abc',
      'https://detail.vip.com/detail-1-2.html',
    ];
    const longestRuleIds = [
      'https://www.douyin.com/video/100001123456',
      'https://haohuo.jinritemai.com/views/product/item2?id=100001',
      'https://www.xiaohongshu.com/explore/186a00000',
    ];
    const others = [
      'https://en.wikipedia.org/articles/1/page-3?ref=feed',
      'https://www.bbc.co.uk/news',
      'https://item.taobao.com.evil.example/item.htm?id=1',
      'not a url at all',
    ];
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    for (const date of DATES) {
      const args = ['check', '--json', '--compact', '--at', date];
      const lines = (
        await runCli(cli, [...args, ...shopLinks, ...longestRuleIds, ...others])
      ).stdout
        .trim()
        .split('\n');
      const sizes = lines.map(overhead);
      const shop = sizes.slice(0, shopLinks.length);
      const longest = sizes.slice(shopLinks.length, shopLinks.length + longestRuleIds.length);
      const other = sizes.slice(shopLinks.length + longestRuleIds.length);
      // Two rule ids (12 to 33 characters: subject, scope when the rule has one, first day as
      // YYYYMMDD) are most of a shop link's record: at most 165 bytes, and at most 160 on
      // average (Taobao and Tmall from 2022, whose group rule starts on 2022-01-27, are 158).
      expect(Math.max(...shop), `${date}: ${shop}`).toBeLessThanOrEqual(165);
      expect(mean(shop), `${date}: ${shop}`).toBeLessThanOrEqual(160);
      expect(Math.max(...longest), `${date}: ${longest}`).toBeLessThanOrEqual(170);
      expect(Math.max(...other), `${date}: ${other}`).toBeLessThanOrEqual(70);
      // The full record repeats sources and explanations: many times larger.
      const full = (await runCli(cli, ['check', '--json', '--at', date, shopLinks[0] as string]))
        .stdout;
      expect(overhead(full.trim())).toBeGreaterThan(4 * (shop[0] as number));
    }
  });

  it('stays small over the corpus: its platform links about 160 bytes beyond the input', async () => {
    for (const date of DATES) {
      const run = await runCli(cli, ['check', '--json', '--compact', '--at', date], CORPUS);
      const records = run.stdout
        .trim()
        .split('\n')
        .map((line) => ({ size: overhead(line), record: JSON.parse(line) as CompactRecord }));
      const links = records
        .filter(({ record }) => record.kind === 'url' && record.platform !== null)
        .map(({ size }) => size);
      const rest = records.filter(({ record }) => record.platform === null).map(({ size }) => size);
      expect(links.length).toBeGreaterThan(100);
      const average = links.reduce((a, b) => a + b, 0) / links.length;
      // Measured: 127.8 (2015) to 158.0 (2026), mostly Taobao links (158 bytes from 2022).
      expect(average, date).toBeLessThanOrEqual(159);
      // The longest: Xiaohongshu, whose platform id and rule ids are the longest.
      expect(Math.max(...links), date).toBeLessThanOrEqual(170);
      expect(Math.max(...rest), date).toBeLessThanOrEqual(70);
    }
  });

  it('keeps the guarantees of --json: one error record per bad line, the others answered, exit 1', async () => {
    const input = Buffer.concat([
      Buffer.from('https://item.taobao.com/item.htm?id=1\r\n\n'),
      Buffer.from([0xff, 0xfe, 0x41, 0x0a]),
      Buffer.from(`${'x'.repeat(2 * 1024 * 1024)}\n`),
      Buffer.from('https://mobile.yangkeduo.com/goods.html?goods_id=3'),
    ]);
    const run = await runCli(cli, ['check', '--json', '--compact', '--at', '2020-01-01'], input);
    expect(run.code).toBe(1);
    const records = parseLines(run.stdout);
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({
      input: 'https://item.taobao.com/item.htm?id=1',
      kind: 'url',
      platform: 'taobao',
      private: ['copy', 'taobao-private-20131122', 'reported'],
      group: ['copy', 'taobao-group-20131122', 'reported'],
    });
    expect(records[1]).toEqual({
      line: 3,
      error: 'line is not valid UTF-8',
      preview: '\ufffd\ufffdA',
    });
    expect(records[2]).toMatchObject({ line: 4 });
    expect(records[2]?.error).toMatch(/longer than/);
    expect(records[3]).toMatchObject({ platform: 'pinduoduo' });
    expect(run.stderr).toMatch(/line 3: line is not valid UTF-8/);
  });

  it('refuses a custom ruleset whose scope has the name of a record field', async () => {
    const ruleset = {
      ...WECHAT_RULESET,
      scopes: ['private', 'kind'],
      rules: WECHAT_RULESET.rules.map((rule) => ({
        ...rule,
        scopes: rule.scopes.map((scope) => (scope === 'group' ? 'kind' : scope)),
      })),
    };
    const file = join(tmpdir(), `cll-compact-clash-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(ruleset));
    const full = await runCli(cli, [
      'check',
      '--json',
      '--ruleset',
      file,
      'https://item.jd.com/1.html',
    ]);
    expect(full.code, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout).verdicts.kind.outcome).toBe('direct');
    const run = await runCli(cli, [
      'check',
      '--json',
      '--compact',
      '--ruleset',
      file,
      'https://item.jd.com/1.html',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/scope "kind" has the name of a compact record field/);
  });

  it.each([
    [['check', '--compact', 'https://item.jd.com/1.html'], /--compact .* use it with --json/],
    [['rules', '--json', '--compact'], /"rules" takes no --compact/],
  ])('%j is a usage error: one line on stderr, exit 2', async (args, message) => {
    const run = await runCli(cli, args as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message as RegExp);
  });
});
