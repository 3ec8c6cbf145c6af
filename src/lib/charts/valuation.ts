import { baseOption, eventMarks, SYMBOL, timeAxis, toTime, valueAxis, valueText } from './common.ts';
import { colourOf, type ChartTheme } from './theme.ts';
import type { BuiltChart, ChartInput, ChartLayout, ChartSeries, LegendEntry } from './types.ts';

/**
 * 京东估值与市值: the sourced market-cap series as a line with dots, the IPO valuation as a dot, and the
 * report's claims as hollow diamonds in the claim colour, each labelled "报告：…".
 */
export function buildValuationOption(input: ChartInput, theme: ChartTheme, layout: ChartLayout): BuiltChart {
  const marks = eventMarks(theme, input.events);
  let sourcedIndex = 0;
  const legend: LegendEntry[] = [];
  const build = (s: ChartSeries, i: number) => {
    const claim = s.points[0]?.kind === 'report-claim';
    const key = claim ? 'claim' : `series.${sourcedIndex++ % theme.series.length}`;
    const colour = colourOf(theme, key);
    const line = !claim && s.points.length > 1;
    legend.push({
      series: s.id,
      colour: key,
      marker: claim ? 'diamond' : 'circle',
      line: line ? 'solid' : 'none',
    });
    return {
      type: line ? 'line' : 'scatter',
      name: s.name,
      symbol: SYMBOL[claim ? 'report-claim' : 'sourced'],
      symbolSize: claim ? 11 : 7,
      itemStyle: { color: colour, borderColor: colour, borderWidth: claim ? 2 : 0 },
      ...(line ? { lineStyle: { color: colour, width: 2 } } : {}),
      label: { show: false, color: claim ? theme.claim : theme.text, fontSize: theme.fontSize },
      data: s.points.map((p) => {
        // Label the claims, the IPO and the extremes of the sourced line; the table has every value.
        const extreme =
          line &&
          (p.value === Math.max(...s.points.map((q) => q.value)) || p === s.points[s.points.length - 1]);
        // Claims near zero crowd the axis: the smallest (Tencent's cash, 2.15亿美元) is left to the
        // legend and table, and phones label only claims of 100亿美元 or more.
        const small = claim && p.value < 10;
        const show = claim ? !small && !(layout.narrow && p.value < 100) : !line || extreme;
        return {
          value: [toTime(p.date, p.precision), p.value],
          label: {
            show,
            formatter: claim ? `报告：${valueText(p)}` : valueText(p),
            position: claim && p.value < 100 ? 'right' : 'top',
            ...(claim && p.value >= 50 && p.value < 100 ? { position: 'top', offset: [36, 0] } : {}),
          },
        };
      }),
      ...(i === 0 && marks ? { markLine: marks } : {}),
    };
  };
  const series = input.series.map(build);
  return {
    legend,
    option: {
      ...baseOption(theme),
      grid: { left: layout.narrow ? 40 : 48, right: layout.narrow ? 16 : 28, top: 36, bottom: 28 },
      xAxis: timeAxis(theme, '2014-01', '2025-12'),
      yAxis: valueAxis(theme, '亿美元'),
      series,
    },
    rows: input.series.map((s) => s.points.map((p) => p.row)),
  };
}
