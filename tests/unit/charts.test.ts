import { describe, expect, it } from 'vitest';
import { toTime } from '../../src/lib/dates.ts';
import { buildChart, drawnFigure, layoutOf } from '../../src/charts/index.ts';
import { inlineSvg, renderSvg } from '../../src/charts/ssr.ts';
import { LIGHT } from '../../src/charts/theme.ts';
import { pointsOf } from '../../src/lib/figures.ts';
import { allFigures, loadFigure } from '../helpers/figures.ts';

type Obj = Record<string, unknown>;
const series = (o: Obj) => o.series as Obj[];
const values = (s: Obj) =>
  (s.data as Array<{ value: unknown } | null>).map((d) =>
    d === null ? null : Array.isArray(d.value) ? d.value[1] : d.value,
  );

function hasFunction(v: unknown): boolean {
  if (typeof v === 'function') return true;
  if (v && typeof v === 'object') return Object.values(v).some(hasFunction);
  return false;
}

describe.each(allFigures())('%s option', (_key, fig) => {
  const id = fig.id;
  for (const variant of ['wide', 'narrow'] as const) {
    const input = drawnFigure(fig);
    const layout = layoutOf(input, variant);
    const built = buildChart(input, LIGHT, layout);

    it(`${variant}: is plain data that survives JSON`, () => {
      expect(hasFunction(built.option)).toBe(false);
      expect(JSON.parse(JSON.stringify(built.option))).toEqual(built.option);
    });

    it(`${variant}: maps every drawn datum to a table row`, () => {
      series(built.option).forEach((s, i) => {
        const rows = built.rows[i]!;
        expect(rows).toHaveLength((s.data as unknown[]).length);
        rows.forEach((row, j) => {
          if ((s.data as unknown[])[j] !== null) expect(row).toMatch(new RegExp(`^${id}-[a-z0-9-]+$`));
        });
      });
    });

    it(`${variant}: renders to SVG with the values as text`, () => {
      const svg = inlineSvg(renderSvg(built.option, layout.width, layout.height), `${id}-${variant}`);
      expect(svg).toMatch(/^<svg class="chart-svg" aria-hidden="true"/);
      expect(svg).not.toMatch(/zr\d+-/);
      expect(svg).not.toContain('<style');
      // ECharts' metadata attributes (invalid HTML) became data-* on the hoverable points: each names a
      // drawn datum with a table row, and every datum with a row can be hovered.
      expect(svg).not.toContain('ecmeta_');
      const points = [...svg.matchAll(/ data-series-index="(\d+)" data-data-index="(\d+)"/g)].map(
        (m) => built.rows[Number(m[1])]?.[Number(m[2])],
      );
      expect(points.length).toBeGreaterThan(0);
      for (const row of points) expect(row).toMatch(new RegExp(`^${id}-[a-z0-9-]+$`));
      expect(new Set(points)).toEqual(new Set(built.rows.flat().filter(Boolean)));
      // No text below 11 px at the chart's natural size.
      const sizes = [...svg.matchAll(/font(?:-size:|: normal normal )(\d+(?:\.\d+)?)px/g)].map((m) =>
        Number(m[1]),
      );
      expect(sizes.length).toBeGreaterThan(5);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      // Every value label is a value as the table gives it, every digit kept (9.97 is never 9.9).
      const texts = new Set(
        pointsOf(fig).flatMap((p) => [p.valueText, `${fig.publication.noun}：${p.valueText}`]),
      );
      const labels = [...svg.matchAll(/<text\b[^>]*>([^<]*\d[^<]*(?:%|亿|万|倍)[^<]*)<\/text>/g)].map(
        (m) => m[1]!,
      );
      for (const label of labels) expect(texts, label).toContain(label);
    });
  }
});

