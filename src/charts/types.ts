/**
 * The charts' types: what the builders take (`DrawnFigure`, the figure's export with its drawn points only),
 * the size they draw at, and what they return (the option, its legend, each drawn datum's row).
 */
import type { DatePrecision } from '../lib/dates.ts';
import type { ExportPoint, FigureExport } from '../lib/figures.ts';

/**
 * A figure as the builders draw it: its export (`FigureExport`, src/lib/figures.ts) itself, with only the
 * points the chart draws (plotted and dated) and the series that have any. The builders read the same
 * fields the table and the downloads show: `displayValue`/`displayUnit`, `valueText`, `row`.
 */
export type DrawnPoint = ExportPoint & { date: string; precision: DatePrecision };
export type DrawnSeries = Omit<FigureExport['series'][number], 'points'> & { points: DrawnPoint[] };
export type DrawnFigure = Omit<FigureExport, 'series'> & { series: DrawnSeries[] };
/** A panel and a timeline event mark, as the figure's content gives them. */
export type FigurePanel = FigureExport['panels'][number];
export type FigureEvent = FigureExport['events'][number];

/** The size a chart is drawn at. */
export interface ChartLayout {
  width: number;
  height: number;
  /** A phone-width variant: fewer labels, stacked panels. */
  narrow: boolean;
}

/** How a series is drawn, for an HTML legend: theme colour key, marker and line. */
export interface LegendEntry {
  series: string;
  /** Theme colour key: series.0, series.1, series.2 or claim (see theme.ts TOKEN_OF). */
  colour: string;
  marker: 'circle' | 'diamond' | 'square' | 'bar';
  line: 'solid' | 'none';
}

/** An ECharts option (plain data, no functions) and which table row each drawn datum is. */
export interface BuiltChart {
  option: Record<string, unknown>;
  /** How each drawn series looks (series not drawn have no entry). */
  legend: LegendEntry[];
  /** rows[seriesIndex][dataIndex] → table row id (null for helper series). */
  rows: Array<Array<string | null>>;
}
