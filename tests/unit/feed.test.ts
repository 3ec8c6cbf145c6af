/**
 * The feed's entries (src/lib/feed.ts): a report's title, address, publisher, writers as credited, kind,
 * and its date never finer than its source — no RSS pubDate, `dc:date` at the date's own precision (a
 * half, season or quarter as its year), the Chinese date with its basis in the text. The built feed is
 * parsed and checked against every report in tests/build/feed.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { feedDate, feedDescription, feedItem, type FeedReport } from '../../src/lib/feed.ts';

const report = (over: Partial<FeedReport['data']> = {}, publishedText?: string): FeedReport => ({
  data: {
    title: '标题',
    publisher: '某报',
    kind: 'newspaper-article',
    credits: [
      { role: '出品', name: '某报', author: false },
      { role: '记者', name: '张三', author: true },
      { role: '记者', name: 'A & B <C>', author: true },
    ],
    published: { date: '2017-11', precision: 'month', basis: '据正文推定', quote: ['x'] },
    ...over,
  },
  fullTitle: '标题——副题',
  description: '开头一句。',
  publishedText,
  url: 'https://reports.example.org/reports/x/',
});

describe('a feed entry', () => {
  it('carries title, address, publisher, the credited writers, kind and date at its precision', () => {
    const item = feedItem(report({}, '2017年11月（据正文推定）'));
    expect(item.title).toBe('标题——副题');
    expect(item.link).toBe('https://reports.example.org/reports/x/');
    expect(item.categories).toEqual(['报纸文章']);
    expect(item.customData).toBe(
      '<dc:creator>张三</dc:creator><dc:creator>A &amp; B &lt;C&gt;</dc:creator>' +
        '<dc:publisher>某报</dc:publisher><dc:date>2017-11</dc:date>',
    );
    expect(item.description).toBe(
      '发布者：某报；记者：张三；记者：A & B <C>；类型：报纸文章；发布日期：2017年11月（据正文推定）。开头一句。',
    );
    expect(item).not.toHaveProperty('pubDate');
  });

  it('gives dc:date no finer than the date: a day, a month, a year; a quarter, half or season as its year', () => {
    const at = (date: string, precision: 'year' | 'half' | 'season' | 'quarter' | 'month' | 'day') =>
      feedDate({ date, precision });
    expect(at('2014-05-27', 'day')).toBe('2014-05-27');
    expect(at('2025-09', 'month')).toBe('2025-09');
    expect(at('2019', 'year')).toBe('2019');
    expect(at('2014-Q4', 'quarter')).toBe('2014');
    expect(at('2016-H1', 'half')).toBe('2016');
    expect(at('2019-autumn', 'season')).toBe('2019');
  });

  it('says nothing it does not know: no writer, publisher, kind or date element when there is none', () => {
    const bare = report({ credits: [], publisher: undefined, kind: undefined, published: undefined });
    const item = feedItem(bare);
    expect(item.customData).toBe('');
    expect(item.categories).toEqual([]);
    expect(feedDescription(bare)).toBe('发布日期：不详。开头一句。');
  });
});
