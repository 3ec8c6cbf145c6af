/**
 * The charts' own types: what the builders take (`ChartInput`: panels, drawn points in display units, event
 * marks), the size they draw at, and what they return (the option, its legend, each drawn datum's row).
 */
import type { DatePrecision } from '../lib/dates.ts';
import type { Bound } from '../lib/units.ts';
import type { ChartShape, Join, LabelRule, Marker } from '../schemas/vocabulary.ts';

/** One plotted point, in the units readers see. */
export interface ChartPoint {
  /** Id of its row in the figure's data table (and in the downloads). */
  row: string;
  date: string;
  precision: DatePrecision;
  /** Value in display units (亿美元, 亿元, %, 倍, 亿用户). */
  value: number;
  /** The display unit, e.g. 亿美元. */
  unit: string;
  kind: 'sourced' | 'report-claim';
  bound?: Bound | undefined;
  label?: string | undefined;
}

export interface ChartSeries {
  id: string;
  name: string;
  /** The id of the panel it is drawn in. */
  panel: string;
  /** How its points are joined, and across how long a gap at most (days). */
  join: Join;
  maxGapDays?: number | undefined;
  /** Which points get a value label. */
  labels: LabelRule;
  marker: Marker;
  /** What the text is called (报告, 文章): a claim's label reads 报告：约80亿美元. */
  claimWord?: string | undefined;
  points: ChartPoint[];
}

/** A panel: its value axis (in the units readers see) and, for a time panel, its first and last month. */
export interface ChartPanel {
  id: string;
  name: string;
  from?: string | undefined;
  to?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  interval?: number | undefined;
}

/** A timeline event marked on a time axis. */
export interface ChartEvent {
  date: string;
  precision: DatePrecision;
  label: string;
}

export interface ChartInput {
  shape: ChartShape;
  panels: ChartPanel[];
  /** The drawing's height at its natural width, wide and on phones. */
  height: { wide: number; narrow: number };
  series: ChartSeries[];
  events: ChartEvent[];
}

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
  marker: 'circle' | 'diamond' | 'square' | 'bar' | 'none';
  line: 'solid' | 'dashed' | 'none';
}

/** An ECharts option (plain data, no functions) and which table row each drawn datum is. */
export interface BuiltChart {
  option: Record<string, unknown>;
  /** How each drawn series looks (series not drawn have no entry). */
  legend: LegendEntry[];
  /** rows[seriesIndex][dataIndex] → table row id (null for helper series). */
  rows: Array<Array<string | null>>;
}
