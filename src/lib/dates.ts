/** How precisely a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

const PATTERN: Record<DatePrecision, RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

/** The precision an ISO 8601 date string is written at ("2019", "2019-10", "2019-10-31"), if any. */
export function precisionOf(iso: string): DatePrecision | undefined {
  return (Object.keys(PATTERN) as DatePrecision[]).find((p) => PATTERN[p].test(iso));
}

/**
 * Formats an ISO 8601 date in Chinese at its precision: 2014年5月27日, 2021年12月, 2019年.
 * Throws on a string that is not a date at that precision.
 */
export function formatChineseDate(iso: string, precision: DatePrecision = precisionOf(iso) ?? 'day'): string {
  const m = PATTERN[precision].exec(iso);
  if (!m) throw new Error(`"${iso}" is not a date of precision "${precision}"`);
  const [, y, mo, d] = m;
  if (precision === 'year') return `${y}年`;
  if (precision === 'month') return `${y}年${Number(mo)}月`;
  return `${y}年${Number(mo)}月${Number(d)}日`;
}
