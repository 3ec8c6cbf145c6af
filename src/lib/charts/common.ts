import type { DatePrecision } from '../dates.ts';
import type { ChartTheme } from './theme.ts';
import type { ChartEvent, ChartPoint } from './types.ts';

/** Where a date sits on a time axis: a day at noon UTC, a month at its 15th, a year at 1 July. */
export function toTime(date: string, precision: DatePrecision): number {
  const [y, m = '1', d = '1'] = date.split('-');
  if (precision === 'year') return Date.UTC(Number(y), 6, 1);
  if (precision === 'month') return Date.UTC(Number(y), Number(m) - 1, 15);
  return Date.UTC(Number(y), Number(m) - 1, Number(d), 12);
}

/** The number as readers see it, with the source's qualifier: 约260, 超过37, 2.3. */
export function valueText(p: ChartPoint): string {
  const n = Number(p.value.toFixed(3)).toString();
  return `${p.bound === 'about' ? '约' : p.bound === 'at-least' ? '超过' : ''}${n}${p.unit}`;
}

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

export function timeAxis(
  theme: ChartTheme,
  min: string,
  max: string,
  gridIndex = 0,
): Record<string, unknown> {
  return {
    type: 'time',
    gridIndex,
    min: Date.UTC(Number(min.slice(0, 4)), Number(min.slice(5, 7) || 1) - 1, 1),
    max: Date.UTC(Number(max.slice(0, 4)), Number(max.slice(5, 7) || 12) - 1, 28),
    axisLine: { lineStyle: { color: theme.muted } },
    axisTick: { lineStyle: { color: theme.muted } },
    // One label a year at most ("{yyyy}" on half-year ticks would print each year twice).
    minInterval: YEAR,
    axisLabel: { color: theme.muted, fontSize: theme.fontSize, formatter: '{yyyy}', hideOverlap: true },
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
    axisLabel: { color: theme.muted, fontSize: theme.fontSize },
    axisLine: { show: false },
    splitLine: { lineStyle: { color: theme.grid } },
    ...extra,
  };
}

/** Vertical dashed lines with a label at each event (launch, closure, …). */
export function eventMarks(theme: ChartTheme, events: ChartEvent[]): Record<string, unknown> | undefined {
  if (!events.length) return undefined;
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: theme.event, type: 'dashed', width: 1 },
    label: { color: theme.muted, fontSize: theme.fontSize, position: 'insideEndTop' },
    data: events.map((e) => ({ xAxis: toTime(e.date, e.precision), label: { formatter: e.label } })),
  };
}

/** Marker styles: sourced points are filled circles, report claims hollow diamonds. */
export const SYMBOL = { sourced: 'circle', 'report-claim': 'emptyDiamond' } as const;
