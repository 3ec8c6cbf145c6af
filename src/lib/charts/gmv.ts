import { baseOption, eventMarks, SYMBOL, timeAxis, toTime, valueAxis, valueText } from './common.ts';
import { colourOf, type ChartTheme } from './theme.ts';
import type { BuiltChart, ChartInput, ChartLayout, LegendEntry } from './types.ts';

/**
 * 京东GMV与移动/微信渠道, two panels: annual GMV as bars (one definition only, 2013–2016), and the channel
 * shares in % on a time axis. A percentage claim of the report with only a year is drawn as a dashed
 * horizontal line across the panel, not as a dated point. Claims in other units (倍, 亿用户) are not
 * plottable here; the figure lists them beside the chart.
 */
export function buildGmvOption(input: ChartInput, theme: ChartTheme, layout: ChartLayout): BuiltChart {
  const main = input.series.filter((s) => s.panel === 'main');
  // Only percentages go on the channel panel; a series left without points is not drawn.
  const channel = input.series
    .filter((s) => s.panel === 'channel')
    .map((s) => ({ ...s, points: s.points.filter((p) => p.unit === '%') }))
    .filter((s) => s.points.length > 0);
  const grids = layout.narrow
    ? [
        { left: 44, right: 12, top: 34, height: layout.height / 2 - 64 },
        { left: 44, right: 12, top: layout.height / 2 + 34, bottom: 28 },
      ]
    : [
        { left: 52, width: layout.width / 2 - 84, top: 36, bottom: 28 },
        { left: layout.width / 2 + 36, right: 16, top: 36, bottom: 28 },
      ];
  const years = [...new Set(main.flatMap((s) => s.points.map((p) => p.date.slice(0, 4))))].sort();
  const rows: Array<Array<string | null>> = [];
  const legend: LegendEntry[] = [];
  const series: Record<string, unknown>[] = [];

  main.forEach((s, i) => {
    const key = `series.${i % theme.series.length}`;
    const colour = colourOf(theme, key);
    legend.push({ series: s.id, colour: key, marker: 'bar', line: 'none' });
    series.push({
      type: 'bar',
      name: s.name,
      xAxisIndex: 0,
      yAxisIndex: 0,
      barMaxWidth: 36,
      itemStyle: { color: colour },
      label: { show: true, position: 'top', color: theme.text, fontSize: theme.fontSize },
      data: years.map((y) => {
        const p = s.points.find((q) => q.date.startsWith(y));
        return p ? { value: p.value, label: { formatter: String(p.value) } } : null;
      }),
    });
    rows.push(years.map((y) => s.points.find((q) => q.date.startsWith(y))?.row ?? null));
  });

  const marks = eventMarks(theme, input.events);
  let sourcedIndex = 0;
  channel.forEach((s) => {
    const claim = s.points[0]?.kind === 'report-claim';
    if (claim) {
      legend.push({ series: s.id, colour: 'claim', marker: 'none', line: 'dashed' });
      // Undated (year-only) percentage claims: a dashed line across the panel.
      series.push({
        type: 'line',
        name: s.name,
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: [],
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.claim, type: 'dashed', width: 2 },
          label: {
            color: theme.claim,
            fontSize: theme.fontSize,
            position: 'insideEndTop',
            formatter: layout.narrow ? '报告：微信渠道≥25%' : '报告：微信渠道订单占比“稳定在25%以上”',
          },
          data: s.points.map((p) => ({ yAxis: p.value })),
        },
      });
      rows.push([]);
      return;
    }
    const key = `series.${(sourcedIndex++ + main.length) % theme.series.length}`;
    const colour = colourOf(theme, key);
    const line = s.points.length > 1;
    legend.push({
      series: s.id,
      colour: key,
      marker: line ? 'circle' : 'square',
      line: line ? 'solid' : 'none',
    });
    series.push({
      type: line ? 'line' : 'scatter',
      name: s.name,
      xAxisIndex: 1,
      yAxisIndex: 1,
      symbol: line ? SYMBOL.sourced : 'rect',
      symbolSize: line ? 7 : 9,
      itemStyle: { color: colour },
      ...(line ? { lineStyle: { color: colour, width: 2 } } : {}),
      label: { show: true, color: theme.text, fontSize: theme.fontSize, position: line ? 'top' : 'bottom' },
      data: s.points.map((p) => ({
        value: [toTime(p.date, p.precision), p.value],
        label: { formatter: valueText(p) },
      })),
      ...(sourcedIndex === 1 && marks ? { markLine: marks } : {}),
    });
    rows.push(s.points.map((p) => p.row));
  });

  return {
    legend,
    option: {
      ...baseOption(theme),
      grid: grids,
      xAxis: [
        {
          type: 'category',
          gridIndex: 0,
          data: years,
          axisLine: { lineStyle: { color: theme.muted } },
          axisTick: { show: false },
          axisLabel: { color: theme.muted, fontSize: theme.fontSize },
        },
        timeAxis(theme, '2014-01', '2016-12', 1),
      ],
      yAxis: [
        valueAxis(theme, '年度GMV（亿元）', 0),
        valueAxis(theme, '占比（%）', 1, { min: 0, max: 100, interval: 25 }),
      ],
      series,
    },
    rows,
  };
}
