/**
 * The full interactive chart, loaded on demand: the same option builder as the build, the reader's
 * theme from the CSS tokens, plus ECharts' tooltip, legend toggling and zoom on time axes.
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { buildChart, drawnFigure, layoutOf } from '../charts/index.ts';
import { themeFromTokens } from '../charts/theme.ts';
import type { FigureExport } from '../lib/figures.ts';

echarts.use([
  LineChart,
  BarChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  DataZoomInsideComponent,
  MarkLineComponent,
  SVGRenderer,
]);

/** Replaces the drawing in `host` by the interactive chart of the figure whose data is at `source`. */
export async function mountInteractive(host: HTMLElement, source: string): Promise<void> {
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source}: ${response.status}`);
  const fig = (await response.json()) as FigureExport;
  const canvas = host.querySelector<HTMLElement>('.figure__canvas');
  if (!canvas) return;
  const ssr = [...canvas.querySelectorAll<HTMLElement>('.chart')];
  const visible = ssr.find((c) => c.offsetParent !== null) ?? ssr[0];
  const narrow = visible?.classList.contains('chart--narrow') ?? false;
  const input = drawnFigure(fig);
  const layout = layoutOf(input, narrow ? 'narrow' : 'wide');
  const live = document.createElement('div');
  live.className = 'chart chart--live';
  // Same aspect ratio as the drawing it replaces: no layout shift.
  live.style.aspectRatio = `${layout.width} / ${layout.height + 40}`;
  canvas.append(live);
  ssr.forEach((c) => (c.hidden = true));

  const points = new Map(fig.series.flatMap((s) => s.points.map((p) => [p.row, { ...p, name: s.name }])));
  const chart = echarts.init(live, null, { renderer: 'svg' });
  const draw = () => {
    const style = getComputedStyle(document.documentElement);
    const theme = themeFromTokens((t) => style.getPropertyValue(t));
    const built = buildChart(input, { ...theme, fontFamily: style.fontFamily }, layout);
    const option = built.option as echarts.EChartsCoreOption & { grid: unknown; xAxis: unknown };
    const timeAxes = (Array.isArray(option.xAxis) ? option.xAxis : [option.xAxis])
      .map((a, i) => ((a as { type?: string }).type === 'time' ? i : -1))
      .filter((i) => i >= 0);
    chart.setOption(
      {
        ...option,
        legend: { top: 0, textStyle: { color: theme.text }, type: 'scroll' },
        grid: (Array.isArray(option.grid) ? option.grid : [option.grid]).map((g) => ({
          ...(g as object),
          top: ((g as { top?: number }).top ?? 36) + 24,
        })),
        tooltip: {
          trigger: 'item',
          confine: true,
          formatter: (p: { seriesIndex: number; dataIndex: number }) => {
            const point = points.get(built.rows[p.seriesIndex]?.[p.dataIndex] ?? '');
            if (!point) return '';
            const source =
              point.source.type === 'public'
                ? point.source.publisherText
                : `${fig.publication.noun}${point.source.paragraphText}`;
            const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
            return `${esc(point.dateText)}<br><b>${esc(point.valueText)}</b><br>${esc(point.label ?? point.name)}<br>${esc(source)}`;
          },
        },
        dataZoom: timeAxes.length ? [{ type: 'inside', xAxisIndex: timeAxes }] : [],
      },
      { notMerge: true },
    );
  };
  draw();
  new ResizeObserver(() => chart.resize()).observe(live);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', draw);
}
