/** The checks that keep the site from saying more than its sources (src/model/checks/claims.ts). */
import { describe, expect, it } from 'vitest';
import {
  checkBound,
  checkDateAgainstSources,
  checkEventNumbers,
  checkExcerpt,
  checkIntroduction,
  quantitiesOf,
} from '../../src/model/checks/claims.ts';
import { editionChanges } from '../../src/lib/content/edition.ts';

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

describe('qualifiers of event numbers', () => {
  const event = { title: '持股降至2.3%', summary: '持股由约17%降至2.3%', sources: [] };
  const cite = { paragraph: 'p1', quote: 'x' };

  it('rejects a qualifier the cited words do not put on the number', () => {
    expect(checkEventNumbers({ ...event, report: cite }, paragraph('持股比例从17%降至2.3%'))).toEqual([
      { field: 'summary', message: '约17% is qualified as “约”; its source says 17%' },
    ]);
  });

  it('rejects a plain number where the source says 约, in the note too', () => {
    expect(
      checkEventNumbers(
        { ...event, summary: '持股由17%降至2.3%', note: '此前约17%', report: cite },
        paragraph('持股比例从约17%降至2.3%'),
      ).map((e) => e.field),
    ).toEqual(['summary']);
    expect(
      checkEventNumbers(
        { ...event, report: cite, note: '另有25%的数据' },
        paragraph('持股比例从约17%降至2.3%'),
      ),
    ).toEqual([]);
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

describe('checkIntroduction: titles and name as the source writes them, the titles whole', () => {
  // Lines of the test fixture's real article (中国经营报, 2017) and of the first report.
  const source = [
    '对此情况，中国电子商务研究中心主任曹磊表示，天猫发起的这个“双十一”购物节，对商家来讲，理论上是要求半价的。',
    '据美克国际家居用品股份有限公司副总经理赵晶介绍，“恣在家Zest Home”是基于模块化自定制设计的互联网线上品牌。',
  ].join('\n');

  it('accepts the whole title, after a clause’s start or a word such as 据', () => {
    expect(checkIntroduction(source, ['中国电子商务研究中心主任'], '曹磊')).toBeUndefined();
    expect(checkIntroduction(source, ['美克国际家居用品股份有限公司副总经理'], '赵晶')).toBeUndefined();
  });

  it('refuses part of a longer title, another report’s title, a missing title and an absent name', () => {
    expect(checkIntroduction(source, ['电子商务研究中心主任'], '曹磊')).toMatch(
      /"电子商务研究中心主任曹磊" is only part of a longer title in the source \("中国电子商务研究中心主任曹磊"\)/,
    );
    expect(checkIntroduction(source, ['网经社电子商务研究中心主任'], '曹磊')).toMatch(
      /never introduces the expert as "网经社电子商务研究中心主任曹磊" \(it writes: "中国电子商务研究中心主任曹磊"\)/,
    );
    expect(checkIntroduction(source, [], '曹磊')).toMatch(/introduces "曹磊" with a title/);
    expect(checkIntroduction(source, ['主任'], '高攀')).toBe('"高攀" does not occur in the source');
  });
});

describe('editionChanges: what the edition changed, from the source and the article', () => {
  it('names only what was changed', () => {
    const changes = editionChanges({
      pairs: [
        ['欲借“双十一”加速新零售布局;而 罗莱家纺', '欲借“双十一”加速新零售布局；而罗莱家纺'],
        ['企业拿销量换市场的做法也屡见不鲜.', '企业拿销量换市场的做法也屡见不鲜。'],
      ],
      headline: true,
      creditRoles: [],
      dateline: false,
      omittedImages: false,
      urls: false,
      sic: false,
    });
    expect(changes).toEqual([
      '原文的标题移到了页首',
      '统一了中文标点的全角与半角（半角的分号改为全角，句末的半角句点改为“。”）',
      '删去了多余的空格',
      '为章节、段落加了可链接的锚点',
    ]);
    expect(
      editionChanges({
        pairs: [['(网经社讯)9月30日,"京东购物"', '（网经社讯）9月30日，“京东购物”']],
        headline: false,
        creditRoles: ['出品', '撰写'],
        dateline: false,
        omittedImages: true,
        urls: true,
        sic: true,
      }),
    ).toEqual([
      '原文的署名行（出品、撰写）移到了页首',
      '统一了中文标点的全角与半角（半角的括号、逗号改为全角，直引号改为“”）',
      '原文配图未收录，保留其图注并标明“配图未收录”',
      '为章节、段落加了可链接的锚点，正文中的网址做成了链接',
      '原文的错字照录，只在专家信息中标注“原文如此”及应有的写法',
    ]);
  });
});
