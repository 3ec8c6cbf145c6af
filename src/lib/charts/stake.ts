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
import type { BuiltChart, ChartInput, ChartLayout, ChartPoint } from './types.ts';

/** Observations further apart than this are not joined: a line between them would show data there is none of. */
const MAX_GAP_MS = 92 * 24 * 3600 * 1000;

const Y_NAME = '持股比例（%）';
const Y_MAX = 25;

/**
 * 腾讯持有京东股份比例: each series' observations as markers, joined by a step line only where they are
 * close in time (the 17%→2.3% drop two days apart); years without observations stay empty. Every point
 * is labelled where its label overlaps nothing; events are vertical marks.
 */
export function buildStakeOption(input: ChartInput, theme: ChartTheme, layout: ChartLayout): BuiltChart {
  const grid = { left: layout.narrow ? 36 : 44, right: layout.narrow ? 12 : 24, top: 36, bottom: 28 };
  const plot = plotArea(grid, layout);
  const [t0, t1] = timeRange('2014-01', '2025-12');
  const xOf = linearScale([t0, t1], [plot.x, plot.x + plot.w]);
  const yOf = linearScale([0, Y_MAX], [plot.y + plot.h, plot.y]);
  const marks = placeEvents(input.events, xOf, plot, theme.fontSize);

  const requests: LabelRequest[] = input.series.flatMap((s) =>
    s.points.map((p, j) => {
      // A point far below its predecessor (the drop after the distribution) is labelled underneath.
      const dropped = j > 0 && s.points[j - 1]!.value - p.value > 5;
      return {
        id: p.row,
        text: valueText(p),
        x: xOf(toTime(p.date, p.precision)),
        y: yOf(p.value),
        symbolSize: 8,
        prefer: dropped ? ['bottom', 'right', 'left', 'top'] : ['top', 'left', 'right', 'bottom'],
      } satisfies LabelRequest;
    }),
  );
  // Each series in runs of observations close in time: a run is joined by a step line, runs are not.
  const runs = input.series.map((s) => segments(s.points));
  const drawnLines = runs.flatMap((r) =>
    r
      .filter((run) => run.length > 1)
      .map((run) => stepPath(run.map((p) => ({ x: xOf(toTime(p.date, p.precision)), y: yOf(p.value) })))),
  );
  const bounds = { x: 0, y: 0, w: layout.width, h: layout.height };
  const obstacles = [
    ...plotObstacles(plot, theme.fontSize, Y_NAME, marks),
    ...drawnLines.flatMap((l) => lineObstacles(l)),
  ];
  const labels = placeLabels(requests, obstacles, bounds, theme.fontSize);

  const rows: Array<Array<string | null>> = [];
  const series = input.series.flatMap((s, i) => {
    const key = s.points[0]?.kind === 'report-claim' ? 'claim' : `series.${i % theme.series.length}`;
    const colour = colourOf(theme, key);
    return runs[i]!.map((run, k) => {
      rows.push(run.map((p) => p.row));
      return {
        type: 'line',
        name: s.name,
        step: 'end',
        showAllSymbol: true,
        symbol: SYMBOL[s.points[0]?.kind ?? 'sourced'],
        symbolSize: 8,
        lineStyle: { color: colour, width: 2.5 },
        itemStyle: { color: colour },
        label: { color: theme.text, fontSize: theme.fontSize, textBorderWidth: 0 },
        data: run.map((p) => {
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
        ...(i === 0 && k === 0 && marks.length ? { markLine: eventMarks(theme, marks) } : {}),
      };
    });
  });
  return {
    option: {
      ...baseOption(theme),
      grid,
      xAxis: timeAxis(theme, '2014-01', '2025-12'),
      yAxis: valueAxis(theme, Y_NAME, 0, { min: 0, max: Y_MAX, interval: 5 }),
      series,
    },
    rows,
    legend: input.series.map((s, i) => {
      const claim = s.points[0]?.kind === 'report-claim';
      return {
        series: s.id,
        colour: claim ? 'claim' : `series.${i % theme.series.length}`,
        marker: claim ? 'diamond' : 'circle',
        line: runs[i]!.some((run) => run.length > 1) ? 'solid' : 'none',
      };
    }),
  };
}

/** Splits points (in date order) into runs whose neighbours are at most MAX_GAP_MS apart. */
function segments(points: ChartPoint[]): ChartPoint[][] {
  const out: ChartPoint[][] = [];
  for (const p of points) {
    const run = out[out.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && toTime(p.date, p.precision) - toTime(prev.date, prev.precision) <= MAX_GAP_MS)
      run.push(p);
    else out.push([p]);
  }
  return out;
}

/** The corners of a step line ('end': horizontal first, then vertical) through points. */
function stepPath(points: Array<{ x: number; y: number }>): Array<{ x: number; y: number }> {
  return points.flatMap((p, i) => (i === 0 ? [p] : [{ x: p.x, y: points[i - 1]!.y }, p]));
}
