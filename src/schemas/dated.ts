/**
 * The fields of a date known to a given precision (date, precision, basis) and their check, for events,
 * figure points and a report's dates.
 */
import { z } from 'astro/zod';
import { issue } from './common.ts';
import { DATE_BASIS_IDS, DATE_PRECISIONS, isDateAtPrecision, type Precision } from './vocabulary.ts';

/**
 * The fields of a date known to a given precision: `date` is written at that precision ("2014",
 * "2019-autumn", "2014-Q4", "2014-05", "2014-05-27", always quoted in YAML) and `precision` says which.
 * Add them to an object schema and refine it with `checkDated` so a date that does not parse or does not
 * match its precision fails.
 */
export const datedFields = {
  /** The date at its precision, quoted: "2014", "2016-H1", "2019-autumn", "2014-Q4", "2014-05" or "2014-05-27". */
  date: z.string({ error: 'must be a quoted date such as "2014-05-27"' }),
  /** How precisely the date is known: year, half, season, quarter, month or day — never finer than its sources. */
  precision: z.enum(DATE_PRECISIONS),
};

/**
 * What a date rests on besides the words that state it (shown to readers beside the date): `article-date`
 * (年份据文章日期: the words give no year, the article's date does) and/or `list-order` (据原文列举顺序: the
 * value's place in a list of periods gives its period). One or a list; the content check holds each to
 * the words.
 */
export const dateBasis = z
  .union([z.enum(DATE_BASIS_IDS), z.array(z.enum(DATE_BASIS_IDS))])
  .transform((b) => [...new Set(Array.isArray(b) ? b : [b])])
  .default([]);

/** Refinement for a schema with a date at a precision (or `undated`): reports a bad date on `date`. */
export function checkDated(
  v: { date?: string | undefined; precision: Precision },
  ctx: z.RefinementCtx,
): void {
  if (v.precision === 'undated') {
    if (v.date !== undefined) issue(ctx, ['date'], 'an undated claim has no date: remove `date`');
    return;
  }
  if (v.date === undefined) {
    issue(ctx, ['date'], `a date of precision "${v.precision}" is required`);
  } else if (!isDateAtPrecision(v.date, v.precision)) {
    issue(ctx, ['date'], `"${v.date}" is not a valid date of precision "${v.precision}"`);
  }
}
