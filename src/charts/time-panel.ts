/**
 * A time panel: sourced values as markers, joined by a line or a step only within runs of observations
 * close in time (never across years without data); report claims as hollow diamonds in their own colour,
 * labelled “报告：…”; timeline events as vertical dashed lines. Value labels go, most important first
 * (claims, then series labelled in full, then the peak and last value of long series), wherever they
 * overlap nothing (src/charts/labels.ts).
 */
import { toTime } from '../lib/dates.ts';
import {
  eventMarks,
  linearScale,
  niceMax,
  placeEvents,
  plotArea,
  plotObstacles,
  timeAxis,
  timeRange,
  valueAxis,
} from './common.ts';
import { lineObstacles, placeLabels, type Box, type LabelRequest } from './labels.ts';
import { colourOf, type ChartTheme } from './theme.ts';
import type { FigureEvent, FigurePanel, DrawnPoint, DrawnSeries, LegendEntry } from './types.ts';

const DAY = 24 * 3600 * 1000;

/** What a panel contributes to the chart's option. */
export interface PanelOption {
  grid: PanelPlace['grid'];
  series: Record<string, unknown>[];
  rows: Array<Array<string | null>>;
  legend: LegendEntry[];
  xAxis: Record<string, unknown>;
  yAxis: Record<string, unknown>;
}

/** Where a panel is drawn and in which chart. */
export interface PanelPlace {
  /** Its ECharts grid (margins in px). */
  grid: { left: number; top: number; right?: number; bottom?: number; width?: number; height?: number };
  gridIndex: number;
  /** The whole drawing's size (labels stay inside `bounds`, the panel's share of it). */
  size: { width: number; height: number };
  bounds: Box;
  /** The first theme colour index for its sourced series. */
  colourFrom: number;
  /** What the text is called (报告, 文章): a claim's label reads 报告：约80亿美元. */
  claimWord: string;
}

const isClaim = (s: DrawnSeries) => s.points[0]?.kind === 'report-claim';

/** The value axis' range: the panel's own, or 0 to a round number above the values of its series. */
export function valueRange(
  panel: FigurePanel,
  series: DrawnSeries[],
): { min: number; max: number; interval: number } {
  if (panel.max !== undefined) {
    const min = panel.min ?? 0;
    return { min, max: panel.max, interval: panel.interval ?? (panel.max - min) / 5 };
  }
  const nice = niceMax(Math.max(...series.flatMap((s) => s.points.map((p) => p.displayValue)), 1));
  return { min: panel.min ?? 0, max: nice.max, interval: panel.interval ?? nice.interval };
}

/** Whether a series' points are joined at all (report claims never are). */
const joins = (s: DrawnSeries) => s.join !== 'none' && !isClaim(s);

/**
 * Splits a series' points (in date order) into runs its `join` connects: one run of loose markers when
 * it joins nothing, else runs whose neighbours are at most `maxGapDays` apart.
 */
export function runsOf(s: DrawnSeries): DrawnPoint[][] {
  if (!joins(s)) return [s.points];
  const maxGap = (s.maxGapDays ?? Infinity) * DAY;
  const out: DrawnPoint[][] = [];
  for (const p of s.points) {
    const run = out[out.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && toTime(p.date, p.precision) - toTime(prev.date, prev.precision) <= maxGap) run.push(p);
    else out.push([p]);
  }
  return out;
}

/** The corners a run is drawn through: straight for a line, horizontal-then-vertical for a step. */
function path(points: Array<{ x: number; y: number }>, join: DrawnSeries['join']) {
  if (join !== 'step') return points;
  return points.flatMap((p, i) => (i === 0 ? [p] : [{ x: p.x, y: points[i - 1]!.y }, p]));
}

