import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { UNIT_IDS, UNITS } from '../lib/units.ts';
import { text } from './common.ts';
import { checkDated, datedFields } from './dated.ts';
import { publicSourceSchema, reportSourceSchema } from './source.ts';

/** The figure kinds the site can draw; each has an option builder in src/lib/charts/. */
export const CHART_KINDS = ['stake', 'valuation', 'gmv'] as const;

/**
 * One plotted value. `kind` says where it comes from: `sourced` (a public source, with publisher, title,
 * URL, date and status) or `report-claim` (a statement of the report: paragraph anchor and verbatim quote).
 */
export const pointSchema = z
  .object({
    ...datedFields,
    /** The number, in `unit`, as the source gives it. */
    value: z.number({ error: 'must be a number' }),
    /** Unit of `value`: percent, USD_bn, RMB_bn, times or users_100m (see src/lib/units.ts). */
    unit: z.enum(UNIT_IDS),
    /** sourced (an independent public source) or report-claim (the report's own statement). */
    kind: z.enum(['sourced', 'report-claim']),
    /** A qualifier the source puts on the value: about (约) or at-least (超过/以上). */
    bound: z.enum(['about', 'at-least']).optional(),
    /** A short Chinese label for the table and tooltip, e.g. 上市前认购. */
    label: text.optional(),
    /** A caveat or the formula of a derived value (Chinese). */
    note: text.optional(),
    /** Where the value comes from. */
    source: z.union([publicSourceSchema, reportSourceSchema], {
      error: 'needs a source: {publisher, title, url, date, status} or {paragraph, quote}',
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
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'a report-claim cites {paragraph, quote}' });
    }
    if (p.kind === 'sourced' && isReport) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message:
          'a sourced point cites {publisher, title, url, date, status}; use kind: report-claim for the report',
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
    /** The points, in date order. */
    points: z.array(pointSchema).min(1),
  })
  .strict();

/**
 * A figure and its data (`content/figures/<id>.yaml`). The file name is the public anchor (`#fig-stake`).
 * The article places it with `<Figure id="fig-stake" />`; figures are numbered in reading order.
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
