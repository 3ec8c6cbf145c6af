/**
 * A figure (content/reports/<id>/figures/<fig-id>.yaml): how it is drawn (shape, panels), its series and
 * their points, each with its value, unit, date and source.
 */
import { z } from 'astro/zod';
import { eventName, issue, slug, text } from './common.ts';
import { checkDated, dateBasis } from './dated.ts';
import { publicSourceSchema, reportSourceSchema } from './source.ts';
import {
  BOUNDS,
  CHART_SHAPES,
  DATE_PRECISIONS,
  JOINS,
  LABEL_RULES,
  MARKERS,
  precisionOf,
  UNIT_IDS,
  UNITS,
} from './vocabulary.ts';

/** A month, YYYY-MM: where a time axis starts or ends. */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as "2014-01"');
/**
 * One value. `kind` says where it comes from: `sourced` (a public source, with publisher, title, URL,
 * date and status) or `report-claim` (a statement of the report: paragraph anchor, verbatim quote and the
 * report's own time words). A claim the report makes without a time is `precision: undated` and has no
 * date: it is listed beside the chart, never placed on a time axis.
 */
export const pointSchema = z
  .object({
    /** The date at its precision ("2014", "2014-Q4", "2014-06", "2014-06-18"); absent when undated. */
    date: z.string({ error: 'must be a quoted date such as "2014-05-27"' }).optional(),
    /** year, half, season, quarter, month, day — never finer than the sources — or undated. */
    precision: z.enum([...DATE_PRECISIONS, 'undated']),
    /**
     * What the date rests on besides the time words: article-date (年份据文章日期) and/or list-order
     * (据原文列举顺序: the quote lists values for named periods, and this value's place gives its period).
     */
    basis: dateBasis,
    /** The number, in `unit`, as the source gives it. */
    value: z.number({ error: 'must be a number' }),
    /** Unit of `value`: percent, USD_bn, RMB_bn, RMB_100m, RMB_10k, times or users_100m (see src/lib/units.ts). */
    unit: z.enum(UNIT_IDS),
    /** sourced (an independent public source) or report-claim (the report's own statement). */
    kind: z.enum(['sourced', 'report-claim']),
    /** The source's qualifier on the value, in its words: about (约), over (超过) or at-least (以上). */
    bound: z.enum(BOUNDS).optional(),
    /** A short Chinese label for the table and tooltip, e.g. 上市前认购. */
    label: text.optional(),
    /** A caveat or the formula of a derived value (Chinese). */
    note: text.optional(),
    /** Where the value comes from. */
    source: z.union([publicSourceSchema, reportSourceSchema], {
      error: 'needs a source: {publisher, title, url, type, precision, status} or {paragraph, quote, when}',
    }),
  })
  .strict()
  .superRefine(checkDated)
  .superRefine((p, ctx) => {
    if (UNITS[p.unit].percent && (p.value < 0 || p.value > 100)) {
      issue(ctx, ['value'], `${p.value}% is outside 0–100`);
    }
    const isReport = 'paragraph' in p.source;
    if (p.kind === 'report-claim' && !isReport) {
      issue(ctx, ['source'], 'a report-claim cites {paragraph, quote, when}');
    }
    if (p.kind === 'sourced' && isReport) {
      issue(ctx, ['source'], 'a sourced point cites a public source; use kind: report-claim for the report');
    }
    if (
      p.kind === 'report-claim' &&
      isReport &&
      p.precision !== 'undated' &&
      !('when' in p.source && p.source.when) &&
      !p.basis.includes('list-order')
    ) {
      issue(
        ctx,
        ['source', 'when'],
        'a dated report-claim carries the report’s own time words (e.g. 截至2023年底), or lists its period (basis: list-order)',
      );
    }
  });

