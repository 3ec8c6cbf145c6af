import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { DATE_PRECISIONS, precisionOf } from '../lib/dates.ts';
import { BOUNDS, UNIT_IDS, UNITS } from '../lib/units.ts';
import { text } from './common.ts';
import { checkDated } from './dated.ts';
import { publicSourceSchema, reportSourceSchema } from './source.ts';

/** The figure kinds the site can draw; each has an option builder in src/lib/charts/. */
export const CHART_KINDS = ['stake', 'valuation', 'gmv'] as const;

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
    /** year, season, quarter, month, day — never finer than the sources — or undated. */
    precision: z.enum([...DATE_PRECISIONS, 'undated']),
    /** The number, in `unit`, as the source gives it. */
    value: z.number({ error: 'must be a number' }),
    /** Unit of `value`: percent, USD_bn, RMB_bn, times or users_100m (see src/lib/units.ts). */
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
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${p.value}% is outside 0–100` });
    }
    const isReport = 'paragraph' in p.source;
    if (p.kind === 'report-claim' && !isReport) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'a report-claim cites {paragraph, quote, when}',
      });
    }
    if (p.kind === 'sourced' && isReport) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'a sourced point cites a public source; use kind: report-claim for the report',
      });
    }
    if (
      p.kind === 'report-claim' &&
      isReport &&
      p.precision !== 'undated' &&
      !('when' in p.source && p.source.when)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'when'],
        message: 'a dated report-claim carries the report’s own time words (e.g. 2014年3月入股时)',
      });
    }
  });

/** A named line, bar set or group of markers. */
export const seriesSchema = z
  .object({
    /** ASCII id, unique in the figure (used in downloads). */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case ASCII, e.g. market-cap'),
    /** Legend name (Chinese). */
    name: text,
    /** Which panel of a multi-panel figure it belongs to (gmv: main = GMV, channel = shares). */
    panel: z.enum(['main', 'channel']).default('main'),
    /**
     * Why the series is listed beside the chart instead of drawn (e.g. 非京东估值，不在估值轴上绘制);
     * absent for a drawn series.
     */
    notPlotted: text.optional(),
    /** The points, in date order. */
    points: z.array(pointSchema).min(1),
  })
  .strict();

/**
 * A figure and its data (`content/figures/<id>.yaml`). The file name is the public anchor (`#fig-stake`).
 * The article places it with `<Figure id="fig-stake" />`; figures are numbered in reading order. A figure
 * is this site's compilation (cited as the site's work, accompanying the report).
 */
export const figureSchema = z
  .object({
    /** Title (Chinese). */
    title: text,
    /** The one-sentence takeaway shown under the title (Chinese). */
    takeaway: text,
    /** Which builder draws it. */
    chart: z.enum(CHART_KINDS),
    /** The section where the article discusses it (and places it). */
    section: reference('sections'),
    /** When the compilation was last revised ("2026-11" or "2026-11-27"): the date its citation gives. */
    updated: z
      .string()
      .refine(
        (d) => ['year', 'month', 'day'].includes(precisionOf(d) ?? ''),
        'must be a date such as "2026-11"',
      ),
    /** Timeline events marked on the time axis (entries of content/events/). */
    events: z.array(reference('events')).default([]),
    /** Data notes for the reader (Chinese). */
    notes: z.array(text).default([]),
    /** The data. */
    series: z.array(seriesSchema).min(1),
  })
  .strict();

export type FigureData = z.infer<typeof figureSchema>;
export type SeriesData = z.infer<typeof seriesSchema>;
export type PointData = z.infer<typeof pointSchema>;
