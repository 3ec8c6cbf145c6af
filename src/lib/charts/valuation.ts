import { toTime } from '../dates.ts';
import {
  baseOption,
  eventMarks,
  niceMax,
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

const Y_NAME = '亿美元';

/**
 * 京东估值与市值: the sourced market-cap series as a line with dots, single sourced values (estimates,
 * the IPO valuation) as dots, and the report's claims as hollow diamonds in the claim colour, labelled
 * “报告：…”. Labels go, in order of importance (claims, single values, the line's peak and last value),
 * wherever they overlap nothing; the table has every value.
 */
export function buildValuationOption(input: ChartInput, theme: ChartTheme, layout: ChartLayout): BuiltChart {
  const grid = { left: layout.narrow ? 40 : 48, right: layout.narrow ? 16 : 28, top: 36, bottom: 28 };
  const plot = plotArea(grid, layout);
  const [t0, t1] = timeRange('2014-01', '2025-12');
  const all = input.series.flatMap((s) => s.points.map((p) => p.value));
  const y = niceMax(Math.max(...all, 1));
  const xOf = linearScale([t0, t1], [plot.x, plot.x + plot.w]);
  const yOf = linearScale([0, y.max], [plot.y + plot.h, plot.y]);
  const marks = placeEvents(input.events, xOf, plot, theme.fontSize);

  const isClaim = (s: ChartInput['series'][number]) => s.points[0]?.kind === 'report-claim';
  // A series of three or more observations is a line; one or two values (an estimate, the IPO) are dots.
  const isLine = (s: ChartInput['series'][number]) => !isClaim(s) && s.points.length > 2;
  const text = (s: ChartInput['series'][number], p: ChartInput['series'][number]['points'][number]) =>
    isClaim(s) ? `报告：${valueText(p)}` : valueText(p);
  const request = (s: ChartInput['series'][number], p: (typeof s.points)[number]): LabelRequest => ({
    id: p.row,
    text: text(s, p),
    x: xOf(toTime(p.date, p.precision)),
    y: yOf(p.value),
    symbolSize: isClaim(s) ? 11 : 7,
    prefer: ['top', 'right', 'left', 'bottom'],
  });
  const requests = [
    ...input.series.filter(isClaim).flatMap((s) => s.points.map((p) => request(s, p))),
    ...input.series
      .filter((s) => !isClaim(s) && !isLine(s))
      .flatMap((s) => s.points.map((p) => request(s, p))),
    ...input.series.filter(isLine).flatMap((s) => {
      const peak = s.points.reduce((a, b) => (b.value > a.value ? b : a));
      const last = s.points[s.points.length - 1]!;
      return [...new Set([peak, last])].map((p) => request(s, p));
    }),
  ];
  const lines = input.series
    .filter(isLine)
    .flatMap((s) =>
      lineObstacles(s.points.map((p) => ({ x: xOf(toTime(p.date, p.precision)), y: yOf(p.value) }))),
    );
  const labels = placeLabels(
    requests,
    [...plotObstacles(plot, theme.fontSize, Y_NAME, marks), ...lines],
    { x: 0, y: 0, w: layout.width, h: layout.height },
    theme.fontSize,
  );

  let sourcedIndex = 0;
  const legend: LegendEntry[] = [];
  const series = input.series.map((s, i) => {
    const claim = isClaim(s);
    const key = claim ? 'claim' : `series.${sourcedIndex++ % theme.series.length}`;
    const colour = colourOf(theme, key);
    const line = isLine(s);
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
      ...(line ? { lineStyle: { color: colour, width: 2 }, showAllSymbol: true } : {}),
      label: { color: claim ? theme.claim : theme.text, fontSize: theme.fontSize, textBorderWidth: 0 },
      data: s.points.map((p) => {
        const label = labels.get(p.row);
        return {
          value: [toTime(p.date, p.precision), p.value],
          label: label
            ? {
                show: true,
                formatter: text(s, p),
                position: label.position,
                distance: label.distance,
                offset: label.offset,
              }
            : { show: false },
        };
      }),
      ...(i === 0 && marks.length ? { markLine: eventMarks(theme, marks) } : {}),
    };
  });
  return {
    legend,
    option: {
      ...baseOption(theme),
      grid,
      xAxis: timeAxis(theme, '2014-01', '2025-12'),
      yAxis: valueAxis(theme, Y_NAME, 0, { min: 0, max: y.max, interval: y.interval }),
      series,
    },
    rows: input.series.map((s) => s.points.map((p) => p.row)),
  };
}
