import { beforeAll, describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { validateRuleset } from '../../../src/core/policy/ruleset-validate';
import { buildCli, runCli } from './cli-bundle';

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
});

const parseLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('chat-link-lens check --json', () => {
  it('answers each argument with one JSON object, in order, with the documented fields', async () => {
    const inputs = [
      'https://item.taobao.com/item.htm?id=1',
      'https://item.jd.com/100012043978.html',
      'https://example.org/',
      '复制这段描述￥MDGGba1MLQh￥后到淘宝',
      'https://www.google.com/url?q=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D2',
    ];
    const run = await runCli(cli, ['check', '--json', '--at', '2021-11-29', ...inputs]);
    expect(run.code).toBe(0);
    const records = parseLines(run.stdout);
    expect(records.map((r) => r.input)).toEqual(inputs);
    for (const record of records) {
      for (const key of [
        'input',
        'kind',
        'platform',
        'owner',
        'category',
        'domain',
        'via',
        'app',
        'at',
        'verdicts',
      ]) {
        expect(record).toHaveProperty(key);
      }
      expect(record.app).toBe('wechat');
      expect(record.at).toBe('2021-11-29T23:59:59.999+08:00');
    }
    const [taobao, jd, plain, code, wrapped] = records;
    expect(taobao).toMatchObject({
      kind: 'url',
      platform: 'taobao',
      owner: 'alibaba',
      category: 'ecommerce',
      domain: 'taobao.com',
    });
    expect(taobao.verdicts.private).toMatchObject({
      outcome: 'direct',
      rule: 'taobao-private-20211129',
    });
    expect(taobao.verdicts.group).toMatchObject({ outcome: 'copy', evidence: 'disputed' });
    expect(taobao.verdicts.group.sources.length).toBeGreaterThan(0);
    // A record names its sources by title and address; their quotes are in `rules`.
    for (const source of taobao.verdicts.group.sources) {
      expect(Object.keys(source).sort()).toEqual(['title', 'url']);
    }
    expect(taobao.verdicts.group.since).toMatch(/\+08:00$/);
    expect(jd.verdicts.group.outcome).toBe('direct');
    expect(plain).toMatchObject({ kind: 'none', platform: null, verdicts: null });
    expect(code).toMatchObject({ kind: 'code', platform: 'taobao' });
    expect(code.verdicts.private.outcome).toBe('copy');
    expect(wrapped).toMatchObject({ kind: 'url', platform: 'tmall', via: ['google'] });
  });

  it('reads one input per line from stdin, skips blank lines, and survives bad lines', async () => {
    const input = Buffer.concat([
      Buffer.from('https://item.taobao.com/item.htm?id=1\r\n\n'),
      Buffer.from([0xff, 0xfe, 0x41, 0x0a]),
      Buffer.from(`${'x'.repeat(2 * 1024 * 1024)}\n`),
      Buffer.from('https://mobile.yangkeduo.com/goods.html?goods_id=3'),
    ]);
    const run = await runCli(cli, ['check', '--json', '--at', '2020-01-01'], input);
    expect(run.code).toBe(1);
    const records = parseLines(run.stdout);
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({ platform: 'taobao' });
    expect(records[0].verdicts.private.outcome).toBe('copy');
    expect(records[1]).toMatchObject({ line: 3, error: 'line is not valid UTF-8' });
    expect(records[2]).toMatchObject({ line: 4 });
    expect(records[2].error).toMatch(/longer than/);
    expect(records[3]).toMatchObject({ platform: 'pinduoduo' });
    expect(run.stderr).toMatch(/line 3: line is not valid UTF-8/);
  });

  it('gives the same answers whatever the machine time zone', async () => {
    const args = ['check', '--json', '--at', '2021-11-29', 'https://item.taobao.com/item.htm?id=1'];
    const la = await runCli(cli, args, undefined, { TZ: 'America/Los_Angeles' });
    const sh = await runCli(cli, args, undefined, { TZ: 'Asia/Shanghai' });
    expect(la.stdout).toBe(sh.stdout);
    expect(parseLines(la.stdout)[0].verdicts.group.outcome).toBe('copy');
  });

  it('streams a large stdin in bounded memory', async () => {
    const lines = `${'https://item.taobao.com/item.htm?id=1\nhttps://example.org/a\n'.repeat(50_000)}`;
    const run = await runCli(cli, ['check', '--json', '--at', '2022-02-01'], lines);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').length - 1).toBe(100_000);
  });
});

