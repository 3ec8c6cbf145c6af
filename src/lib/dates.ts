/**
 * Dates at the precision of their source. A date is written in content as text at its precision:
 * "2014" (year), "2016-H1" (half year), "2019-autumn" (season), "2014-Q4" (quarter), "2014-05" (month),
 * "2014-05-27" (day). A claim with no time at all is `undated` and has no date. Nothing here may make a
 * date more precise than it is written; where a date rests on more than the words (the article's own
 * date, the order of a list), its `basis` says so and readers see it.
 */
import {
  DATE_BASES,
  DATE_PATTERNS,
  isDateAtPrecision,
  precisionOf,
  type DateBasis,
  type DatePrecision,
  type Precision,
} from '../schemas/vocabulary.ts';

// How content writes a date, its precisions and its bases are defined with the schemas; this module
// reads, compares and formats dates, and its users get everything about dates here.
export { DATE_BASES, isDateAtPrecision, precisionOf, type DateBasis, type DatePrecision, type Precision };

/** How fine each precision is; a season and a quarter are both about three months. */
export const PRECISION_RANK: Record<Precision, number> = {
  undated: 0,
  year: 1,
  half: 2,
  season: 3,
  quarter: 3,
  month: 4,
  day: 5,
};

/** True when `a` is finer than `b` (a date at `a` says more than a source at `b` can support). */
export const finerThan = (a: Precision, b: Precision): boolean => PRECISION_RANK[a] > PRECISION_RANK[b];

/** The bases of a date for readers, e.g. （年份据文章日期）; empty without any. */
export const basisText = (basis: readonly DateBasis[] | undefined): string =>
  basis?.length ? `（${basis.map((b) => DATE_BASES[b]).join('；')}）` : '';

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
type Season = (typeof SEASONS)[number];
const SEASON_NAMES: Record<Season, string> = { spring: '春', summer: '夏', autumn: '秋', winter: '冬' };
const QUARTER_NAMES = ['一', '二', '三', '四'] as const;
const HALF_NAMES = ['上', '下'] as const;

/**
 * A date in Chinese at its precision: 2014年, 2016年上半年, 2019年秋, 2014年第四季度, 2021年12月,
 * 2014年5月27日. Throws on a string that is not a date at that precision.
 */
