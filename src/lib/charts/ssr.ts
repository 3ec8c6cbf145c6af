/**
 * Build-time rendering: an ECharts option to an SVG string (server-side rendering, SVG renderer).
 * Only the chart types and components the builders use are registered.
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, ScatterChart, GridComponent, MarkLineComponent, SVGRenderer]);

export function renderSvg(option: Record<string, unknown>, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option as echarts.EChartsCoreOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Makes an SSR SVG fit for inlining next to others: zrender's ids and class names (`zr0-…`, the same in
 * every chart) get a unique prefix, the fixed size gives way to the viewBox so it scales with its
 * container, and it is hidden from assistive technology (the figure describes it in text).
 */
export function inlineSvg(svg: string, prefix: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new Error(`inlineSvg: bad prefix "${prefix}"`);
  return svg
    .replaceAll('zr0-', `${prefix}-`)
    .replace(
      /^<svg width="(\d+)" height="(\d+)"/,
      '<svg class="chart-svg" aria-hidden="true" focusable="false"',
    );
}
