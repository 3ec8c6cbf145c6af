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
 * Makes an SSR SVG fit for inlining next to others: zrender's ids (`zr<n>-…`) get the figure's prefix,
 * its hover-style sheet and the classes only that sheet used are dropped (the page's CSS gives hoverable
 * points their cursor), coordinates are rounded to 0.1 px, redundant font-family declarations go (the
 * page's CSS sets the family), the fixed size gives way to the viewBox so it scales with its container,
 * and it is hidden from assistive technology (the figure describes it in text).
 */
export function inlineSvg(svg: string, prefix: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new Error(`inlineSvg: bad prefix "${prefix}"`);
  return svg
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/(\d+\.\d)\d+/g, '$1')
    .replaceAll('font-family:sans-serif;', '')
    .replace(/zr\d+-/g, `${prefix}-`)
    .replace(
      /^<svg width="(\d+)" height="(\d+)"/,
      '<svg class="chart-svg" aria-hidden="true" focusable="false"',
    );
}
