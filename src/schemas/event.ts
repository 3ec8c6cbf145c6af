/**
 * A timeline event (content/reports/<id>/events/<date>-<slug>.yaml): its date at its precision, what
 * happened, and the report paragraph or public sources that say so.
 */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';
import { checkDated, dateBasis, datedFields } from './dated.ts';
import { publicSourceSchema, reportSourceSchema } from './source.ts';

/**
 * One dated event on a report's timeline (`content/reports/<report>/events/<date>-<slug>.yaml`). The file
 * name, which starts with the date at its precision, gives the public anchor `#event-<file name>`.
 * Figures mark events by referring to these entries, so a date is written once.
 */
export const eventSchema = z
  .object({
    ...datedFields,
    /** What the date rests on besides the report's time words: article-date (年份据文章日期). */
    basis: dateBasis,
    /** A short title (Chinese). */
    title: text,
    /** A few characters for chart marks and compact lists, e.g. 合作到期; defaults to the title. */
    shortTitle: text.optional(),
    /** One or two sentences (Chinese, editorial; the report's own words are linked through `report`). */
    summary: text,
    /** Its category: the id of one of the report's `categories`. */
    category: slug,
    /**
     * The paragraph of this report that states it, if the report does: the words, and the report's own
     * time words for it (`when`) if it gives any.
     */
    report: reportSourceSchema.optional(),
    /** Public sources for it, if any; each lists the numbers of the title and summary it states. */
    sources: z.array(publicSourceSchema).default([]),
    /**
     * Where public sources date the event differently (less precisely) than the report, at their own
     * precision (e.g. "2019-autumn", a season: shown as 2019年秋).
     */
    publicDate: z
      .object({ ...datedFields })
      .strict()
      .superRefine(checkDated)
      .optional(),
    /** A caveat for the reader, e.g. when the report's date and public sources differ. Must be true. */
    note: text.optional(),
  })
  .strict()
  .superRefine(checkDated)
  .refine((e) => e.report || e.sources.length > 0, {
    message: 'an event needs a source: `report` (a paragraph of the report) and/or `sources`',
    path: ['sources'],
  });

export type EventData = z.infer<typeof eventSchema>;
