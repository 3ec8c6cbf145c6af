import { describe, expect, it } from 'vitest';
import { drawnFigure } from '../../src/charts/index.ts';
import {
  describeFigure,
  figureCsv,
  pointsOf,
  publicSources,
  reportParagraphs,
} from '../../src/lib/figures.ts';
import { loadFigure } from '../helpers/figures.ts';

describe('figure exports', () => {
  const stake = loadFigure('fig-stake');
  const valuation = loadFigure('fig-valuation');

  it('names rows by series and date, so new data never takes an existing id, and converts values', () => {
    const points = pointsOf(stake);
    expect(points.map((p) => p.row)).toEqual([
      'fig-stake-stake-pre-ipo-2014-03-10',
      'fig-stake-stake-post-ipo-2017',
      'fig-stake-stake-post-ipo-2020-06',
      'fig-stake-stake-post-ipo-2021-12-21',
      'fig-stake-stake-post-ipo-2021-12-23',
    ]);
    expect(
      pointsOf(loadFigure('fig-gmv'))
        .filter((p) => p.series === 'report-channel')
        .map((p) => p.row),
    ).toEqual([
      'fig-gmv-report-channel-undated',
      'fig-gmv-report-channel-2014-06',
      'fig-gmv-report-channel-undated-2',
    ]);
    expect(points.map((p) => p.valueText)).toEqual(['15%', '18.1%', '17.8%', '约17%', '2.3%']);
    expect(points[0]!.dateText).toBe('2014年3月10日');
    expect(points[1]!.dateText).toBe('2017年');
    const ipo = pointsOf(valuation).find((p) => p.series === 'ipo')!;
    expect([ipo.displayValue, ipo.displayUnit, ipo.valueText]).toEqual([260, '亿美元', '约260亿美元']);
  });

  it('keeps every point’s source, and links report claims to their paragraph', () => {
    const claim = pointsOf(valuation).find((p) => p.kind === 'report-claim')!;
    expect(claim.source).toMatchObject({
      type: 'report',
      paragraph: 'cooperation-history-p3',
      href: '/#cooperation-history-p3',
      paragraphText: '“十年合作历程”第3段',
    });
    expect(reportParagraphs(valuation).map((p) => p.paragraph)).toEqual([
      'cooperation-history-p3',
      'cooperation-history-p1',
    ]);
    expect(publicSources(valuation).map((s) => [s.publisherText, s.typeLabel])).toEqual([
      ['stockanalysis.com', '第三方数据'],
      ['彭博社（Newsmax 转载）', '媒体报道（转载）'],
      ['Internet Retailer', '媒体报道'],
      ['Bloomberg', '媒体报道'],
    ]);
    // A copy that shows no title is described by us, and says so.
    expect(publicSources(valuation)[1]!.titleText).toBe('关于京东在美国上市的彭博社通讯稿（本站描述）');
  });

  it('keeps undated claims off the chart and says so; lists values the chart does not draw', () => {
    const gmv = loadFigure('fig-gmv');
    const undated = pointsOf(gmv).filter((p) => p.precision === 'undated');
    expect(undated.map((p) => [p.dateText, p.valueText, p.plotted, p.notPlottedReason])).toEqual([
      ['未注明时间', '25%以上', false, '未注明时间'],
      ['未注明时间', '超过5亿用户', false, '未注明时间'],
    ]);
    const times = pointsOf(gmv).find((p) => p.unit === 'times')!;
    expect([times.dateText, times.plotted, times.notPlottedReason]).toEqual([
      '2014年6月',
      false,
      '单位为倍，与图中数值的单位不同',
    ]);
    const tencent = pointsOf(valuation).filter((p) => p.series === 'report-tencent');
    expect(tencent.map((p) => [p.valueText, p.plotted])).toEqual([
      ['约2.15亿美元', false],
      ['超过37亿美元', false],
    ]);
    const input = drawnFigure(gmv);
    expect(
      input.series.flatMap((s) => s.points).every((p) => p.displayUnit === '%' || p.displayUnit === '亿元'),
    ).toBe(true);
    expect(input.series.map((s) => s.id)).not.toContain('report-channel');
  });

  it('writes CSV as UTF-8 with a byte-order mark, CRLF and quoted cells', () => {
    const csv = figureCsv(valuation, 'https://example.org');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '行,序列,说明,日期,日期精度,日期依据,数值,单位,原始数值,原始单位,限定,类型,图中绘出,来源,来源标题,来源链接,来源日期,来源类型,数据核实,原文,原文时间用语,备注,图表整理,更正',
    );
    // Every row credits the site that compiled the figure, not the report's publisher (then 更正: none
    // names this figure).
    expect(valuation.corrections).toEqual([]);
    expect(
      lines
        .slice(1, -1)
        .every((l) => l.endsWith(`,${valuation.compiledBy.name}（${valuation.compiledBy.publisher}）,`)),
    ).toBe(true);
    expect(lines).toHaveLength(pointsOf(valuation).length + 2); // header, rows, final empty line
    const claim = lines.find((l) => l.startsWith('fig-valuation-report-valuation-2014-03,'))!;
    expect(claim).toContain(',2014-03,月,,80,亿美元,8,USD_bn,约…,报告说法,是,');
    expect(claim).toContain('https://example.org/#cooperation-history-p3');
    expect(claim).toContain(',2014年3月入股时,');
    // Undated claims say so; without a site address the link is site-relative.
    const gmv = figureCsv(loadFigure('fig-gmv'));
    expect(gmv).toContain(
      'fig-gmv-report-channel-undated,报告所述微信渠道数据,微信渠道订单占比（报告）,未注明时间,未注明时间,,25,%',
    );
    expect(gmv).toContain(',否：未注明时间,');
    expect(gmv).toContain(',/#cooperation-history-p3,');
    // A cell with a comma is quoted.
    expect(figureCsv(stake)).toContain(',"推算：派发的457,326,671股');
  });

  it('describes the figure in words for screen readers', () => {
    const text = describeFigure(stake);
    expect(text).toMatch(/^图1：腾讯持有京东股份比例。/);
    expect(text).toContain('2014年3月10日15%');
    expect(text).toContain('2021年12月23日2.3%');
    expect(text).toContain('竖虚线标出入口上线（2014年5月27日）');
    const gmv = describeFigure(loadFigure('fig-gmv'));
    expect(gmv).toContain('图中未绘：微信渠道订单占比（报告）25%以上（未注明时间）');
    expect(gmv).toContain('2014年第四季度36%');
  });
});
