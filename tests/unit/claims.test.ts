/** The checks that keep the site from saying more than its sources (src/lib/content/claims.ts). */
import { describe, expect, it } from 'vitest';
import {
  checkBound,
  checkDateAgainstSources,
  checkEventNumbers,
  checkExcerpt,
  quantitiesOf,
} from '../../src/lib/content/claims.ts';

const paragraph = (text: string) => (id: string) => (id === 'p1' ? text : undefined);
const fields = { report: 'report', public: (i: number) => `sources[${i}]`, date: 'precision' };

describe('dates against their sources', () => {
  const text = '京东微信入口在2014年618大促期间贡献移动端订单量同比增长8倍';

  it('accepts a date at the precision of the report’s time words', () => {
    const cite = { paragraph: 'p1', quote: '增长8倍', when: '2014年618大促期间' };
    expect(
      checkDateAgainstSources({ date: '2014-06', precision: 'month' }, cite, [], paragraph(text), fields),
    ).toEqual([]);
  });

  it('rejects a day where the report names a period', () => {
    const cite = { paragraph: 'p1', quote: '增长8倍', when: '2014年618大促期间' };
    expect(
      checkDateAgainstSources({ date: '2014-06-18', precision: 'day' }, cite, [], paragraph(text), fields),
    ).toEqual([
      {
        field: 'precision',
        message: expect.stringMatching(
          /precision "day" is finer than its sources \(the report's “2014年618大促期间”\)/,
        ),
      },
    ]);
  });

  it('rejects time words that are not in the paragraph, and a date the words contradict', () => {
    const absent = { paragraph: 'p1', quote: '增长8倍', when: '2014年双十一' };
    expect(
      checkDateAgainstSources(
        { date: '2014-11', precision: 'month' },
        absent,
        [],
        paragraph(text),
        fields,
      )[0],
    ).toEqual({
      field: 'report.when',
      message: '"2014年双十一" is not in paragraph p1',
    });
    const cite = { paragraph: 'p1', quote: '增长8倍', when: '2014年618大促期间' };
    expect(
      checkDateAgainstSources({ date: '2014-07', precision: 'month' }, cite, [], paragraph(text), fields),
    ).toEqual([
      { field: 'precision', message: '2014-07 is not what the report\'s words "2014年618大促期间" say' },
    ]);
  });

  it('lets a public source date more precisely than the report, never more than the finest source', () => {
    const cite = { paragraph: 'p1', quote: '增长8倍', when: '2014年618大促期间' };
    const day = { precision: 'day' as const };
    expect(
      checkDateAgainstSources({ date: '2014-06-18', precision: 'day' }, cite, [day], paragraph(text), fields),
    ).toEqual([]);
    expect(
      checkDateAgainstSources(
        { date: '2019-10-31', precision: 'day' },
        undefined,
        [{ precision: 'month' }],
        paragraph(text),
        fields,
      ),
    ).toHaveLength(1);
  });

  it('treats a report citation without time words as undated', () => {
    const cite = { paragraph: 'p1', quote: '微信渠道订单占比稳定在25%以上' };
    expect(
      checkDateAgainstSources({ date: '2014', precision: 'year' }, cite, [], paragraph(text), fields),
    ).toHaveLength(1);
    expect(checkDateAgainstSources({ precision: 'undated' }, cite, [], paragraph(text), fields)).toEqual([]);
  });
});

describe('qualifiers as the source words them', () => {
  it('tells 25%以上 (at least) from 超过25% (over) and 约 (about)', () => {
    expect(checkBound({ value: 25, unit: 'percent', bound: 'at-least' }, '稳定在25%以上')).toBeUndefined();
    expect(checkBound({ value: 25, unit: 'percent', bound: 'over' }, '稳定在25%以上')).toMatch(/at-least/);
    expect(checkBound({ value: 8, unit: 'USD_bn' }, '京东估值约80亿美元')).toMatch(/about/);
    expect(checkBound({ value: 3.7, unit: 'USD_bn', bound: 'over' }, '投资浮盈超过37亿美元')).toBeUndefined();
  });
});

describe('numbers in event texts', () => {
  it('finds quantities with their units, without qualifiers', () => {
    expect(quantitiesOf('按发行价计市值约260亿美元；腾讯认购了5%的股份，2014年5月22日上市')).toEqual([
      '260亿美元',
      '5%',
    ]);
    expect(quantitiesOf('派发457,326,671股')).toEqual(['457326671股']);
  });

  it('needs each quantity of the title and summary stated by the report paragraph or a source’s supports', () => {
    const event = {
      title: '京东在纳斯达克上市',
      summary: '按发行价计市值约260亿美元；腾讯认购了5%的股份。',
      sources: [{ precision: 'day' as const, supports: ['约260亿美元'] }],
    };
    expect(checkEventNumbers(event, () => undefined)).toEqual([
      { field: 'summary', message: expect.stringMatching(/^5% has no source/) },
    ]);
    expect(
      checkEventNumbers({ ...event, report: { paragraph: 'p1', quote: 'x' } }, paragraph('获得5%')),
    ).toEqual([]);
    expect(
      checkEventNumbers(
        { ...event, sources: [{ precision: 'day', supports: ['约260亿美元', '5%', '19美元'] }] },
        () => undefined,
      ),
    ).toEqual([
      { field: 'sources[0].supports[2]', message: '"19美元" is not a number of the title or summary' },
    ]);
  });
});

describe('grid excerpts', () => {
  const guoTao =
    '知名天使投资人郭涛则认为，从京东视角看，不再续约有一定好处。一方面，能摆脱高额佣金支出。然而，弊端也不容忽视，短期内高客单价品类如家电的转化效率可能下滑。长期来看，这会推动京东进行供应链数字化改造。';

  it('accepts verbatim fragments in order, joined by ……', () => {
    expect(
      checkExcerpt(
        '从京东视角看，不再续约有一定好处……然而，弊端也不容忽视，短期内高客单价品类如家电的转化效率可能下滑。长期来看，这会推动京东进行供应链数字化改造',
        [guoTao],
      ),
    ).toBeUndefined();
  });

  it('rejects words that are not the opinion’s, or fragments out of order', () => {
    expect(checkExcerpt('不再续约有很大好处', [guoTao])).toMatch(/not the opinion's words/);
    expect(checkExcerpt('然而，弊端也不容忽视……不再续约有一定好处', [guoTao])).toMatch(/in order/);
  });

  it('rejects one side of a 好处…弊端 or 短期…长期 contrast that the paragraph completes', () => {
    expect(checkExcerpt('从京东视角看，不再续约有一定好处', [guoTao])).toMatch(
      /“好处…弊端” contrast: include the 弊端 side/,
    );
    expect(
      checkExcerpt(
        '从京东视角看，不再续约有一定好处……然而，弊端也不容忽视，短期内高客单价品类如家电的转化效率可能下滑',
        [guoTao],
      ),
    ).toMatch(/“短期…长期” contrast: include the 长期 side/);
    // A contrast the paragraph does not complete is no cut.
    expect(checkExcerpt('短期内将面临阵痛期', ['对京东而言，短期内将面临阵痛期。'])).toBeUndefined();
  });
});
