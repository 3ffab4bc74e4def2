import { describe, expect, it } from 'vitest';
import { dateExplanation, dateProblem } from '../../../src/popup/date-explanation';

const t = (key: string, subs: string[] = []) =>
  ({
    showingAsOf: 'Showing $1 as of $2 China time',
    showingNow: 'Showing $1 as of now ($2 China time)',
    beyondRecord: 'The record ends earlier.',
  })[key]?.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '') ?? key;
const ENDS = '2026-02-04T23:59:59.999+08:00';
const NOW = Date.UTC(2026, 10, 25, 17, 0);

describe('dateExplanation', () => {
  it('explains a date as the end of that day in China time', () => {
    expect(dateExplanation('2021-11-29', 'WeChat', ENDS, NOW, 'en', t)).toEqual({
      sentence: 'Showing WeChat as of 29 Nov 2021, 23:59 China time',
      note: null,
    });
  });

  it('writes the date the Chinese way in Chinese', () => {
    expect(dateExplanation('2021-11-29', '微信', ENDS, NOW, 'zh_CN', t).sentence).toBe(
      'Showing 微信 as of 2021年11月29日 23:59 China time',
    );
  });

  it('explains now in China time, and notes that it lies after the record', () => {
    expect(dateExplanation(null, 'WeChat', ENDS, NOW, 'en', t)).toEqual({
      sentence: 'Showing WeChat as of now (26 Nov 2026, 01:00 China time)',
      note: 'The record ends earlier.',
    });
  });
});

describe('dateProblem', () => {
  it('accepts real days within the range, and says what is wrong with others', () => {
    expect(dateProblem('2021-11-29', '2013-01-01', '2026-11-26')).toBeNull();
    expect(dateProblem('2013-01-01', '2013-01-01', '2026-11-26')).toBeNull();
    expect(dateProblem('2012-12-31', '2013-01-01', '2026-11-26')).toBe('range');
    expect(dateProblem('2026-11-27', '2013-01-01', '2026-11-26')).toBe('range');
    expect(dateProblem('2021-02-30', '2013-01-01', '2026-11-26')).toBe('invalid');
    expect(dateProblem('29.11.2021', '2013-01-01', '2026-11-26')).toBe('invalid');
  });
});
