import { describe, expect, it } from 'vitest';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { endOfChinaDay, parseIsoInstant } from '../../../src/core/policy/china-time';
import type { TimelineEvent } from '../../../src/core/policy/rule';
import {
  focusableTick,
  instantOf,
  latestTickBy,
  markerPosition,
  selectedTick,
  stepTick,
  tickPolicyDate,
  timelineTicks,
  yearLabels,
} from '../../../src/popup/timeline-model';

/** 2026-11-25 17:00 UTC = 2026-11-26 01:00 in China: the China date differs from the UTC one. */
const NOW = Date.UTC(2026, 10, 25, 17, 0);
const ticks = timelineTicks(WECHAT_RULESET.events, NOW);
const dates = ticks.map((tick) => tick.date);

function event(id: string, at: string, en = `Event ${id}`): TimelineEvent {
  return { id, at, title: { en, zh_CN: en }, evidence: 'reported', sources: [] };
}

describe('timeline ticks of the WeChat ruleset', () => {
  it('has one tick per event day, in time order, then today', () => {
    expect(WECHAT_RULESET.events).toHaveLength(16);
    expect(ticks).toHaveLength(17);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]).toBe('2013-08-01');
    expect(dates.at(-2)).toBe('2026-02-04');
    expect(ticks.at(-1)).toMatchObject({ id: 'today', today: true, date: '2026-11-26', at: NOW });
  });

  it('includes the dates the popup must offer', () => {
    for (const date of [
      '2018-04-01',
      '2021-09-17',
      '2021-11-29',
      '2021-12-01',
      '2022-01-27',
      '2023-01-10',
    ]) {
      expect(dates).toContain(date);
    }
  });

  it('dates each event by its day in China time', () => {
    // 2021-11-30T00:00+08:00 is still 29 November in UTC.
    const pilot = ticks.find((tick) => tick.id === 'group-pilot-2021-11-30');
    expect(pilot?.date).toBe('2021-11-30');
    expect(pilot?.at).toBe(Date.UTC(2021, 10, 29, 16, 0));
  });

  it('marks the context events (which change no rule)', () => {
    const context = ticks.filter((tick) => tick.context).map((tick) => tick.id);
    expect(context).toEqual([
      'alibaba-suspends-wechat-apps-2013-08-01',
      'taobao-bans-qr-codes-2013-08-12',
      'moments-code-ban-2018-05-30',
      'link-rules-revised-2019-10-28',
      'record-end-2026-02-04',
    ]);
    for (const tick of ticks.filter((entry) => entry.context)) {
      expect(tick.titles[0]?.en).toMatch(/^Context:/);
    }
  });
});

describe('timeline ticks of other rulesets', () => {
  it('merges events of the same China day into one tick', () => {
    const merged = timelineTicks(
      [
        event('b', '2021-11-29T20:00:00+08:00'),
        event('a', '2021-11-29T01:00:00+08:00', 'Context: a'),
        event('c', '2021-11-28T23:00:00Z'), // 2021-11-29T07:00 in China
      ],
      NOW,
    );
    expect(merged.map((tick) => [tick.id, tick.date, tick.titles.length])).toEqual([
      ['a', '2021-11-29', 3],
      ['today', '2026-11-26', 0],
    ]);
    expect(merged[0]?.context).toBe(false);
  });

  it('leaves out events after today, and turns an event of today into the today tick', () => {
    const future = timelineTicks(
      [event('past', '2020-01-01T00:00:00+08:00'), event('soon', '2030-01-01T00:00:00+08:00')],
      NOW,
    );
    expect(future.map((tick) => tick.id)).toEqual(['past', 'today']);
    const todays = timelineTicks([event('now', '2026-11-26T00:30:00+08:00')], NOW);
    expect(todays).toHaveLength(1);
    expect(todays[0]).toMatchObject({ id: 'now', today: true });
  });

  it('has only the today tick for a ruleset without events', () => {
    expect(timelineTicks([], NOW).map((tick) => tick.id)).toEqual(['today']);
  });
});

