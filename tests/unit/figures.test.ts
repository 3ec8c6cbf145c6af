import { describe, expect, it } from 'vitest';
import {
  describeFigure,
  figureCsv,
  pointsOf,
  publicSources,
  reportParagraphs,
} from '../../src/lib/figures.ts';
import { loadFigure } from '../helpers/figures.ts';

describe('figure exports', () => {
  const stake = loadFigure('fig-stake', 1);
  const valuation = loadFigure('fig-valuation', 3);

  it('numbers the rows and converts values for readers', () => {
    const points = pointsOf(stake);
    expect(points.map((p) => p.row)).toEqual([
      'fig-stake-1',
      'fig-stake-2',
      'fig-stake-3',
      'fig-stake-4',
      'fig-stake-5',
    ]);
    expect(points.map((p) => p.valueText)).toEqual(['15%', '18.1%', '17.8%', '约17%', '2.3%']);
    expect(points[0]!.dateText).toBe('2014年3月10日');
    expect(points[1]!.dateText).toBe('2017年3月');
    const ipo = pointsOf(valuation).find((p) => p.series === 'ipo')!;
    expect([ipo.displayValue, ipo.displayUnit, ipo.valueText]).toEqual([260, '亿美元', '约260亿美元']);
  });

  it('keeps every point’s source, and links report claims to their paragraph', () => {
    const claim = pointsOf(valuation).find((p) => p.kind === 'report-claim')!;
    expect(claim.source).toMatchObject({
      type: 'report',
      paragraph: 'cooperation-history-p3',
      href: '/#cooperation-history-p3',
    });
    expect(reportParagraphs(valuation)).toEqual(['cooperation-history-p3', 'cooperation-history-p1']);
    expect(publicSources(valuation).map((s) => s.publisher)).toEqual([
      'Newsmax (Bloomberg)',
      'stockanalysis.com',
    ]);
  });

  it('writes CSV as UTF-8 with a byte-order mark, CRLF and quoted cells', () => {
    const csv = figureCsv(valuation, 'https://example.org');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '行,序列,说明,日期,日期精度,数值,单位,原始数值,原始单位,限定,类型,来源,来源标题,来源链接,来源日期,可信度,报告原文,备注',
    );
    expect(lines).toHaveLength(pointsOf(valuation).length + 2); // header, rows, final empty line
    expect(lines.find((l) => l.startsWith('fig-valuation-1,'))).toContain(',80,亿美元,8,USD_bn,约,报告说法,');
    expect(lines.find((l) => l.startsWith('fig-valuation-1,'))).toContain(
      'https://example.org/#cooperation-history-p3',
    );
    // A cell with a comma is quoted.
    expect(figureCsv(stake)).toContain(',"推算：派发的457,326,671股');
  });

  it('describes the figure in words for screen readers', () => {
    const text = describeFigure(stake);
    expect(text).toMatch(/^图1：腾讯持有京东股份比例。/);
    expect(text).toContain('2014年3月10日15%');
    expect(text).toContain('2021年12月23日2.3%');
    expect(text).toContain('入口上线（2014年5月27日）');
  });
});