export function buildTimePanel(
  panel: FigurePanel,
  series: DrawnSeries[],
  events: FigureEvent[],
  theme: ChartTheme,
  place: PanelPlace,
): PanelOption {
  const plot = plotArea(place.grid, place.size);
  const [t0, t1] = timeRange(panel.from!, panel.to!);
  const range = valueRange(panel, series);
  const xOf = linearScale([t0, t1], [plot.x, plot.x + plot.w]);
  const yOf = linearScale([range.min, range.max], [plot.y + plot.h, plot.y]);
  const at = (p: DrawnPoint) => ({ x: xOf(toTime(p.date, p.precision)), y: yOf(p.displayValue) });
  const marks = placeEvents(events, xOf, plot, theme.fontSize);
  const runs = series.map(runsOf);
  const symbolSize = (s: DrawnSeries) => (isClaim(s) ? 11 : 8);
  const text = (s: DrawnSeries, p: DrawnPoint) =>
    isClaim(s) ? `${place.claimWord}：${p.valueText}` : p.valueText;

  // Labels, most important first.
  const request = (s: DrawnSeries, p: DrawnPoint, j: number): LabelRequest => {
    // A point far below its predecessor (a drop) is labelled underneath.
    const prev = s.points[j - 1];
    const dropped = prev !== undefined && prev.displayValue - p.displayValue > (range.max - range.min) / 5;
    return {
      id: p.row,
      text: text(s, p),
      ...at(p),
      symbolSize: symbolSize(s),
      prefer: dropped ? ['bottom', 'right', 'left', 'top'] : ['top', 'right', 'left', 'bottom'],
    };
  };
  const all = (s: DrawnSeries) => s.points.map((p, j) => request(s, p, j));
  const requests = [
    ...series.filter(isClaim).flatMap(all),
    ...series.filter((s) => !isClaim(s) && s.labels === 'all').flatMap(all),
    ...series
      .filter((s) => !isClaim(s) && s.labels === 'extremes')
      .flatMap((s) => {
        const peak = s.points.reduce((a, b) => (b.displayValue > a.displayValue ? b : a));
        const last = s.points[s.points.length - 1]!;
        return [...new Set([peak, last])].map((p) => request(s, p, s.points.indexOf(p)));
      }),
  ];
  const drawn = runs.flatMap((r, i) =>
    joins(series[i]!)
      ? r.filter((run) => run.length > 1).map((run) => path(run.map(at), series[i]!.join))
      : [],
  );
  const labels = placeLabels(
    requests,
    [...plotObstacles(plot, theme.fontSize, panel.name, marks), ...drawn.flatMap((l) => lineObstacles(l))],
    place.bounds,
    theme.fontSize,
    // Every drawn point, labelled or not: a label keeps off them all and nearest its own.
    series.flatMap((s) => s.points.map((p) => ({ id: p.row, ...at(p), symbolSize: symbolSize(s) }))),
  );

  const out: PanelOption = {
    grid: place.grid,
    series: [],
    rows: [],
    legend: [],
    xAxis: timeAxis(theme, panel.from!, panel.to!, place.gridIndex),
    yAxis: valueAxis(theme, panel.name, place.gridIndex, {
      min: range.min,
      max: range.max,
      interval: range.interval,
    }),
  };
  let colour = place.colourFrom;
  series.forEach((s, i) => {
    const claim = isClaim(s);
    const key = claim ? 'claim' : `series.${colour++ % theme.series.length}`;
    const col = colourOf(theme, key);
    const joined = joins(s) && runs[i]!.some((run) => run.length > 1);
    out.legend.push({
      series: s.id,
      colour: key,
      marker: claim ? 'diamond' : s.marker,
      line: joined ? 'solid' : 'none',
    });
    runs[i]!.forEach((run) => {
      const line = joins(s) && run.length > 1;
      out.rows.push(run.map((p) => p.row));
      out.series.push({
        type: line ? 'line' : 'scatter',
        name: s.name,
        xAxisIndex: place.gridIndex,
        yAxisIndex: place.gridIndex,
        ...(line && s.join === 'step' ? { step: 'end' } : {}),
        ...(line ? { lineStyle: { color: col, width: 2.5 }, showAllSymbol: true } : {}),
        // Sourced points filled circles (or squares), report claims hollow diamonds.
        symbol: claim ? 'emptyDiamond' : s.marker === 'square' ? 'rect' : 'circle',
        symbolSize: symbolSize(s),
        itemStyle: { color: col, borderColor: col, borderWidth: claim ? 2 : 0 },
        label: { color: claim ? theme.claim : theme.text, fontSize: theme.fontSize, textBorderWidth: 0 },
        data: run.map((p) => {
          const label = labels.get(p.row);
          return {
            value: [toTime(p.date, p.precision), p.displayValue],
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
      });
    });
  });
  // The event lines ride on the panel's first series (or an empty one, when the panel draws no data).
  const markLine = eventMarks(theme, marks);
  if (markLine) {
    if (!out.series[0]) {
      out.series.push({ type: 'line', xAxisIndex: place.gridIndex, yAxisIndex: place.gridIndex, data: [] });
      out.rows.push([]);
    }
    out.series[0]!.markLine = markLine;
  }
  return out;
}
