/**
 * Dates at the precision of their source. A date is written in content as text at its precision:
 * "2014" (year), "2019-autumn" (season), "2014-Q4" (quarter), "2014-05" (month), "2014-05-27" (day).
 * A claim with no time at all is `undated` and has no date. Nothing here may make a date more precise
 * than it is written.
 */

/** The precisions a date can have, from coarsest to finest. */
export const DATE_PRECISIONS = ['year', 'season', 'quarter', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
/** A date's precision, or `undated` for a claim that gives no time. */
export type Precision = DatePrecision | 'undated';

/** How fine each precision is; a season and a quarter are both about three months. */
export const PRECISION_RANK: Record<Precision, number> = {
  undated: 0,
  year: 1,
  season: 2,
  quarter: 2,
  month: 3,
  day: 4,
};

/** True when `a` is finer than `b` (a date at `a` says more than a source at `b` can support). */
export const finerThan = (a: Precision, b: Precision): boolean => PRECISION_RANK[a] > PRECISION_RANK[b];

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
type Season = (typeof SEASONS)[number];
const SEASON_NAMES: Record<Season, string> = { spring: '春', summer: '夏', autumn: '秋', winter: '冬' };
const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

const PATTERN: Record<DatePrecision, RegExp> = {
  year: /^(\d{4})$/,
  season: /^(\d{4})-(spring|summer|autumn|winter)$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

/** True when `y-m-d` is a real calendar day (2025-02-30 is not). */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** True when `date` is a real date written at `precision`. */
export function isDateAtPrecision(date: string, precision: DatePrecision): boolean {
  const m = PATTERN[precision].exec(date);
  if (!m) return false;
  if (precision === 'month') return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  if (precision === 'day') return isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return true;
}

/** The precision a date string is written at, if any. */
export function precisionOf(date: string): DatePrecision | undefined {
  return DATE_PRECISIONS.find((p) => isDateAtPrecision(date, p));
}

/**
 * A date in Chinese at its precision: 2014年, 2019年秋, 2014年第四季度, 2021年12月, 2014年5月27日.
 * Throws on a string that is not a date at that precision.
 */
export function formatChineseDate(
  date: string,
  precision: DatePrecision = precisionOf(date) ?? 'day',
): string {
  const m = PATTERN[precision].exec(date);
  if (!m || !isDateAtPrecision(date, precision))
    throw new Error(`"${date}" is not a date of precision "${precision}"`);
  const y = m[1]!;
  switch (precision) {
    case 'year':
      return `${y}年`;
    case 'season':
      return `${y}年${SEASON_NAMES[m[2] as Season]}`;
    case 'quarter':
      return `${y}年第${QUARTER_NAMES[Number(m[2]) - 1]}季度`;
    case 'month':
      return `${y}年${Number(m[2])}月`;
    case 'day':
      return `${y}年${Number(m[2])}月${Number(m[3])}日`;
  }
}

/** What readers see for a claim that gives no time. */
export const UNDATED_TEXT = '未注明时间';

/** A date or an undated claim in Chinese. */
export const formatPrecisionDate = (date: string | undefined, precision: Precision): string =>
  precision === 'undated' || !date ? UNDATED_TEXT : formatChineseDate(date, precision);

/**
 * The value of an HTML `<time datetime>` for a date: HTML has years, months and days but no seasons or
 * quarters, so those give their year (never a finer date than the text says).
 */
export function htmlDateTime(date: string, precision: DatePrecision): string {
  return precision === 'season' || precision === 'quarter' ? date.slice(0, 4) : date;
}

/** The first and last month (1–12) a date can mean, e.g. 2014-Q4 → [10, 12]; undefined for a year. */
function monthSpan(date: string, precision: DatePrecision): [number, number] | undefined {
  const m = PATTERN[precision].exec(date);
  if (!m) return undefined;
  if (precision === 'month' || precision === 'day') return [Number(m[2]), Number(m[2])];
  if (precision === 'quarter') return [Number(m[2]) * 3 - 2, Number(m[2]) * 3];
  if (precision === 'season') {
    const start = { spring: 3, summer: 6, autumn: 9, winter: 12 }[m[2] as Season];
    return [start, start + 2];
  }
  return undefined;
}

/**
 * Where a date sits on a time axis (ms since the epoch, UTC): the middle of the span it can mean, so a
 * month sits at its 15th, a quarter at its middle month's 15th, a year at 1 July, a day at noon.
 */
export function toTime(date: string, precision: DatePrecision): number {
  const year = Number(date.slice(0, 4));
  if (precision === 'year') return Date.UTC(year, 6, 1);
  if (precision === 'day') {
    const [, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, m - 1, d, 12);
  }
  const [first, last] = monthSpan(date, precision)!;
  return Date.UTC(year, (first + last) / 2 - 1, 15);
}

/** A date stated by words, as `statedDate` reads it. */
export interface StatedDate {
  /** The date at its precision; for `yearless` days, `MM-DD`. */
  date: string;
  precision: DatePrecision;
  /** A day named without its year (“9月30日”): the context gives the year. */
  yearless?: true;
}

/**
 * True when `date` (at `precision`) falls within what `stated` can mean: 2014-06 is within 2014;
 * 2014-06-18 is within 2014-06 and 2014-Q2; 2014-07 is not within 2014-06; 2025-09-30 is within the
 * yearless “9月30日”.
 */
export function within(date: string, precision: DatePrecision, stated: StatedDate): boolean {
  if (stated.yearless) return precision === 'day' && date.slice(5) === stated.date;
  if (date.slice(0, 4) !== stated.date.slice(0, 4)) return false;
  const outer = monthSpan(stated.date, stated.precision);
  if (!outer) return true; // the stated date is a whole year
  const inner = monthSpan(date, precision);
  if (!inner) return false; // a whole year is not within part of a year
  if (inner[0] < outer[0] || inner[1] > outer[1]) return false;
  return stated.precision !== 'day' || date === stated.date;
}

/**
 * The date a passage of Chinese text states, at the precision its words give: “2014年5月27日” (day),
 * “2014年3月” (month), “2016年双十一期间” (a period in November: month at most), “2014年第四季度”
 * (quarter), “2019年秋” (season), “2014年” (year); “9月30日” is a day whose year the context gives
 * (`yearless`). Undefined when the words name no time.
 */
export function statedDate(words: string): StatedDate | undefined {
  const text = words.normalize('NFKC').replace(/\s+/g, '');
  const pad = (n: string) => n.padStart(2, '0');
  let m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (m) return { date: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, precision: 'day' };
  m = /(\d{4})年(\d{1,2})月/.exec(text);
  if (m) return { date: `${m[1]}-${pad(m[2]!)}`, precision: 'month' };
  // A shopping festival named by its day (618, 双十一) is a period around it: its month at most.
  m = /(\d{4})年(618|双十一|双11)/.exec(text);
  if (m) return { date: `${m[1]}-${m[2] === '618' ? '06' : '11'}`, precision: 'month' };
  m = /(\d{4})年第?([一二三四1-4])季度/.exec(text);
  if (m) {
    const q = '一二三四'.includes(m[2]!) ? '一二三四'.indexOf(m[2]!) + 1 : Number(m[2]);
    return { date: `${m[1]}-Q${q}`, precision: 'quarter' };
  }
  m = /(\d{4})年(春|夏|秋|冬)/.exec(text);
  if (m) return { date: `${m[1]}-${SEASONS['春夏秋冬'.indexOf(m[2]!)]}`, precision: 'season' };
  m = /(\d{4})年/.exec(text);
  if (m) return { date: m[1]!, precision: 'year' };
  m = /(\d{1,2})月(\d{1,2})日/.exec(text);
  if (m) return { date: `${pad(m[1]!)}-${pad(m[2]!)}`, precision: 'day', yearless: true };
  return undefined;
}