describe('selecting and stepping', () => {
  const index = (date: string) => dates.indexOf(date);

  it('selects the tick of the chosen date, the today tick for now, none between ticks', () => {
    expect(selectedTick(ticks, '2021-11-29')).toBe(index('2021-11-29'));
    expect(selectedTick(ticks, null)).toBe(ticks.length - 1);
    expect(selectedTick(ticks, '2026-11-26')).toBe(ticks.length - 1);
    expect(selectedTick(ticks, '2021-11-28')).toBe(-1);
  });

  it('steps from event to event with the arrow keys', () => {
    expect(dates[stepTick(ticks, '2021-11-29', 1)]).toBe('2021-11-30');
    expect(dates[stepTick(ticks, '2021-11-30', 1)]).toBe('2021-12-01');
    expect(dates[stepTick(ticks, '2021-11-29', -1)]).toBe('2021-09-17');
    expect(stepTick(ticks, '2013-08-01', -1)).toBe(0);
    expect(stepTick(ticks, null, 1)).toBe(ticks.length - 1);
    expect(dates[stepTick(ticks, null, -1)]).toBe('2026-02-04');
  });

  it('steps from a date between ticks to the next or previous event', () => {
    expect(dates[stepTick(ticks, '2021-11-28', 1)]).toBe('2021-11-29');
    expect(dates[stepTick(ticks, '2021-11-28', -1)]).toBe('2021-09-17');
    expect(dates[stepTick(ticks, '2021-11-28', 2)]).toBe('2021-11-30');
    expect(dates[stepTick(ticks, '2012-06-01', 1)]).toBe('2013-08-01');
  });

  it('chooses the date of a tick, and now for the today tick', () => {
    expect(tickPolicyDate(ticks[index('2021-11-29')] as (typeof ticks)[number])).toBe('2021-11-29');
    expect(tickPolicyDate(ticks.at(-1) as (typeof ticks)[number])).toBeNull();
  });

  it('keeps one tick in the tab order: the selected one, else the latest by then', () => {
    expect(focusableTick(ticks, '2021-11-29', NOW)).toBe(index('2021-11-29'));
    expect(focusableTick(ticks, '2021-11-28', NOW)).toBe(index('2021-09-17'));
    expect(focusableTick(ticks, '2012-01-01', NOW)).toBe(0);
    expect(focusableTick(ticks, null, NOW)).toBe(ticks.length - 1);
  });
});

describe('the marker and the captions', () => {
  it('sits on the selected tick, or between the ticks around the chosen instant', () => {
    expect(markerPosition(ticks, '2021-11-29', NOW)).toBe(dates.indexOf('2021-11-29'));
    const between = markerPosition(ticks, '2021-11-28', NOW);
    expect(between).toBeGreaterThan(dates.indexOf('2021-09-17'));
    expect(between).toBeLessThan(dates.indexOf('2021-11-29'));
    expect(markerPosition(ticks, '2012-01-01', NOW)).toBe(0);
  });

  it('names the latest event by the chosen instant', () => {
    const end = endOfChinaDay('2021-11-28') as number;
    expect(ticks[latestTickBy(ticks, end)]?.id).toBe('statement-2021-09-17');
    const update = parseIsoInstant('2021-11-29T20:00:00+08:00');
    expect(update.ok && ticks[latestTickBy(ticks, update.at)]?.id).toBe('update-2021-11-29');
    expect(latestTickBy(ticks, Date.UTC(2012, 0, 1))).toBe(-1);
  });

  it('means the end of the chosen China day, or now', () => {
    expect(instantOf('2021-11-29', NOW)).toBe(Date.UTC(2021, 10, 29, 15, 59, 59, 999));
    expect(instantOf(null, NOW)).toBe(NOW);
  });

  it('labels years at the middle of their ticks, leaving out those too close together', () => {
    const labels = yearLabels(ticks);
    expect(labels.map((label) => label.year)).toEqual([
      '2013',
      '2018',
      '2019',
      '2021',
      '2022',
      '2026',
    ]);
    const y2021 = labels.find((label) => label.year === '2021');
    const first2021 = dates.indexOf('2021-01-13');
    const last2021 = dates.lastIndexOf('2021-12-01');
    expect(y2021?.position).toBe((first2021 + last2021) / 2);
    for (let i = 1; i < labels.length; i++) {
      expect((labels[i]?.position ?? 0) - (labels[i - 1]?.position ?? 0)).toBeGreaterThanOrEqual(2);
    }
  });
});
