/**
 * What content files may write, defined once: readable ids, dates at a precision (and what else a date
 * may rest on), units and qualifiers, report kinds, source types and figure shapes, each with what it
 * means. The schemas validate against these and import nothing else of the site; src/lib and src/charts
 * build on them (no zod here: the browser's chart code imports it too).
 */

/** A readable ASCII id: lower-case letters, digits and single hyphens. */
export const ANCHOR_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A paragraph's anchor, as content cites it: its block's anchor, `-p` and its number, e.g. history-p2. */
export const PARAGRAPH_ID = /^([a-z][a-z0-9-]*)-p(\d+)$/;

// Dates (read and written by src/lib/dates.ts).

/** The precisions a date can have, from coarsest to finest. */
export const DATE_PRECISIONS = ['year', 'half', 'season', 'quarter', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
/** A date's precision, or `undated` for a claim that gives no time. */
export type Precision = DatePrecision | 'undated';

/**
 * What a date rests on besides the words that state it, shown to readers beside the date:
 * `article-date` — the words name a month or day without its year, and the year is the article's own
 * (「11月初」 in an article of November 2017); `list-order` — the words list values in order for named
 * periods (「四个季度营业额分别为……」), and each value takes its period from its place in the list.
 */
export const DATE_BASES = {
  'article-date': '年份据文章日期',
  'list-order': '据原文列举顺序',
} as const;
export type DateBasis = keyof typeof DATE_BASES;
export const DATE_BASIS_IDS = Object.keys(DATE_BASES) as [DateBasis, ...DateBasis[]];

/** How a date is written at each precision. */
export const DATE_PATTERNS: Record<DatePrecision, RegExp> = {
  year: /^(\d{4})$/,
  half: /^(\d{4})-H([12])$/,
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
  const m = DATE_PATTERNS[precision].exec(date);
  if (!m) return false;
  if (precision === 'month') return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  if (precision === 'day') return isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return true;
}

/** The precision a date string is written at, if any. */
export function precisionOf(date: string): DatePrecision | undefined {
  return DATE_PRECISIONS.find((p) => isDateAtPrecision(date, p));
}

// Figures' values (src/lib/units.ts).

/**
 * Units of the figures' data. A value is stored in its source's unit (USD_bn for a filing that says
 * “US$26bn”) and shown in Chinese units: `display`, after multiplying by `factor`; a percentage lies in 0–100.
 */
export const UNITS = {
  /** A percentage, 0–100. */
  percent: { display: '%', factor: 1, percent: true },
  /** Billions of US dollars; shown as 亿美元 (1 bn = 10 亿). */
  USD_bn: { display: '亿美元', factor: 10, percent: false },
  /** Billions of renminbi; shown as 亿元. */
  RMB_bn: { display: '亿元', factor: 10, percent: false },
  /** Hundreds of millions of renminbi (亿元), as Chinese sources write them. */
  RMB_100m: { display: '亿元', factor: 1, percent: false },
  /** Tens of thousands of renminbi (万元). */
  RMB_10k: { display: '万元', factor: 1, percent: false },
  /** A multiple, e.g. “增长8倍”. */
  times: { display: '倍', factor: 1, percent: false },
  /** Hundreds of millions of users (亿用户). */
  users_100m: { display: '亿用户', factor: 1, percent: false },
} as const;

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [UnitId, ...UnitId[]];

/**
 * A qualifier the source puts on a value, in its own words: about (约), over (超过: more than) or
 * at-least (以上: this much or more). “25%以上” and “超过25%” are different claims.
 */
export const BOUNDS = ['about', 'over', 'at-least'] as const;
export type Bound = (typeof BOUNDS)[number];

// Reports (their citation forms: src/lib/citation.ts) and public sources (src/lib/sources.ts).

/**
 * What kind of work a report is, which picks its citation forms: a research report (GB/T 7714 [R], APA
 * report, biblatex @report), a newspaper article ([N], APA newspaper article, @article), an article on a
 * website ([EB/OL], APA web page, @online) or a column (专栏, like a web article).
 */
export const REPORT_KINDS = {
  report: { label: '研究报告', form: 'report' },
  'newspaper-article': { label: '报纸文章', form: 'newspaper' },
  'web-article': { label: '网络文章', form: 'web' },
  column: { label: '专栏文章', form: 'web' },
} as const;
export type ReportKind = keyof typeof REPORT_KINDS;
export const REPORT_KIND_IDS = Object.keys(REPORT_KINDS) as [ReportKind, ...ReportKind[]];

/**
 * What a source is. Labels are true to the document: 公司申报文件 only for what the company itself filed
 * (SEC, HKEX); copies on other sites and data feeds say what they are.
 */
export const SOURCE_TYPES = {
  /** A filing of the company with a regulator or exchange, at the regulator's or company's own address. */
  filing: '公司申报文件',
  /** A copy of a company filing or announcement on another site. */
  'filing-copy': '公司公告（转载）',
  /** A company press release on another site (newswire copy, document host). */
  'release-copy': '公司新闻稿（转载）',
  /** A page of the company's own website. */
  'company-site': '公司官网',
  /** A news report by a news organisation, at its own address. */
  news: '媒体报道',
  /** A news report read in a copy on another site (a mirror, a wire on another outlet, a summary). */
  'news-copy': '媒体报道（转载）',
  /** A financial news feed or broker's newsfeed quoting a document. */
  feed: '财经资讯平台',
  /** A third-party data table (e.g. market capitalisation computed from prices and share counts). */
  data: '第三方数据',
  /** A third-party article, blog post or analysis. */
  article: '第三方文章',
} as const;

export type SourceType = keyof typeof SOURCE_TYPES;
export const SOURCE_TYPE_IDS = Object.keys(SOURCE_TYPES) as [SourceType, ...SourceType[]];

// How a figure is drawn (src/charts/).

/** `time`: one time axis (markers, lines, steps, report claims); `bars-and-time`: bars by year beside a time panel. */
export const CHART_SHAPES = ['time', 'bars-and-time'] as const;
export type ChartShape = (typeof CHART_SHAPES)[number];

/** How a series' points are joined. */
export const JOINS = ['none', 'line', 'step'] as const;

/** Which points of a series get a value label. */
export const LABEL_RULES = ['all', 'extremes', 'none'] as const;

/** Markers of sourced points (report claims are always hollow diamonds). */
export const MARKERS = ['circle', 'square'] as const;
