/**
 * A figure's drawing, built and rendered at build time: the one function the report page, the share
 * images and the PDF all draw a figure with (the PDF prints the page's wide drawing).
 */
import { buildChart, layoutOf, type Variant } from './index.ts';
import { inlineSvg, renderSvg } from './ssr.ts';
import { LIGHT, type ChartTheme } from './theme.ts';
import type { DrawnFigure, ChartLayout, LegendEntry } from './types.ts';

export interface FigureDrawing {
  svg: string;
  layout: ChartLayout;
  legend: LegendEntry[];
  /** rows[seriesIndex][dataIndex] → table row id, for tooltips. */
  rows: Array<Array<string | null>>;
}

/** The SVG of a figure's `variant`, its ids prefixed with `prefix` (unique on the page). */
export function figureSvg(
  input: DrawnFigure,
  variant: Variant,
  prefix: string,
  theme: ChartTheme = LIGHT,
): FigureDrawing {
  const layout = layoutOf(input, variant);
  const built = buildChart(input, theme, layout);
  return {
    svg: inlineSvg(renderSvg(built.option, layout.width, layout.height), prefix),
    layout,
    legend: built.legend,
    rows: built.rows,
  };
}