describe('the stake chart', () => {
  const fig = loadFigure('fig-stake');
  const { option } = buildChart(drawnFigure(fig), LIGHT, layoutOf(drawnFigure(fig), 'wide'));

  it('joins only observations close in time: no line across years without data', () => {
    // Lone observations are markers; only the run of two (the drop) is a step line.
    expect(series(option).map((s) => [s.type, s.step])).toEqual([
      ['scatter', undefined],
      ['scatter', undefined],
      ['scatter', undefined],
      ['line', 'end'],
    ]);
    // Pre-IPO 15%, then 18.1% (2017) and 17.8% (2020) each on their own, then the two-day drop 17%→2.3%.
    expect(series(option).map(values)).toEqual([[15], [18.1], [17.8], [17, 2.3]]);
  });

  it('labels every point', () => {
    const labels = series(option).flatMap((s) =>
      (s.data as Array<{ label: { show: boolean; formatter?: string } }>).map((d) => d.label),
    );
    expect(labels.every((l) => l.show)).toBe(true);
    expect(labels.map((l) => l.formatter)).toEqual(['15%', '18.1%', '17.8%', '约17%', '2.3%']);
  });

  it('marks the entry’s launch and closure', () => {
    const marks = (
      series(option)[0]!.markLine as { data: Array<{ xAxis: number; label: { formatter: string } }> }
    ).data;
    expect(marks.map((m) => m.xAxis)).toEqual([toTime('2014-05-27', 'day'), toTime('2025-09-30', 'day')]);
    expect(marks.map((m) => m.label.formatter)).toEqual(['入口上线', '入口关闭']);
  });
});

describe('the valuation chart', () => {
  const fig = loadFigure('fig-valuation');
  const { option, legend } = buildChart(drawnFigure(fig), LIGHT, layoutOf(drawnFigure(fig), 'wide'));

  it('draws report claims differently from sourced figures', () => {
    const byName = new Map(series(option).map((s) => [s.name, s]));
    const claim = byName.get('报告所述估值/市值')!;
    const sourced = byName.get('京东市值（第三方数据）')!;
    expect([claim.symbol, (claim.itemStyle as Obj).color]).toEqual(['emptyDiamond', LIGHT.claim]);
    expect(sourced.symbol).toBe('circle');
    expect((sourced.itemStyle as Obj).color).not.toBe(LIGHT.claim);
    expect(values(claim)).toEqual([80, 454]);
    expect(values(byName.get('按IPO发行价计算的市值')!)).toEqual([260]);
    expect(values(sourced)).toContain(1360.8);
    expect(legend.filter((l) => l.colour === 'claim').map((l) => l.marker)).toEqual(['diamond']);
  });

  it('keeps Tencent’s cash and paper gain off the valuation axis', () => {
    expect(series(option).map((s) => s.name)).not.toContain('腾讯的投资与浮盈（报告所述）');
    expect(series(option).flatMap(values)).not.toContain(2.15);
    expect(series(option).flatMap(values)).not.toContain(37);
  });
});

describe('the GMV chart', () => {
  const fig = loadFigure('fig-gmv');
  const { option } = buildChart(drawnFigure(fig), LIGHT, layoutOf(drawnFigure(fig), 'wide'));

  it('draws 2013–2016 GMV as bars and the channel shares on their own panel', () => {
    const [bars, ...rest] = series(option);
    expect(bars!.type).toBe('bar');
    expect(values(bars!)).toEqual([1255, 2602, 4627, 6582]);
    expect((option.xAxis as Obj[])[0]!.data as string[]).toEqual(['2013', '2014', '2015', '2016']);
    const day618 = rest.find((s) => s.name === '618当天移动端订单占比（全部移动渠道）')!;
    expect(values(day618)).toEqual([25, 60, 85]);
    expect(day618.xAxisIndex).toBe(1);
  });

  it('never joins a quarterly share with the 618-day shares: one line per basis', () => {
    const quarter = series(option).find((s) => s.name === '季度移动端订单占比（全部移动渠道）')!;
    expect([quarter.type, values(quarter)]).toEqual(['scatter', [36]]);
  });

  it('plots no undated claim and no claim in other units', () => {
    expect(series(option).map((s) => s.name)).not.toContain('报告所述微信渠道数据');
    expect(JSON.stringify(option)).not.toMatch(/亿用户|倍|markLine":\{[^}]*yAxis/);
  });
});
