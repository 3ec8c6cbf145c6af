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
 * points their cursor), coordinates in its tags are rounded to 0.1 px (never the numbers of its text), redundant font-family declarations go (the
 * page's CSS sets the family), the fixed size gives way to the viewBox so it scales with its container,
 * and it is hidden from assistive technology (the figure describes it in text). ECharts' own metadata
 * attributes (`ecmeta_*`, not valid HTML) become `data-series-index` / `data-data-index` on the data
 * points a reader can hover or tap, and go from everything else (axes, silent mark lines).
 */
export function inlineSvg(svg: string, prefix: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new Error(`inlineSvg: bad prefix "${prefix}"`);
  return svg
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/<[a-z]+\b[^>]*\secmeta_[^>]*>/g, pointMeta)
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/<[^>]+>/g, (tag) => tag.replace(/(\d+\.\d)\d+/g, '$1'))
    .replaceAll('font-family:sans-serif;', '')
    .replace(/zr\d+-/g, `${prefix}-`)
    .replace(
      /^<svg width="(\d+)" height="(\d+)"/,
      '<svg class="chart-svg" aria-hidden="true" focusable="false"',
    );
}

/** One start tag with ECharts' `ecmeta_*` attributes, rewritten as valid `data-*` attributes (or none). */
function pointMeta(tag: string): string {
  const meta = new Map<string, string>();
  const rest = tag.replace(/\secmeta_([a-z_]+)="([^"]*)"/g, (_, name: string, value: string) => {
    meta.set(name, value);
    return '';
  });
  const series = meta.get('series_index');
  const data = meta.get('data_index');
  const hoverable = meta.has('ssr_type') && meta.get('silent') !== 'true';
  if (!hoverable || !series || !data) return rest;
  return rest.replace(/\s*(\/?)>$/, ` data-series-index="${series}" data-data-index="${data}"$1>`);
}
