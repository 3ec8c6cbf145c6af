/**
 * The vocabulary of figures, defined once: the shapes the chart builders draw, how a series' points are
 * joined, which get labels, and their markers. A figure's YAML picks from these.
 */

/** `time`: one time axis (markers, lines, steps, report claims); `bars-and-time`: bars by year beside a time panel. */
export const CHART_SHAPES = ['time', 'bars-and-time'] as const;
export type ChartShape = (typeof CHART_SHAPES)[number];

/** How a series' points are joined. */
export const JOINS = ['none', 'line', 'step'] as const;
export type Join = (typeof JOINS)[number];

/** Which points of a series get a value label. */
export const LABEL_RULES = ['all', 'extremes', 'none'] as const;
export type LabelRule = (typeof LABEL_RULES)[number];

/** Markers of sourced points (report claims are always hollow diamonds). */
export const MARKERS = ['circle', 'square'] as const;
export type Marker = (typeof MARKERS)[number];
