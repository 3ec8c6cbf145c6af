import { baseOption, eventMarks, SYMBOL, timeAxis, toTime, valueAxis, valueText } from './common.ts';
import { colourOf, type ChartTheme } from './theme.ts';
import type { BuiltChart, ChartInput, ChartLayout } from './types.ts';

/**
 * 腾讯持有京东股份比例: a step line per series (pre-IPO and post-IPO are separate series so that the
 * unknown level right after the IPO is not drawn), every point labelled, events as vertical marks.
 */
export function buildStakeOption(input: ChartInput, theme: ChartTheme, layout: ChartLayout): BuiltChart {
  const marks = eventMarks(theme, input.events);
  const series = input.series.map((s, i) => {
    const key = s.points[0]?.kind === 'report-claim' ? 'claim' : `series.${i % theme.series.length}`;
    const colour = colourOf(theme, key);
    return {
      type: 'line',
      name: s.name,
      step: 'end',
      symbol: SYMBOL[s.points[0]?.kind ?? 'sourced'],
      symbolSize: 8,
      lineStyle: { color: colour, width: 2.5 },
      itemStyle: { color: colour },
      label: { show: true, color: theme.text, fontSize: theme.fontSize, position: 'top' },
      data: s.points.map((p, j) => ({
        value: [toTime(p.date, p.precision), p.value],
        // 17% and 2.3% are two days apart: put the second label below its point.
        label: {
          formatter: valueText(p),
          position:
            j > 0 && s.points[j - 1]!.value - p.value > 5
              ? 'bottom'
              : layout.narrow && j % 2
                ? 'bottom'
                : 'top',
        },
      })),
      ...(i === 0 && marks ? { markLine: marks } : {}),
    };
  });
  return {
    option: {
      ...baseOption(theme),
      grid: { left: layout.narrow ? 36 : 44, right: layout.narrow ? 12 : 24, top: 36, bottom: 28 },
      xAxis: timeAxis(theme, '2014-01', '2025-12'),
      yAxis: valueAxis(theme, '持股比例（%）', 0, { min: 0, max: 25, interval: 5 }),
      series,
    },
    rows: input.series.map((s) => s.points.map((p) => p.row)),
    legend: input.series.map((s, i) => {
      const claim = s.points[0]?.kind === 'report-claim';
      return {
        series: s.id,
        colour: claim ? 'claim' : `series.${i % theme.series.length}`,
        marker: claim ? 'diamond' : 'circle',
        line: s.points.length > 1 ? 'solid' : 'none',
      };
    }),
  };
}
