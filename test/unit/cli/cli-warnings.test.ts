import { beforeAll, describe, expect, it } from 'vitest';
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

describe('chat-link-lens check --json: warnings', () => {
  it('reports lookalike hosts with platform null, and no warnings for other inputs', async () => {
    // "taοbao.com" with a Greek omicron (U+03BF), which the URL parser writes "xn--tabao-sce.com".
    const greek = 'https://ta\u03bfbao.com/item.htm?id=1';
    const punycode = `https://${new URL(greek).hostname}/`;
    expect(punycode).toBe('https://xn--tabao-sce.com/');
    const inputs = [
      greek,
      punycode,
      'https://item.taobao.com.evil.example/',
      'https://item.taobao.com/item.htm?id=1',
      'https://example.org/',
    ];
    const run = await runCli(cli, ['check', '--json', '--at', '2021-11-29', ...inputs]);
    expect(run.code).toBe(0);
    const records = parseLines(run.stdout);
    expect(records.map((r) => r.input)).toEqual(inputs);
    const [omicron, encoded, extraLabel, real, plain] = records;
    const taobaoLookalike = {
      type: 'lookalike',
      imitates: 'taobao',
      imitatesDomain: 'taobao.com',
      host: 'xn--tabao-sce.com',
      reason: 'mixed-script',
    };
    expect(omicron).toMatchObject({ kind: 'none', platform: null, verdicts: null });
    expect(omicron.warnings).toEqual([taobaoLookalike]);
    expect(encoded).toMatchObject({ kind: 'none', platform: null, verdicts: null });
    expect(encoded.warnings).toEqual([taobaoLookalike]);
    expect(extraLabel).toMatchObject({ kind: 'none', platform: null, verdicts: null });
    expect(extraLabel.warnings).toEqual([
      {
        type: 'lookalike',
        imitates: 'taobao',
        imitatesDomain: 'taobao.com',
        host: 'item.taobao.com.evil.example',
        reason: 'hyphen-or-extra-label',
      },
    ]);
    expect(real).toMatchObject({ platform: 'taobao', warnings: [] });
    expect(plain).toMatchObject({ platform: null, warnings: [] });
  });

  it('reports the same warnings for lines read from stdin', async () => {
    const run = await runCli(
      cli,
      ['check', '--json', '--at', '2021-11-29'],
      'https://xn--tobao-4ve.com/\nhttps://ta0bao.com/\n',
    );
    expect(run.code).toBe(0);
    const [cyrillic, digit] = parseLines(run.stdout);
    expect(cyrillic.warnings).toMatchObject([{ imitates: 'taobao', reason: 'mixed-script' }]);
    expect(digit.warnings).toMatchObject([{ imitates: 'taobao', reason: 'digit-swap' }]);
  });

  it('shows the warning in the table, in place of the platform and outcomes', async () => {
    const inputs = [
      'https://tobao.com/item.htm?id=1',
      'https://taobao.com@evil.example/',
      'https://taobao.evil.example/',
      'https://xn--tabao-sce.com/',
      'https://item.taobao.com/item.htm?id=1',
      'https://example.org/',
    ];
    const run = await runCli(cli, ['check', '--at', '2021-11-29', ...inputs]);
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\n');
    const row = (input: string) => rows.find((line) => line.startsWith(input)) ?? '';
    expect(row(inputs[0] ?? '')).toMatch(/ {2}⚠ imitates Taobao \(typo\)$/);
    expect(row(inputs[1] ?? '')).toMatch(/ {2}⚠ imitates Taobao \(user-info trick\)$/);
    expect(row(inputs[2] ?? '')).toMatch(/ {2}⚠ imitates Taobao \(name on another site\)$/);
    expect(row(inputs[3] ?? '')).toMatch(/ {2}⚠ imitates Taobao \(mixed scripts\)$/);
    expect(row(inputs[4] ?? '')).toMatch(/Taobao +✓ opens/);
    expect(row(inputs[4] ?? '')).not.toContain('⚠');
    expect(row(inputs[5] ?? '')).toMatch(/ {2}- +- +-$/);
  });

  it('reports typo, subdomain and user-info warnings with their reason (and the typo class)', async () => {
    const run = await runCli(cli, [
      'check',
      '--json',
      'https://tmoll.com/',
      'https://www.douyin.evil.example/',
      'https://jd.com@evil.example/',
    ]);
    const [typo, subdomain, userinfo] = parseLines(run.stdout);
    expect(typo.warnings).toEqual([
      {
        type: 'lookalike',
        imitates: 'tmall',
        imitatesDomain: 'tmall.com',
        host: 'tmoll.com',
        reason: 'typo',
        typo: 'vowel-swap',
      },
    ]);
    expect(subdomain.warnings).toMatchObject([{ imitates: 'douyin', reason: 'subdomain' }]);
    expect(userinfo.warnings).toEqual([
      {
        type: 'lookalike',
        imitates: 'jd',
        imitatesDomain: 'jd.com',
        host: 'evil.example',
        reason: 'userinfo',
      },
    ]);
    expect(userinfo).toMatchObject({ platform: null, verdicts: null });
  });
});
