/**
 * What the panel builders share: the base option, the plot's pixel geometry, time and value axes with nice
 * maxima, and event marks with the room they and the axes take from value labels (pure).
 */
import { toTime } from '../lib/dates.ts';
import { textHeight, textWidth, type Box } from './labels.ts';
import type { ChartTheme } from './theme.ts';
import type { FigureEvent } from './types.ts';

/** Options every chart shares: no animation (SSR), the theme's text, a transparent background. */
export function baseOption(theme: ChartTheme): Record<string, unknown> {
  return {
    animation: false,
    backgroundColor: 'transparent',
    aria: { enabled: false }, // the <figure> carries the description and the table
    textStyle: { fontFamily: theme.fontFamily, fontSize: theme.fontSize, color: theme.text },
  };
}

/** A linear map from a data interval to a pixel interval. */
export function linearScale(domain: [number, number], range: [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** The plot area of a grid in pixels, from its left/right/top/bottom (or width/height) margins. */
export function plotArea(
  grid: { left: number; top: number; right?: number; bottom?: number; width?: number; height?: number },
  size: { width: number; height: number },
): Box {
  const w = grid.width ?? size.width - grid.left - (grid.right ?? 0);
  const h = grid.height ?? size.height - grid.top - (grid.bottom ?? 0);
  return { x: grid.left, y: grid.top, w, h };
}

const YEAR = 365.25 * 24 * 3600 * 1000;
const QUARTER = YEAR / 4;

/** The ends of a time axis from `YYYY-MM` bounds: the first of the first month, the 28th of the last. */
export function timeRange(min: string, max: string): [number, number] {
  return [
    Date.UTC(Number(min.slice(0, 4)), Number(min.slice(5, 7) || 1) - 1, 1),
    Date.UTC(Number(max.slice(0, 4)), Number(max.slice(5, 7) || 12) - 1, 28),
  ];
}

export function timeAxis(
  theme: ChartTheme,
  min: string,
  max: string,
  gridIndex = 0,
): Record<string, unknown> {
  const [t0, t1] = timeRange(min, max);
  // A span of two years or less is labelled by quarter (2016年, 4月, 7月, 10月): by year it would show
  // one label, or the same year twice.
  const short = t1 - t0 <= 2 * YEAR;
  return {
    type: 'time',
    gridIndex,
    min: t0,
    max: t1,
    axisLine: { lineStyle: { color: theme.muted } },
    axisTick: { lineStyle: { color: theme.muted } },
    // One label a year at most ("{yyyy}" on half-year ticks would print each year twice), or a quarter.
    ...(short ? { minInterval: QUARTER, maxInterval: QUARTER } : { minInterval: YEAR }),
    // Labels a little further from the axis than ECharts' 8 px, so the first year clears the y axis's 0.
    axisLabel: {
      color: theme.muted,
      fontSize: theme.fontSize,
      formatter: short ? { year: '{yyyy}年', month: '{M}月', day: '{M}月{d}日' } : '{yyyy}',
      hideOverlap: true,
      margin: 13,
    },
    splitLine: { show: false },
  };
}

export function valueAxis(
  theme: ChartTheme,
  name: string,
  gridIndex = 0,
  extra: Record<string, unknown> = {},
) {
  return {
    type: 'value',
    gridIndex,
    name,
    nameTextStyle: { color: theme.muted, fontSize: theme.fontSize, align: 'left' },
    axisLabel: { color: theme.muted, fontSize: theme.fontSize, margin: 10 },
    axisLine: { show: false },
    splitLine: { lineStyle: { color: theme.grid } },
    ...extra,
  };
}

/** An event mark placed on a plot: its line's x and which side of the line its label reads on. */
export interface EventMark {
  x: number;
  time: number;
  label: string;
  side: 'left' | 'right';
}

/**
 * Where each event's line and label go on a plot: the label reads upwards beside the top of its line, to
 * the left unless that would run into the y axis or the previous event's label.
 */
export function placeEvents(
  events: FigureEvent[],
  xOf: (t: number) => number,
  plot: Box,
  fontSize: number,
): EventMark[] {
  const h = textHeight(fontSize);
  let lastRight = -Infinity;
  return [...events]
    .map((e) => ({ time: toTime(e.date, e.precision), label: e.label }))
    .sort((a, b) => a.time - b.time)
    .map((e) => {
      const x = xOf(e.time);
      const side: 'left' | 'right' = x - 5 - h < plot.x + 2 || x - 5 - h < lastRight + 2 ? 'right' : 'left';
      lastRight = side === 'left' ? x : x + 5 + h;
      return { ...e, x, side };
    });
}

/** The box an event's label takes (ECharts' insideEndTop/insideEndBottom on a vertical line). */
export function eventLabelBox(e: EventMark, plot: Box, fontSize: number): Box {
  const h = textHeight(fontSize);
  return {
    x: e.side === 'left' ? e.x - 5 - h : e.x + 5,
    y: plot.y + 3,
    w: h,
    h: textWidth(e.label, fontSize) + 4,
  };
}

/** Vertical dashed lines with a label at each event (launch, closure, …). */
export function eventMarks(theme: ChartTheme, marks: EventMark[]): Record<string, unknown> | undefined {
  if (!marks.length) return undefined;
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: theme.event, type: 'dashed', width: 1 },
    label: { color: theme.muted, fontSize: theme.fontSize, textBorderWidth: 0 },
    data: marks.map((e) => ({
      xAxis: e.time,
      label: { formatter: e.label, position: e.side === 'left' ? 'insideEndTop' : 'insideEndBottom' },
    })),
  };
}

/**
 * What the axes and event marks of a time plot occupy, as obstacles for value labels: the x-axis labels
 * under the plot, the y-axis labels and name to its left and above it, and each event's vertical line
 * with its label (see `eventLabelBox`).
 */
export function plotObstacles(plot: Box, fontSize: number, yName: string, marks: EventMark[]): Box[] {
  const h = textHeight(fontSize);
  return [
    { x: plot.x - 6, y: plot.y + plot.h, w: plot.w + 12, h: h + 10 },
    { x: 0, y: plot.y - h, w: plot.x, h: plot.h + 2 * h },
    { x: plot.x, y: plot.y - h - 10, w: textWidth(yName, fontSize) + 4, h: h + 6 },
    ...marks.flatMap((e) => [{ x: e.x - 1.5, y: plot.y, w: 3, h: plot.h }, eventLabelBox(e, plot, fontSize)]),
  ];
}

/** A round upper end for a value axis: 1360.8 → 1500 with 5 intervals of 300. */
export function niceMax(max: number, intervals = 5): { max: number; interval: number } {
  const raw = max / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 3, 5, 10].map((m) => m * magnitude).find((s) => s * intervals >= max)!;
  return { max: step * intervals, interval: step };
}
