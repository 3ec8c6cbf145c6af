import { describe, expect, it } from 'vitest';
import {
  basisText,
  enumeration,
  finerThan,
  formatChineseDate,
  formatPrecisionDate,
  htmlDateTime,
  isDateAtPrecision,
  precisionOf,
  statedDate,
  toTime,
  within,
} from '../../src/lib/dates.ts';

describe('dates at their precision', () => {
  it('formats each precision in Chinese, no finer than written', () => {
    expect(formatChineseDate('2014-05-27')).toBe('2014年5月27日');
    expect(formatChineseDate('2021-12')).toBe('2021年12月');
    expect(formatChineseDate('2019')).toBe('2019年');
    expect(formatChineseDate('2014-Q4')).toBe('2014年第四季度');
    expect(formatChineseDate('2019-autumn')).toBe('2019年秋');
    expect(formatPrecisionDate(undefined, 'undated')).toBe('未注明时间');
  });

  it('rejects a string that is not a date at that precision', () => {
    expect(() => formatChineseDate('2014-05', 'day')).toThrow(/precision "day"/);
    expect(() => formatChineseDate('May 2014')).toThrow();
    expect(isDateAtPrecision('2014-Q5', 'quarter')).toBe(false);
    expect(isDateAtPrecision('2014-13', 'month')).toBe(false);
    expect(isDateAtPrecision('2025-02-30', 'day')).toBe(false);
  });

  it('detects the precision of a written date', () => {
    expect(precisionOf('2019')).toBe('year');
    expect(precisionOf('2019-10')).toBe('month');
    expect(precisionOf('2019-10-31')).toBe('day');
    expect(precisionOf('2014-Q4')).toBe('quarter');
    expect(precisionOf('2019-autumn')).toBe('season');
    expect(precisionOf('2019/10/31')).toBeUndefined();
  });

  it('orders precisions: a day is finer than a month, a quarter than a year, anything than undated', () => {
    expect(finerThan('day', 'month')).toBe(true);
    expect(finerThan('month', 'quarter')).toBe(true);
    expect(finerThan('quarter', 'season')).toBe(false);
    expect(finerThan('year', 'undated')).toBe(true);
    expect(finerThan('month', 'day')).toBe(false);
  });

  it('gives HTML <time> a value no finer than the date (seasons and quarters: their year)', () => {
    expect(htmlDateTime('2014-Q4', 'quarter')).toBe('2014');
    expect(htmlDateTime('2019-autumn', 'season')).toBe('2019');
    expect(htmlDateTime('2021-12', 'month')).toBe('2021-12');
  });

  it('places a date in the middle of what it can mean', () => {
    expect(new Date(toTime('2014-Q4', 'quarter')).toISOString().slice(0, 10)).toBe('2014-11-15');
    expect(new Date(toTime('2014-06', 'month')).toISOString().slice(0, 10)).toBe('2014-06-15');
    expect(new Date(toTime('2014', 'year')).toISOString().slice(0, 10)).toBe('2014-07-01');
  });
});

describe('statedDate: the time the report’s words give', () => {
  it.each([
    ['2014年5月27日，京东通过…', { date: '2014-05-27', precision: 'day' }],
    ['2014年3月入股时', { date: '2014-03', precision: 'month' }],
    ['至2015年4月', { date: '2015-04', precision: 'month' }],
    ['2014年618大促期间', { date: '2014-06', precision: 'month' }],
    ['2014年第四季度', { date: '2014-Q4', precision: 'quarter' }],
    ['2019年秋', { date: '2019-autumn', precision: 'season' }],
    ['时间追溯到2014年', { date: '2014', precision: 'year' }],
    ['9月30日', { date: '09-30', precision: 'day', yearless: true }],
    // News prose: festivals in quotes or after a platform, halves, words without a year.
    ['2013年“双十一”时', { date: '2013-11', precision: 'month' }],
    ['2016年天猫“双十一”大战中', { date: '2016-11', precision: 'month' }],
    ['2016年上半年', { date: '2016-H1', precision: 'half' }],
    ['美克家居也在11月初推出了', { date: '11', precision: 'month', yearless: true }],
    ['今年“双十一”', { date: '11', precision: 'month', yearless: true }],
    ['包含“双十一”购物节在内的第四季度', { date: '11', precision: 'month', yearless: true }],
    ['第四季度营收较高', { date: 'Q4', precision: 'quarter', yearless: true }],
  ])('%s', (words, expected) => {
    expect(statedDate(words)).toEqual(expected);
  });

  it('finds no time in words without one', () => {
    expect(statedDate('微信渠道订单占比稳定在25%以上')).toBeUndefined();
  });

  it('tells whether a date falls within what the words say', () => {
    expect(within('2014-06', 'month', statedDate('2014年618大促期间')!)).toBe(true);
    expect(within('2014-06-18', 'day', statedDate('2014年618大促期间')!)).toBe(true);
    expect(within('2014-07', 'month', statedDate('2014年618大促期间')!)).toBe(false);
    expect(within('2014-03-10', 'day', statedDate('2014年')!)).toBe(true);
    expect(within('2014', 'year', statedDate('2014年3月')!)).toBe(false);
    expect(within('2025-09-30', 'day', statedDate('9月30日')!)).toBe(true);
    expect(within('2025-09-29', 'day', statedDate('9月30日')!)).toBe(false);
    expect(within('2017-11', 'month', statedDate('11月初')!)).toBe(true);
    expect(within('2016-Q4', 'quarter', statedDate('2016年')!)).toBe(true);
    expect(within('2016-Q3', 'quarter', statedDate('2016年下半年')!)).toBe(true);
    expect(within('2016-Q2', 'quarter', statedDate('2016年下半年')!)).toBe(false);
  });
});

describe('dates of news prose', () => {
  it('formats a half year, places it in its middle, and cites it by its year', () => {
    expect(formatChineseDate('2016-H2')).toBe('2016年下半年');
    expect(precisionOf('2016-H1')).toBe('half');
    expect(new Date(toTime('2016-H1', 'half')).toISOString().slice(0, 10)).toBe('2016-04-01');
    expect(htmlDateTime('2016-H1', 'half')).toBe('2016');
    expect(finerThan('quarter', 'half')).toBe(true);
    expect(finerThan('half', 'year')).toBe(true);
  });

  it('shows a date’s basis beside it', () => {
    expect(formatPrecisionDate('2017-11', 'month', ['article-date'])).toBe('2017年11月（年份据文章日期）');
    expect(basisText(['list-order', 'article-date'])).toBe('（据原文列举顺序；年份据文章日期）');
    expect(basisText([])).toBe('');
  });

  it('reads values listed for named periods, and nothing else', () => {
    expect(enumeration('上半年和下半年营收分别为10亿元、12亿元')).toMatchObject({
      periods: ['H1', 'H2'],
      precision: 'half',
    });
    expect(enumeration('前三季度营收分别为1亿元、2亿元、3亿元')).toMatchObject({
      periods: ['Q1', 'Q2', 'Q3'],
    });
    expect(enumeration('1—3月销量分别为5万台、6万台、7万台')).toMatchObject({
      periods: ['01', '02', '03'],
      precision: 'month',
      values: ['5万台', '6万台', '7万台'],
    });
    // Three values for four quarters, or no 分别: not a list of periods.
    expect(enumeration('四个季度营业额分别为7.63亿元、5.80亿元、8.12亿元')).toBeUndefined();
    expect(enumeration('前三季度营收为6亿元')).toBeUndefined();
  });
});
