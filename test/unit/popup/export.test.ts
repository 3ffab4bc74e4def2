import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { endOfChinaDay } from '../../../src/core/policy/china-time';
import { exportFileName } from '../../../src/popup/download';
import { csvCell, exportCsv } from '../../../src/popup/export-csv';
import { exportJson } from '../../../src/popup/export-json';
import { exportRows } from '../../../src/popup/export-records';
import type { FrameEntry } from '../../../src/shared/messages';

const AT = endOfChinaDay('2021-11-29') as number;
const TAOBAO = 'https://item.taobao.com/item.htm?id=642391857301';
const frames: FrameEntry[] = [
  {
    frameId: 0,
    url: 'https://guide.example/',
    hostname: 'guide.example',
    active: true,
    truncated: false,
    startedAt: 1,
    items: [
      {
        kind: 'url',
        input: TAOBAO,
        platform: 'taobao',
        category: 'ecommerce',
        outcomes: { private: 'direct', group: 'copy' },
      },
      {
        kind: 'code',
        input: '￥MDGGba1MLQh￥',
        platform: 'taobao',
        category: 'ecommerce',
        outcomes: { private: 'copy', group: 'copy' },
      },
    ],
  },
  {
    frameId: 3,
    url: 'https://guide.example/frame',
    hostname: 'guide.example',
    active: true,
    truncated: false,
    startedAt: 2,
    items: [
      {
        kind: 'url',
        input: 'https://item.jd.com/100012043978.html',
        platform: 'jd',
        category: 'ecommerce',
        outcomes: { private: 'direct', group: 'direct' },
      },
    ],
  },
  {
    frameId: 5,
    url: 'https://off.example/',
    hostname: 'off.example',
    active: false,
    truncated: false,
    startedAt: 3,
    items: [],
  },
];
const rows = exportRows(frames, WECHAT_RULESET, AT, 'en');

describe('export rows', () => {
  it('has one full record per item of every active frame, evaluated at the chosen instant', () => {
    expect(
      rows.map((row) => [row.frameUrl, row.record.input, row.record.kind, row.record.platform]),
    ).toEqual([
      ['https://guide.example/', TAOBAO, 'url', 'taobao'],
      ['https://guide.example/', '￥MDGGba1MLQh￥', 'code', 'taobao'],
      ['https://guide.example/frame', 'https://item.jd.com/100012043978.html', 'url', 'jd'],
    ]);
    const taobao = rows[0]?.record;
    expect(taobao?.at).toBe('2021-11-29T23:59:59.999+08:00');
    expect(taobao?.verdicts?.private?.outcome).toBe('direct');
    expect(taobao?.verdicts?.group?.outcome).toBe('copy');
    expect(taobao?.verdicts?.private?.rule).toBeTruthy();
    expect(taobao?.verdicts?.private?.sources.length).toBeGreaterThan(0);
  });
});

describe('CSV', () => {
  const csv = exportCsv(rows, WECHAT_RULESET.scopes);
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

  it('starts with a byte order mark and a header with columns per scope', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'input,kind,platform,category,app,as_of,frame_url,private_outcome,private_rule,private_since,private_until,private_evidence,private_sources,group_outcome,group_rule,group_since,group_until,group_evidence,group_sources',
    );
    expect(lines).toHaveLength(4);
  });

  it('writes each record: input, platform, outcomes, rules and sources', () => {
    const taobao = lines[1] as string;
    expect(
      taobao.startsWith(
        `${TAOBAO},url,taobao,ecommerce,wechat,2021-11-29T23:59:59.999+08:00,https://guide.example/,direct,`,
      ),
    ).toBe(true);
    expect(taobao).toContain(rows[0]?.record.verdicts?.group?.rule as string);
    expect(taobao).toContain(rows[0]?.record.verdicts?.private?.sources[0]?.url as string);
  });

  it('quotes cells with commas, quotes or line breaks, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(null)).toBe('');
  });
});

describe('JSON', () => {
  it('holds the header and every record with its frame', () => {
    const json = JSON.parse(
      exportJson(
        {
          app: 'wechat',
          asOf: '2021-11-29T23:59:59.999+08:00',
          policyDate: '2021-11-29',
          page: 'https://guide.example/',
        },
        rows,
      ),
    );
    expect(json).toMatchObject({ tool: 'Chat Link Lens', app: 'wechat', policyDate: '2021-11-29' });
    expect(json.items).toHaveLength(3);
    expect(json.items[0]).toMatchObject({
      input: TAOBAO,
      platform: 'taobao',
      frameUrl: 'https://guide.example/',
    });
    expect(json.items[0].verdicts.group.outcome).toBe('copy');
  });
});

describe('file names', () => {
  it('name the site and the date', () => {
    expect(exportFileName('guide.example', '2021-11-29', 'csv')).toBe(
      'chat-link-lens-guide.example-2021-11-29.csv',
    );
    expect(exportFileName('', null, 'json')).toBe('chat-link-lens-page-now.json');
    expect(exportFileName('[::1]', null, 'csv')).toBe('chat-link-lens-___1_-now.csv');
  });
});