/** A named line, bar set or group of markers. */
export const seriesSchema = z
  .object({
    /** ASCII id, unique in the figure (used in row ids and downloads). */
    id: slug,
    /** Legend name (Chinese). */
    name: text,
    /** The id of the panel it is drawn in (default: the figure's first panel). */
    panel: slug.optional(),
    /**
     * How its points are joined: none (markers only), line, or step (the value holds until the next
     * point). Never across a gap longer than `maxGapDays`: a line there would show data there is none of.
     */
    join: z.enum(JOINS).default('none'),
    /** The longest time between two points that a line still joins, in days (default: any). */
    maxGapDays: z.number().int().positive().optional(),
    /** Which points get a value label: all, extremes (the highest and the last), or none. */
    labels: z.enum(LABEL_RULES).default('all'),
    /** The marker of its points: circle or square (report claims are always hollow diamonds). */
    marker: z.enum(MARKERS).default('circle'),
    /**
     * Why the series is listed beside the chart instead of drawn (e.g. 不是估值，不在估值轴上绘制);
     * absent for a drawn series.
     */
    notPlotted: text.optional(),
    /** The points, in date order. */
    points: z.array(pointSchema).min(1),
  })
  .strict();

/**
 * A panel of a figure: one value axis, and its time axis (`from`–`to`) unless the shape draws bars by
 * year there. Only values in the panel's `unit` are drawn in it; others are listed beside the chart.
 */
export const panelSchema = z
  .object({
    /** ASCII id, which series name in `panel`. */
    id: slug,
    /** The value axis' name as printed, e.g. 持股比例（%）. */
    name: text,
    /** The unit the panel draws (values in other units are listed beside the chart). */
    unit: z.enum(UNIT_IDS),
    /** First month of a time axis. */
    from: month.optional(),
    /** Last month of a time axis. */
    to: month.optional(),
    /** The value axis' range and step; absent: from 0 to a round number above the data. */
    min: z.number().optional(),
    max: z.number().optional(),
    interval: z.number().positive().optional(),
  })
  .strict()
  .refine((p) => !p.from || !p.to || p.from < p.to, {
    message: '`from` must come before `to`',
    path: ['to'],
  });

/**
 * A figure and its data (`content/reports/<report>/figures/<id>.yaml`). The file name is the public
 * anchor (`#fig-share`). The article places it with `<Figure id="fig-share" />`; figures are numbered in
 * reading order. A figure is this site's compilation (cited as the site's work, accompanying the report).
 */
export const figureSchema = z
  .object({
    /** Title (Chinese). */
    title: text,
    /** The one-sentence takeaway shown under the title (Chinese). */
    takeaway: text,
    /**
     * What it draws: `time` (one time axis: markers, lines or steps, report claims as hollow diamonds)
     * or `bars-and-time` (values by year as bars beside a time panel; stacked on phones).
     */
    shape: z.enum(CHART_SHAPES),
    /** Its panels, in order: one for `time`, two for `bars-and-time` (bars, then the time panel). */
    panels: z.array(panelSchema).min(1).max(2),
    /** The drawing's height in px at its natural width (680 wide, 340 on phones). */
    height: z
      .object({ wide: z.number().int().min(160), narrow: z.number().int().min(160) })
      .strict()
      .default({ wide: 320, narrow: 280 }),
    /** The section of this report where the article discusses it (and places it). */
    section: slug,
    /** When the compilation was last revised ("2026-11" or "2026-11-27"): the date its citation gives. */
    updated: z
      .string()
      .refine(
        (d) => ['year', 'month', 'day'].includes(precisionOf(d) ?? ''),
        'must be a date such as "2026-11"',
      ),
    /** Events of this report's timeline marked on the time axis (their file names). */
    events: z.array(eventName).default([]),
    /** Data notes for the reader (Chinese). */
    notes: z.array(text).default([]),
    /** The data. */
    series: z.array(seriesSchema).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const needed = f.shape === 'bars-and-time' ? 2 : 1;
    if (f.panels.length !== needed) issue(ctx, ['panels'], `a ${f.shape} figure has ${needed} panel(s)`);
    const time = f.shape === 'bars-and-time' ? f.panels[1] : f.panels[0];
    if (time && (!time.from || !time.to))
      issue(ctx, ['panels'], `panel "${time.id}" is a time axis: give from and to`);
    const ids = new Set(f.panels.map((p) => p.id));
    f.series.forEach((s, i) => {
      if (s.panel && !ids.has(s.panel))
        issue(ctx, ['series', i, 'panel'], `unknown panel "${s.panel}" (known: ${[...ids].join(', ')})`);
    });
  });

export type FigureData = z.infer<typeof figureSchema>;
