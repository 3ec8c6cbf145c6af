/**
 * What both panel builders share: the base option, time and value axes with nice maxima, event marks and
 * the room they take, and point symbols (pure).
 */
import { toTime } from '../lib/dates.ts';
import { axisObstacles, textHeight, textWidth, type Box } from './labels.ts';
import type { ChartTheme } from './theme.ts';
import type { FigureEvent } from './types.ts';

export { toTime };

/** Options every chart shares: no animation (SSR), the theme's text, a transparent background. */
export function baseOption(theme: ChartTheme): Record<string, unknown> {
  return {
    animation: false,
    backgroundColor: 'transparent',
    aria: { enabled: false }, // the <figure> carries the description and the table
    textStyle: { fontFamily: theme.fontFamily, fontSize: theme.fontSize, color: theme.text },
  };
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
 * The obstacles of a time plot for value labels: the axes (see `axisObstacles`), each event's line and
 * its label.
 */
export function plotObstacles(plot: Box, fontSize: number, yName: string, marks: EventMark[]): Box[] {
  return [
    ...axisObstacles(plot, fontSize, yName, []),
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

/** Marker styles: sourced points are filled circles, report claims hollow diamonds. */
export const SYMBOL = { sourced: 'circle', 'report-claim': 'emptyDiamond' } as const;
