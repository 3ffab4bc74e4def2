import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import type { Ruleset } from '../../../src/core/policy/rule';
import { CHECK_CORPUS as CORPUS } from './check-corpus';
import { buildCli, runCli } from './cli-bundle';

const root = new URL('../../..', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(join(root, 'schemas/check-record.schema.json'), 'utf8'));
/** The corpus, then a line that is not UTF-8 and one over the 1 MiB limit. */
const CORPUS_WITH_BAD_LINES = Buffer.concat([
  CORPUS,
  Buffer.from([0xc0, 0xaf, 0x0a]),
  Buffer.from(`${'y'.repeat(1024 * 1024 + 1)}\n`),
  Buffer.from('https://item.jd.com/9.html\n'),
]);
const DATES = ['2012-06-01', '2021-11-29', '2021-11-30T03:00+08:00', '2023-01-10', '2030-01-01'];

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validateLine = ajv.compile(schema);
const validateDef = (name: string) => ajv.getSchema(`${schema.$id}#/$defs/${name}`);

function check(def: string, record: unknown): string[] {
  const validate = def === 'any' ? validateLine : validateDef(def);
  if (!validate) throw new Error(`no definition ${def}`);
  return validate(record)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const parseLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let cli: string;
beforeAll(async () => {
  cli = await buildCli();
});

describe('schemas/check-record.schema.json', () => {
  it('is a valid draft 2020-12 schema that Ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('accepts every line the CLI writes for the corpus, full and compact, at many dates', async () => {
    let full = 0;
    let compact = 0;
    let errors = 0;
    for (const date of DATES) {
      for (const mode of ['full', 'compact'] as const) {
        const args = [
          'check',
          '--json',
          '--at',
          date,
          ...(mode === 'compact' ? ['--compact'] : []),
        ];
        const run = await runCli(cli, args, CORPUS_WITH_BAD_LINES);
        expect(run.code).toBe(1);
        for (const record of parseLines(run.stdout)) {
          const def = 'error' in record ? 'lineError' : mode;
          expect(check('any', record), JSON.stringify(record)).toEqual([]);
          expect(check(def, record), JSON.stringify(record)).toEqual([]);
          // The kinds of record are told apart: a line is one of them only.
          for (const other of ['full', 'compact', 'lineError'].filter((d) => d !== def)) {
            expect(check(other, record), `${other}: ${JSON.stringify(record)}`).not.toEqual([]);
          }
          if (def === 'lineError') errors++;
          else if (def === 'full') full++;
          else compact++;
        }
      }
    }
    expect(full).toBe(compact);
    expect(full).toBeGreaterThan(150 * DATES.length);
    expect(errors).toBe(2 * 2 * DATES.length);
  });

  it('accepts the records of a custom ruleset with other scopes', async () => {
    const ruleset: Ruleset = {
      ...WECHAT_RULESET,
      app: 'otherchat',
      scopes: ['private', 'group', 'channel'],
      // A third scope that follows the group rules.
      rules: WECHAT_RULESET.rules.map((rule) =>
        rule.scopes.includes('group') ? { ...rule, scopes: [...rule.scopes, 'channel'] } : rule,
      ),
    };
    const file = join(tmpdir(), `cll-schema-ruleset-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(ruleset));
    for (const compact of [false, true]) {
      const args = ['check', '--json', '--ruleset', file, '--at', '2021-11-29'];
      const run = await runCli(cli, compact ? [...args, '--compact'] : args, CORPUS);
      expect(run.stderr).toBe('');
      const records = parseLines(run.stdout);
      expect(
        records.some((r) =>
          compact ? r.channel : (r.verdicts as Record<string, unknown> | null)?.channel,
        ),
      ).toBe(true);
      for (const record of records) {
        expect(check(compact ? 'compact' : 'full', record), JSON.stringify(record)).toEqual([]);
      }
    }
  });

  it('rejects records that break the format', async () => {
    const run = await runCli(cli, [
      'check',
      '--json',
      '--at',
      '2021-11-29',
      'https://item.taobao.com/item.htm?id=1',
    ]);
    const full = parseLines(run.stdout)[0] as Record<string, unknown>;
    const compactRun = await runCli(cli, [
      'check',
      '--json',
      '--compact',
      '--at',
      '2021-11-29',
      'https://item.taobao.com/item.htm?id=1',
      'https://example.org/',
    ]);
    const [compact, plain] = parseLines(compactRun.stdout) as Record<string, unknown>[];
    expect(check('full', full)).toEqual([]);
    const verdicts = full.verdicts as Record<string, Record<string, unknown>>;
    const broken: [string, unknown][] = [
      ['full', { ...full, extra: 1 }],
      ['full', { ...full, kind: 'link' }],
      ['full', { ...full, verdicts: null }],
      ['full', { ...full, at: '2021-11-29T23:59:59Z' }],
      [
        'full',
        { ...full, verdicts: { ...verdicts, group: { ...verdicts.group, outcome: 'open' } } },
      ],
      ['full', { ...full, verdicts: { ...verdicts, group: { ...verdicts.group, rule: null } } }],
      ['full', Object.fromEntries(Object.entries(full).filter(([key]) => key !== 'warnings'))],
      ['compact', { ...compact, private: ['direct', 'alibaba-private-direct-2021-11-29'] }],
      ['compact', { ...compact, private: ['opens', null, null] }],
      ['compact', { ...compact, warnings: [] }],
      ['compact', { ...plain, private: ['direct', null, null] }],
      ['compact', { ...compact, kind: 'none' }],
      ['compact', { kind: 'url', platform: 'jd' }],
      ['lineError', { line: 0, error: 'x', preview: '' }],
    ];
    for (const [def, record] of broken) {
      expect(check(def, record), JSON.stringify(record)).not.toEqual([]);
      expect(check('any', record), JSON.stringify(record)).not.toEqual([]);
    }
  });
});