describe('chat-link-lens arguments', () => {
  it.each([
    [['check', '--bogus', 'x'], /unknown option '--bogus'/i],
    [['check', '--at', '2021-13-45', 'x'], /--at 2021-13-45/],
    [['check', '--at', '2021-02-30', 'x'], /--at 2021-02-30/],
    [['check', '--at', '2021-11-29T20:00', 'x'], /offset/],
    [['check', '--app', 'qq', 'x'], /unknown app "qq"/],
    [['frobnicate'], /unknown command/],
    [[], /missing command/],
    [['rules', 'extra'], /takes no inputs/],
  ])('%j fails with one line on stderr, exit 2, nothing on stdout', async (args, message) => {
    const run = await runCli(cli, args as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message as RegExp);
  });

  it('accepts ISO date-times with an offset', async () => {
    const before = await runCli(cli, [
      'check',
      '--json',
      '--at',
      '2021-11-29T11:59+08:00',
      'https://item.taobao.com/item.htm?id=1',
    ]);
    const after = await runCli(cli, [
      'check',
      '--json',
      '--at',
      '2021-11-29T12:01:00Z',
      'https://item.taobao.com/item.htm?id=1',
    ]);
    expect(parseLines(before.stdout)[0].verdicts.private.outcome).toBe('warn');
    expect(parseLines(after.stdout)[0].verdicts.private).toMatchObject({
      outcome: 'direct',
      rule: 'taobao-private-20211129',
    });
  });
});

describe('chat-link-lens check (table) and rules', () => {
  it('prints an aligned table for people, with the rules it cited', async () => {
    const run = await runCli(cli, [
      'check',
      '--at',
      '2021-11-29',
      'https://item.taobao.com/item.htm?id=1',
      'https://item.jd.com/1.html',
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('WeChat as of 2021-11-29 23:59 China time (UTC+08:00)');
    const header = lines.find((line) => line.startsWith('INPUT')) ?? '';
    const row = lines.find((line) => line.startsWith('https://item.taobao.com')) ?? '';
    expect(row.indexOf('✓ opens')).toBe(header.indexOf('ONE-TO-ONE'));
    expect(row.indexOf('❐ copy only')).toBe(header.indexOf('GROUP'));
    expect(run.stdout).toContain('Rules cited:');
    expect(run.stdout).toContain('taobao-group-20211129');
  });

  it('prints every rule of the timeline with its sources, each with its quote under it', async () => {
    const run = await runCli(cli, ['rules']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const byId = new Map(WECHAT_RULESET.sources.map((source) => [source.id, source]));
    for (const rule of WECHAT_RULESET.rules) {
      const start = lines.indexOf(`  ${rule.id}`);
      expect(start, rule.id).toBeGreaterThan(0);
      const next = lines.findIndex((line, i) => i > start && /^ {2}[a-z0-9]/.test(line));
      const block = lines.slice(start, next < 0 ? undefined : next);
      for (const id of rule.sources) {
        const source = byId.get(id);
        const at = block.findIndex((line) => line.includes(`<${source?.url}>`));
        expect(at, `${rule.id} cites ${id}`).toBeGreaterThan(0);
        if (!source?.quote) continue;
        expect(block[at + 1]).toBe(
          `              quote [${source.quote.lang}]: “${source.quote.text.replace(/\s+/g, ' ')}”`,
        );
        if (!source.quote.lang.startsWith('en')) {
          expect(block[at + 2]).toBe(`              in English: ${source.quote.en}`);
        }
      }
    }
    for (const note of WECHAT_RULESET.notes) expect(run.stdout).toContain(note.id);
    const json = await runCli(cli, ['rules', '--json']);
    const printed = JSON.parse(json.stdout);
    expect(printed.rules).toHaveLength(WECHAT_RULESET.rules.length);
    // Its schema by the path inside the published package, not a path inside this repository.
    expect(printed.$schema).toBe('chat-link-lens/schemas/ruleset.schema.json');
    expect(Object.keys(printed)[0]).toBe('$schema');
    // What `rules --json` prints is a ruleset `--ruleset` reads back.
    expect(validateRuleset(printed)).toMatchObject({ ok: true });
  });
});
