/**
 * A bars panel: one bar per year for each series (values by year, e.g. annual GMV under one definition),
 * each labelled with its value on top.
 */
import { valueAxis } from './common.ts';
import { colourOf, type ChartTheme } from './theme.ts';
import { valueRange, type PanelOption, type PanelPlace } from './time-panel.ts';
import type { FigurePanel, DrawnSeries } from './types.ts';

export function buildBarsPanel(
  panel: FigurePanel,
  series: DrawnSeries[],
  theme: ChartTheme,
  place: PanelPlace,
): PanelOption {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.date.slice(0, 4))))].sort();
  const range = valueRange(panel, series);
  const out: PanelOption = {
    grid: place.grid,
    series: [],
    rows: [],
    legend: [],
    xAxis: {
      type: 'category',
      gridIndex: place.gridIndex,
      data: years,
      axisLine: { lineStyle: { color: theme.muted } },
      axisTick: { show: false },
      axisLabel: { color: theme.muted, fontSize: theme.fontSize },
    },
    yAxis: valueAxis(theme, panel.name, place.gridIndex, range),
  };
  series.forEach((s, i) => {
    const key = `series.${(place.colourFrom + i) % theme.series.length}`;
    out.legend.push({ series: s.id, colour: key, marker: 'bar', line: 'none' });
    const byYear = (y: string) => s.points.find((q) => q.date.startsWith(y));
    out.series.push({
      type: 'bar',
      name: s.name,
      xAxisIndex: place.gridIndex,
      yAxisIndex: place.gridIndex,
      barMaxWidth: 36,
      itemStyle: { color: colourOf(theme, key) },
      label: { show: true, position: 'top', color: theme.text, fontSize: theme.fontSize, textBorderWidth: 0 },
      data: years.map((y) => {
        const p = byYear(y);
        return p ? { value: p.displayValue, label: { formatter: String(p.displayValue) } } : null;
      }),
    });
    out.rows.push(years.map((y) => byYear(y)?.row ?? null));
  });
  return out;
}