export function formatChineseDate(
  date: string,
  precision: DatePrecision = precisionOf(date) ?? 'day',
): string {
  const m = DATE_PATTERNS[precision].exec(date);
  if (!m || !isDateAtPrecision(date, precision))
    throw new Error(`"${date}" is not a date of precision "${precision}"`);
  const y = m[1]!;
  switch (precision) {
    case 'year':
      return `${y}年`;
    case 'half':
      return `${y}年${HALF_NAMES[Number(m[2]) - 1]}半年`;
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

/** A date or an undated claim in Chinese, with its basis if it has one. */
export const formatPrecisionDate = (
  date: string | undefined,
  precision: Precision,
  basis?: readonly DateBasis[],
): string =>
  precision === 'undated' || !date
    ? UNDATED_TEXT
    : `${formatChineseDate(date, precision)}${basisText(basis)}`;

/**
 * The value of an HTML `<time datetime>` for a date: HTML has years, months and days but no halves,
 * seasons or quarters, so those give their year (never a finer date than the text says).
 */
export function htmlDateTime(date: string, precision: DatePrecision): string {
  return precision === 'half' || precision === 'season' || precision === 'quarter' ? date.slice(0, 4) : date;
}

/** The first and last month (1–12) a date's part below the year can mean, e.g. Q4 → [10, 12]. */
function partSpan(part: string, precision: DatePrecision): [number, number] | undefined {
  switch (precision) {
    case 'year':
      return undefined;
    case 'half':
      return part === 'H1' ? [1, 6] : [7, 12];
    case 'quarter': {
      const q = Number(part.slice(1));
      return [q * 3 - 2, q * 3];
    }
    case 'season': {
      const start = { spring: 3, summer: 6, autumn: 9, winter: 12 }[part as Season];
      return [start, start + 2];
    }
    default:
      return [Number(part.slice(0, 2)), Number(part.slice(0, 2))];
  }
}

/** The first and last month (1–12) a date can mean, e.g. 2014-Q4 → [10, 12]; undefined for a year. */
const monthSpan = (date: string, precision: DatePrecision) => partSpan(date.slice(5), precision);

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
  if (precision === 'half') return Date.UTC(year, first - 1 + 3, 1);
  return Date.UTC(year, (first + last) / 2 - 1, 15);
}

/** A date stated by words, as `statedDate` reads it. */
export interface StatedDate {
  /** The date at its precision; without its year (`yearless`) the part below it: MM-DD, MM, Q4, H1. */
  date: string;
  precision: DatePrecision;
  /** A month, day, half or quarter named without its year (“9月30日”, “11月初”, “双十一”). */
  yearless?: true;
}

/** The year of a date as written (“2017-11” → "2017"). */
export const yearOf = (date: string): string => date.slice(0, 4);

/**
 * True when `date` (at `precision`) falls within what `stated` can mean: 2014-06 is within 2014;
 * 2014-06-18 is within 2014-06 and 2014-Q2; 2014-07 is not within 2014-06; 2025-09-30 is within the
 * yearless “9月30日” (whose year the caller checks).
 */
export function within(date: string, precision: DatePrecision, stated: StatedDate): boolean {
  const statedPart = stated.yearless ? stated.date : stated.date.slice(5);
  if (!stated.yearless && yearOf(date) !== yearOf(stated.date)) return false;
  const outer = partSpan(statedPart, stated.precision);
  if (!outer) return true; // the stated date is a whole year
  const inner = monthSpan(date, precision);
  if (!inner) return false; // a whole year is not within part of a year
  if (inner[0] < outer[0] || inner[1] > outer[1]) return false;
  return stated.precision !== 'day' || date.slice(5) === statedPart;
}

/** Quotation marks and title brackets, which never change what a time word means (“双十一” = 双十一). */
const QUOTES = /[“”"「」『』‘’'《》〈〉]/g;
/** A shopping festival named by its day is a period around it: its month at most. */
const FESTIVALS = '618|双十一|双11|双十二|双12';
const festivalMonth = (name: string) => (name === '618' ? '06' : /十二|12/.test(name) ? '12' : '11');
/** Who runs a festival, as news prose names it before it (天猫“双十一”). */
const PLATFORMS = '(?:天猫|淘宝|京东|苏宁|拼多多|全网|电商)?';
const CN_NUMBERS = '一二三四五六七八九十';
const cnNumber = (s: string): number =>
  /^\d+$/.test(s)
    ? Number(s)
    : s === '十'
      ? 10
      : s.startsWith('十')
        ? 10 + CN_NUMBERS.indexOf(s[1]!) + 1
        : CN_NUMBERS.indexOf(s[0]!) + 1;

/**
 * The date a passage of Chinese text states, at the precision its words give: “2014年5月27日” (day),
 * “2014年3月” (month), “2016年双十一期间” or “2016年天猫“双十一”” (a period in November: month at
 * most), “2014年第四季度” (quarter), “2016年上半年” (half), “2019年秋” (season), “2014年” (year). A
 * month, day, festival, half or quarter named without a year (“9月30日”, “11月初”, “双十一”, “第四季度”)
 * is `yearless`: something else must give its year. Undefined when the words name no time.
 */
export function statedDate(words: string): StatedDate | undefined {
  const text = words.normalize('NFKC').replace(/\s+/g, '').replace(QUOTES, '');
  const pad = (n: string) => n.padStart(2, '0');
  let m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (m) return { date: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, precision: 'day' };
  m = /(\d{4})年(\d{1,2})月/.exec(text);
  if (m) return { date: `${m[1]}-${pad(m[2]!)}`, precision: 'month' };
  m = new RegExp(`(\\d{4})年${PLATFORMS}(${FESTIVALS})`).exec(text);
  if (m) return { date: `${m[1]}-${festivalMonth(m[2]!)}`, precision: 'month' };
  m = /(\d{4})年第?([一二三四1-4])季度/.exec(text);
  if (m) return { date: `${m[1]}-Q${cnNumber(m[2]!)}`, precision: 'quarter' };
  m = /(\d{4})年(上|下)半年/.exec(text);
  if (m) return { date: `${m[1]}-H${m[2] === '上' ? 1 : 2}`, precision: 'half' };
  m = /(\d{4})年(春|夏|秋|冬)/.exec(text);
  if (m) return { date: `${m[1]}-${SEASONS['春夏秋冬'.indexOf(m[2]!)]}`, precision: 'season' };
  m = /(\d{4})年/.exec(text);
  if (m) return { date: m[1]!, precision: 'year' };
  // Without a year.
  m = /(\d{1,2})月(\d{1,2})日/.exec(text);
  if (m) return { date: `${pad(m[1]!)}-${pad(m[2]!)}`, precision: 'day', yearless: true };
  m = /(\d{1,2})月/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return { date: pad(m[1]!), precision: 'month', yearless: true };
  m = new RegExp(`(${FESTIVALS})`).exec(text);
  if (m) return { date: festivalMonth(m[1]!), precision: 'month', yearless: true };
  m = /第?([一二三四1-4])季度/.exec(text);
  if (m && !/[前后]第?[一二三四1-4]季度/.test(text))
    return { date: `Q${cnNumber(m[1]!)}`, precision: 'quarter', yearless: true };
  m = /(上|下)半年/.exec(text);
  if (m) return { date: `H${m[1] === '上' ? 1 : 2}`, precision: 'half', yearless: true };
  return undefined;
}

/** Periods that values can be listed for, in order, and what they are called. */
export interface Enumeration {
  /** The periods, in order, without their year: Q1…Q4, H1/H2, 01…12. */
  periods: string[];
  precision: DatePrecision;
  /** The listed values as written, in order, e.g. 7.63亿元. */
  values: string[];
}

/** A listed value: a number and the unit words after it (亿元, %, 万元 …). */
const LISTED_VALUE = /(\d[\d,]*(?:\.\d+)?)(%|[^\d、，,和及与；;。！？:：()（）]{0,4})/;

/**
 * Values listed in order for named periods: “四个季度营业额分别为7.63亿元、5.80亿元、8.12亿元、9.97亿元”
 * (quarters 1–4), “前三季度……分别为” (1–3), “上半年和下半年……分别为” / “上、下半年” (halves), “1—3月……
 * 分别为” (months). The values follow 分别为/分别是/依次为, separated by 、，和 or 及. Undefined unless the
 * words name periods, say 分别/依次, and list as many values as periods.
 */
export function enumeration(words: string): Enumeration | undefined {
  const text = words.normalize('NFKC').replace(/\s+/g, '').replace(QUOTES, '');
  const list = /(分别为|分别是|分别达|依次为|依次是)/.exec(text);
  if (!list) return undefined;
  const head = text.slice(0, list.index);
  let periods: string[] | undefined;
  let precision: DatePrecision = 'quarter';
  let m: RegExpExecArray | null;
  if (/(四个|4个|各个?)季度/.test(head)) periods = ['Q1', 'Q2', 'Q3', 'Q4'];
  else if ((m = /前([二两三2-3])个?季度/.exec(head)))
    periods = ['Q1', 'Q2', 'Q3'].slice(0, m[1] === '三' || m[1] === '3' ? 3 : 2);
  else if (/上半年[和与、及]?下半年|上、?下半年/.test(head)) {
    periods = ['H1', 'H2'];
    precision = 'half';
  } else if (
    (m = /(\d{1,2}|[一二三四五六七八九十]{1,2})[—–\-~～至到](\d{1,2}|[一二三四五六七八九十]{1,2})月/.exec(
      head,
    ))
  ) {
    const [a, b] = [cnNumber(m[1]!), cnNumber(m[2]!)];
    if (a >= 1 && b <= 12 && a < b)
      periods = Array.from({ length: b - a + 1 }, (_, i) => String(a + i).padStart(2, '0'));
    precision = 'month';
  }
  if (!periods) return undefined;
  const values: string[] = [];
  let rest = text.slice(list.index + list[0].length);
  for (;;) {
    const v = new RegExp(`^${LISTED_VALUE.source}`).exec(rest);
    if (!v) break;
    values.push(`${v[1]}${v[2]}`);
    rest = rest.slice(v[0].length);
    const sep = /^[、，,和及与]/.exec(rest);
    if (!sep || values.length === periods.length) break;
    rest = rest.slice(sep[0].length);
  }
  return values.length === periods.length ? { periods, precision, values } : undefined;
}
