import { toTime } from '../dates.ts';
import {
  baseOption,
  eventMarks,
  placeEvents,
  plotObstacles,
  SYMBOL,
  timeAxis,
  timeRange,
  valueAxis,
  valueText,
} from './common.ts';
import { linearScale, lineObstacles, placeLabels, plotArea, type LabelRequest } from './labels.ts';
import { colourOf, type ChartTheme } from './theme.ts';
import type { BuiltChart, ChartInput, ChartLayout, LegendEntry } from './types.ts';

const MAIN_NAME = '年度GMV（亿元）';
const CHANNEL_NAME = '占比（%）';

/**
 * 京东GMV与移动/微信渠道, two panels: annual GMV as bars (one definition only, 2013–2016), and the channel
 * shares in % on a time axis, one line per basis (618-day shares joined; a quarter's share on its own).
 * Only dated percentages reach the channel panel (the figure lists the rest beside the chart). Value
 * labels go where they overlap nothing.
 */
export function buildGmvOption(input: ChartInput, theme: ChartTheme, layout: ChartLayout): BuiltChart {
  const main = input.series.filter((s) => s.panel === 'main');
  const channel = input.series.filter((s) => s.panel === 'channel');
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
      label: { show: true, position: 'top', color: theme.text, fontSize: theme.fontSize, textBorderWidth: 0 },
      data: years.map((y) => {
        const p = s.points.find((q) => q.date.startsWith(y));
        return p ? { value: p.value, label: { formatter: String(p.value) } } : null;
      }),
    });
    rows.push(years.map((y) => s.points.find((q) => q.date.startsWith(y))?.row ?? null));
  });

  // The channel panel: a time axis in %, events marked, labels placed around the lines and markers.
  const plot = plotArea(grids[1]!, layout);
  const [t0, t1] = timeRange('2014-01', '2016-12');
  const xOf = linearScale([t0, t1], [plot.x, plot.x + plot.w]);
  const yOf = linearScale([0, 100], [plot.y + plot.h, plot.y]);
  const marks = placeEvents(input.events, xOf, plot, theme.fontSize);
  const requests: LabelRequest[] = channel.flatMap((s) =>
    s.points.map((p) => ({
      id: p.row,
      text: valueText(p),
      x: xOf(toTime(p.date, p.precision)),
      y: yOf(p.value),
      symbolSize: s.points.length > 1 ? 7 : 9,
      prefer: ['top', 'right', 'left', 'bottom'],
    })),
  );
  const panel = {
    x: plot.x - 30,
    y: plot.y - 30,
    w: plot.w + 30 + (layout.width - plot.x - plot.w),
    h: plot.h + 60,
  };
  const lines = channel
    .filter((s) => s.points.length > 1)
    .flatMap((s) =>
      lineObstacles(s.points.map((p) => ({ x: xOf(toTime(p.date, p.precision)), y: yOf(p.value) }))),
    );
  const labels = placeLabels(
    requests,
    [...plotObstacles(plot, theme.fontSize, CHANNEL_NAME, marks), ...lines],
    panel,
    theme.fontSize,
  );

  channel.forEach((s, i) => {
    const key = `series.${(i + main.length) % theme.series.length}`;
    const colour = colourOf(theme, key);
    const line = s.points.length > 1;
    const claim = s.points[0]?.kind === 'report-claim';
    legend.push({
      series: s.id,
      colour: claim ? 'claim' : key,
      marker: claim ? 'diamond' : line ? 'circle' : 'square',
      line: line ? 'solid' : 'none',
    });
    series.push({
      type: line ? 'line' : 'scatter',
      name: s.name,
      xAxisIndex: 1,
      yAxisIndex: 1,
      symbol: claim ? SYMBOL['report-claim'] : line ? SYMBOL.sourced : 'rect',
      symbolSize: line ? 7 : 9,
      itemStyle: { color: claim ? theme.claim : colour },
      ...(line ? { lineStyle: { color: colour, width: 2 }, showAllSymbol: true } : {}),
      label: { color: theme.text, fontSize: theme.fontSize, textBorderWidth: 0 },
      data: s.points.map((p) => {
        const label = labels.get(p.row);
        return {
          value: [toTime(p.date, p.precision), p.value],
          label: label
            ? {
                show: true,
                formatter: valueText(p),
                position: label.position,
                distance: label.distance,
                offset: label.offset,
              }
            : { show: false },
        };
      }),
      ...(i === 0 && marks.length ? { markLine: eventMarks(theme, marks) } : {}),
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
        valueAxis(theme, MAIN_NAME, 0),
        valueAxis(theme, CHANNEL_NAME, 1, { min: 0, max: 100, interval: 25 }),
      ],
      series,
    },
    rows,
  };
}
