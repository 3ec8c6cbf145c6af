/**
 * Chart builders by shape: a figure's drawn data (`drawnFigure` of its export) and a theme
 * become an ECharts option — plain data, no functions — that the build renders to SVG and the interactive
 * view hands to ECharts in the browser.
 */
import { baseOption } from './common.ts';
import { buildBarsPanel } from './bars-panel.ts';
import { textWidth } from './labels.ts';
import type { ChartTheme } from './theme.ts';
import { buildTimePanel, valueRange, type PanelOption, type PanelPlace } from './time-panel.ts';
import type { FigureExport } from '../lib/figures.ts';
import type { ChartShape } from '../schemas/vocabulary.ts';
import type { BuiltChart, ChartLayout, DrawnFigure, DrawnPoint, FigurePanel } from './types.ts';

/** The figure as the builders draw it: its export with only the drawn points (plotted, dated). */
export function drawnFigure(fig: FigureExport): DrawnFigure {
  return {
    ...fig,
    series: fig.series
      .map((s) => ({
        ...s,
        points: s.points.filter((p): p is DrawnPoint => p.plotted && !!p.date && p.precision !== 'undated'),
      }))
      .filter((s) => s.points.length > 0),
  };
}

/** The two drawings of every figure: wide (screens ≥ 620 px and print) and narrow (phones). */
export const WIDTHS = { wide: 680, narrow: 340 } as const;
export type Variant = keyof typeof WIDTHS;

/** The size a figure is drawn at in a variant. */
export const layoutOf = (input: Pick<DrawnFigure, 'height'>, variant: Variant): ChartLayout => ({
  width: WIDTHS[variant],
  height: input.height[variant],
  narrow: variant === 'narrow',
});

/** Room for a panel's value-axis labels: the widest tick label and a margin. */
function leftMargin(panel: FigurePanel, input: DrawnFigure, theme: ChartTheme): number {
  const { max } = valueRange(
    panel,
    input.series.filter((s) => s.panel === panel.id),
  );
  const widest = textWidth(max.toLocaleString('en-US'), theme.fontSize);
  return Math.max(36, Math.ceil(widest + 18));
}

/** What every panel of a drawing shares: the drawing's size and the word for the text's claims. */
type Shared = Pick<PanelPlace, 'size' | 'claimWord'>;
type Builder = (input: DrawnFigure, theme: ChartTheme, layout: ChartLayout, shared: Shared) => PanelOption[];

/** One builder per shape, named for what it draws. */
const SHAPES: Record<ChartShape, Builder> = {
  /** One time axis across the whole drawing. */
  time(input, theme, layout, shared) {
    const panel = input.panels[0]!;
    const grid = {
      left: leftMargin(panel, input, theme),
      right: layout.narrow ? 14 : 26,
      top: 36,
      bottom: 28,
    };
    const bounds = { x: 0, y: 0, w: layout.width, h: layout.height };
    return [
      buildTimePanel(panel, input.series, input.events, theme, {
        ...shared,
        grid,
        gridIndex: 0,
        bounds,
        colourFrom: 0,
      }),
    ];
  },
  /** Bars by year beside a time panel (stacked on phones). */
  'bars-and-time'(input, theme, layout, shared) {
    const [bars, time] = input.panels as [FigurePanel, FigurePanel];
    const barSeries = input.series.filter((s) => s.panel === bars.id);
    const timeSeries = input.series.filter((s) => s.panel === time.id);
    const { width: W, height: H } = layout;
    const barsLeft = leftMargin(bars, input, theme);
    const timeLeft = leftMargin(time, input, theme);
    const grids = layout.narrow
      ? [
          { left: barsLeft, right: 12, top: 34, height: H / 2 - 64 },
          { left: timeLeft, right: 12, top: H / 2 + 34, bottom: 28 },
        ]
      : [
          { left: barsLeft, width: W / 2 - barsLeft - 32, top: 36, bottom: 28 },
          { left: W / 2 + timeLeft - 16, right: 16, top: 36, bottom: 28 },
        ];
    const timeBounds = layout.narrow
      ? { x: 0, y: H / 2, w: W, h: H / 2 }
      : { x: W / 2, y: 0, w: W / 2, h: H };
    return [
      buildBarsPanel(bars, barSeries, theme, {
        ...shared,
        grid: grids[0]!,
        gridIndex: 0,
        bounds: { x: 0, y: 0, w: W, h: H },
        colourFrom: 0,
      }),
      buildTimePanel(time, timeSeries, input.events, theme, {
        ...shared,
        grid: grids[1]!,
        gridIndex: 1,
        bounds: timeBounds,
        colourFrom: barSeries.length,
      }),
    ];
  },
};

/** The option of a figure in a theme and layout, with its legend and the table row of each datum. */
export function buildChart(input: DrawnFigure, theme: ChartTheme, layout: ChartLayout): BuiltChart {
  const panels = SHAPES[input.shape](input, theme, layout, {
    size: layout,
    claimWord: input.publication.noun,
  });
  // One panel: plain axes; several: arrays, each panel's axes on its own grid.
  const pick = <K extends 'grid' | 'xAxis' | 'yAxis'>(key: K) =>
    panels.length === 1 ? panels[0]![key] : panels.map((p) => p[key]);
  return {
    option: {
      ...baseOption(theme),
      grid: pick('grid'),
      xAxis: pick('xAxis'),
      yAxis: pick('yAxis'),
      series: panels.flatMap((p) => p.series),
    },
    legend: panels.flatMap((p) => p.legend),
    rows: panels.flatMap((p) => p.rows),
  };
}
