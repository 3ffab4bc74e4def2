import { describe, expect, it } from 'vitest';
import { pageSummary } from '../../../src/popup/page-summary-model';
import type { FrameEntry, ReportItem } from '../../../src/shared/messages';
import { frameEntry } from './support/frame-entry';

const link = (
  platform: string,
  priv: string,
  group: string,
  input = `https://${platform}.example/`,
) =>
  ({
    kind: 'url',
    input,
    platform,
    category: 'ecommerce',
    outcomes: { private: priv, group },
  }) as ReportItem;
const code = (platform: string, outcome: string) =>
  ({
    kind: 'code',
    input: '￥AbCdEfGhIjK￥',
    platform,
    category: 'ecommerce',
    outcomes: { private: outcome, group: outcome },
  }) as ReportItem;
const frame = (frameId: number, items: ReportItem[], active = true): FrameEntry =>
  frameEntry(frameId, items, { active });

describe('pageSummary', () => {
  const frames = [
    frame(0, [
      link('taobao', 'warn', 'copy'),
      link('jd', 'direct', 'direct'),
      link('taobao', 'direct', 'copy'),
      code('taobao', 'copy'),
    ]),
    frame(7, [link('taobao', 'warn', 'copy'), link('taobao', 'warn', 'direct')]),
    frame(9, [link('jd', 'copy', 'copy')], false),
  ];
  const summary = pageSummary(frames, ['private', 'group']);

  it('counts links and share codes of the active frames', () => {
    expect(summary.links).toBe(5);
    expect(summary.codes).toBe(1);
    expect(summary.truncated).toBe(false);
  });

  it('has a row per platform and kind, links first, most items first', () => {
    expect(summary.rows.map((row) => [row.kind, row.platform, row.count])).toEqual([
      ['url', 'taobao', 4],
      ['url', 'jd', 1],
      ['code', 'taobao', 1],
    ]);
  });

  it('groups each scope by outcome, in the order of outcomes, with where each item is', () => {
    const taobao = summary.rows[0];
    expect(taobao?.cells.private?.map((cell) => [cell.group.outcome, cell.places])).toEqual([
      ['direct', [{ frameId: 0, ordinal: 0 }]],
      [
        'warn',
        [
          { frameId: 0, ordinal: 0 },
          { frameId: 7, ordinal: 0 },
          { frameId: 7, ordinal: 1 },
        ],
      ],
    ]);
    expect(taobao?.cells.group?.map((cell) => [cell.group.outcome, cell.places.length])).toEqual([
      ['direct', 1],
      ['copy', 3],
    ]);
    expect(taobao?.cells.group?.[1]?.places).toEqual([
      { frameId: 0, ordinal: 0 },
      { frameId: 0, ordinal: 1 },
      { frameId: 7, ordinal: 0 },
    ]);
  });

  it('shows only the chosen scope', () => {
    const groupOnly = pageSummary(frames, ['group']);
    expect(Object.keys(groupOnly.rows[0]?.cells ?? {})).toEqual(['group']);
  });

  it('says when a frame listed only its first items, and is empty for no frames', () => {
    expect(pageSummary([{ ...frame(0, []), truncated: true }], ['private']).truncated).toBe(true);
    expect(pageSummary([], ['private'])).toEqual({
      links: 0,
      codes: 0,
      rows: [],
      truncated: false,
    });
  });
});
