import { z } from 'astro/zod';
import { isCalendarDay } from './common.ts';

const PATTERNS = {
  year: /^\d{4}$/,
  month: /^\d{4}-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
} as const;

/**
 * The fields of a date known to a given precision: `date` is ISO 8601 at that precision ("2019",
 * "2019-10", "2019-10-31", always quoted in YAML) and `precision` says which. Add them to an object
 * schema and refine it with `checkDated` so a date that does not parse or match its precision fails.
 */
export const datedFields = {
  /** ISO 8601 date at its precision, quoted: "2014", "2014-05" or "2014-05-27". */
  date: z.string({ error: 'must be a quoted ISO date such as "2014-05-27"' }),
  /** How precisely the date is known: year, month or day. */
  precision: z.enum(['year', 'month', 'day']),
};

/** True when `date` is a real date written at `precision`. */
export function isDateAtPrecision(date: string, precision: keyof typeof PATTERNS): boolean {
  const m = PATTERNS[precision].exec(date);
  if (!m) return false;
  if (precision === 'year') return true;
  if (precision === 'month') return Number(m[1]) >= 1 && Number(m[1]) <= 12;
  return isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Refinement for a schema with `datedFields`: reports a bad date on the `date` field. */
export function checkDated(
  v: { date: string; precision: keyof typeof PATTERNS },
  ctx: z.RefinementCtx,
): void {
  if (!isDateAtPrecision(v.date, v.precision)) {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: `"${v.date}" is not a valid date of precision "${v.precision}"`,
    });
  }
}
