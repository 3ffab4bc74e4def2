import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHINA_OFFSET_MS,
  chinaDateOf,
  endOfChinaDay,
  formatChinaTime,
  parseIsoInstant,
  parsePolicyDate,
  startOfChinaDay,
  toEpochMs,
} from '../../../src/core/policy/china-time';

const ok = (text: string) => {
  const result = parsePolicyDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.at;
};
const error = (text: string) => {
  const result = parsePolicyDate(text);
  if (result.ok) throw new Error(`expected an error for ${text}`);
  return result.error;
};

describe('parsePolicyDate', () => {
  it('reads YYYY-MM-DD as the end of that day in China time', () => {
    expect(ok('2021-11-29')).toBe(Date.UTC(2021, 10, 29, 15, 59, 59, 999));
    expect(formatChinaTime(ok('2021-11-29'))).toBe('2021-11-29T23:59:59.999+08:00');
    expect(ok('2024-02-29')).toBe(Date.UTC(2024, 1, 29, 15, 59, 59, 999));
  });

  it('reads date-times with an offset or Z, with or without seconds and fractions', () => {
    const expected = Date.UTC(2021, 10, 29, 12, 0);
    expect(ok('2021-11-29T20:00+08:00')).toBe(expected);
    expect(ok('2021-11-29T20:00:00+08:00')).toBe(expected);
    expect(ok('2021-11-29T12:00:00Z')).toBe(expected);
    expect(ok('2021-11-29T12:00Z')).toBe(expected);
    expect(ok('2021-11-29T07:00:00-05:00')).toBe(expected);
    expect(ok('2021-11-29T20:00+0800')).toBe(expected);
    expect(ok('2021-11-29T12:00:00.5Z')).toBe(expected + 500);
    expect(ok('2021-11-29T12:00:00.123456789Z')).toBe(expected + 123);
    expect(ok('  2021-11-29T12:00:00Z ')).toBe(expected);
  });

  it('rejects invalid calendar dates and times', () => {
    expect(error('2021-13-45')).toMatch(/month 13/);
    expect(error('2021-02-30')).toMatch(/day 30 does not exist in 2021-02/);
    expect(error('2023-02-29')).toMatch(/day 29/);
    expect(error('2021-11-29T25:00+08:00')).toMatch(/time of day/);
    expect(error('2021-11-29T23:60+08:00')).toMatch(/time of day/);
    expect(error('2021-11-29T23:59:60+08:00')).toMatch(/time of day/);
    expect(error('2021-11-29T20:00+25:00')).toMatch(/offset/);
  });

  it('rejects date-times without an offset, asking for one', () => {
    expect(error('2021-11-29T20:00')).toMatch(/add one such as \+08:00 or Z/);
    expect(error('2021-11-29T20:00:00.000')).toMatch(/offset/);
  });

  it('rejects garbage with a one-line message', () => {
    for (const text of [
      '',
      'yesterday',
      '2021/11/29',
      '29-11-2021',
      '2021-11-29 20:00+08:00',
      'a\nb',
    ]) {
      const message = error(text);
      expect(message).not.toContain('\n');
      expect(message.length).toBeGreaterThan(10);
    }
    expect(parsePolicyDate(42 as unknown as string).ok).toBe(false);
  });
});

describe('parseIsoInstant', () => {
  it('refuses bare dates (rule boundaries must be instants)', () => {
    const result = parseIsoInstant('2021-11-29');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/add a time and an offset/);
  });
});

describe('formatChinaTime', () => {
  it('writes +08:00 with seconds, and milliseconds only when non-zero', () => {
    expect(formatChinaTime(Date.UTC(2021, 10, 29, 12))).toBe('2021-11-29T20:00:00+08:00');
    expect(formatChinaTime(Date.UTC(2021, 10, 29, 15, 59, 59, 999))).toBe(
      '2021-11-29T23:59:59.999+08:00',
    );
    expect(formatChinaTime(Date.UTC(2021, 10, 29, 16))).toBe('2021-11-30T00:00:00+08:00');
    expect(formatChinaTime(Date.UTC(2021, 10, 29, 12, 0, 0, 7))).toBe(
      '2021-11-29T20:00:00.007+08:00',
    );
  });

  it('throws RangeError for non-finite numbers', () => {
    expect(() => formatChinaTime(Number.NaN)).toThrow(RangeError);
    expect(() => formatChinaTime(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('round-trips through parseIsoInstant and agrees with Date#toISOString', () => {
    const instants = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) });
    fc.assert(
      fc.property(instants, (ms) => {
        const text = formatChinaTime(ms);
        const parsed = parseIsoInstant(text);
        expect(parsed).toEqual({ ok: true, at: ms });
        const shifted = new Date(ms + CHINA_OFFSET_MS).toISOString(); // UTC fields = China fields
        expect(text.slice(0, 19)).toBe(shifted.slice(0, 19));
        expect(chinaDateOf(ms)).toBe(shifted.slice(0, 10));
      }),
    );
  });
});

describe('China days', () => {
  it('gives the start and end of a China day, or null for invalid dates', () => {
    expect(startOfChinaDay('2021-11-30')).toBe(Date.UTC(2021, 10, 29, 16));
    expect(endOfChinaDay('2021-11-29')).toBe(Date.UTC(2021, 10, 29, 16) - 1);
    expect(endOfChinaDay('2021-02-30')).toBeNull();
    expect(endOfChinaDay('2021-2-3')).toBeNull();
    expect(startOfChinaDay('nonsense')).toBeNull();
  });

  it('chinaDateOf uses the China calendar day, not UTC or local', () => {
    expect(chinaDateOf(Date.UTC(2021, 10, 29, 15, 59, 59, 999))).toBe('2021-11-29');
    expect(chinaDateOf(Date.UTC(2021, 10, 29, 16))).toBe('2021-11-30');
  });

  it('every day: endOfChinaDay(chinaDateOf(t)) is the last ms of the day containing t', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (ms) => {
        const end = endOfChinaDay(chinaDateOf(ms));
        expect(end).not.toBeNull();
        expect(end as number).toBeGreaterThanOrEqual(ms);
        expect((end as number) - ms).toBeLessThan(24 * 3600 * 1000);
        expect(chinaDateOf((end as number) + 1)).not.toBe(chinaDateOf(ms));
      }),
    );
  });
});

describe('toEpochMs', () => {
  it('accepts numbers and Dates', () => {
    expect(toEpochMs(5)).toBe(5);
    expect(toEpochMs(new Date(7))).toBe(7);
    expect(toEpochMs(new Date('invalid'))).toBeNaN();
  });
});
