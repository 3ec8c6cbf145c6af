import { describe, expect, it } from 'vitest';
import { formatChineseDate, precisionOf } from '../../src/lib/dates.ts';

describe('formatChineseDate', () => {
  it('formats at the given precision', () => {
    expect(formatChineseDate('2014-05-27')).toBe('2014年5月27日');
    expect(formatChineseDate('2021-12')).toBe('2021年12月');
    expect(formatChineseDate('2019')).toBe('2019年');
    expect(formatChineseDate('2014-05-27', 'day')).toBe('2014年5月27日');
  });

  it('rejects a string that is not a date at that precision', () => {
    expect(() => formatChineseDate('2014-05', 'day')).toThrow(/precision "day"/);
    expect(() => formatChineseDate('May 2014')).toThrow();
  });

  it('detects the precision of an ISO date', () => {
    expect(precisionOf('2019')).toBe('year');
    expect(precisionOf('2019-10')).toBe('month');
    expect(precisionOf('2019-10-31')).toBe('day');
    expect(precisionOf('2019/10/31')).toBeUndefined();
  });
});
