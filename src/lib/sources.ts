/**
 * Public sources as readers see them: what kind of document each is, how its title is known, and the
 * lint that keeps internal notes out of reader-facing names and titles (pure).
 */

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

/** How far a figure from the source was checked (shared/data/public-figures.yaml `status`). */
export const SOURCE_STATUS = {
  /** Read in a company filing or release, or a verbatim copy of one. */
  verified: '已对照公司文件',
  /** Read in a news or third-party page. */
  reported: '据报道',
  /** Computed from sourced figures; the formula is in the point's note. */
  derived: '推算',
} as const;
export type SourceStatus = keyof typeof SOURCE_STATUS;

/** The parts of a public source that name it for readers. */
export interface SourceName {
  publisher: string;
  /** The site whose copy was read, when it is not the publisher's own. */
  via?: string | undefined;
  /** The copy at `via` is a summary of the document, not a reprint. */
  summarised?: boolean | undefined;
  /** The headline as published. */
  title?: string | undefined;
  /** A headline read off the URL only (unconfirmed). */
  titleFromUrl?: string | undefined;
  /** Our Chinese description of a document whose copy shows no title. */
  description?: string | undefined;
  type: SourceType;
  /** Read in a machine translation. */
  machineTranslated?: boolean | undefined;
}

/** The title as readers see it, marked when it is not the published headline. */
export function sourceTitle(s: SourceName): string {
  if (s.title) return s.title;
  if (s.titleFromUrl) return `${s.titleFromUrl}（标题据网址）`;
  return `${s.description ?? ''}（本站描述）`;
}

/** Who published it, and where the copy was read: “JD.com（vdocuments.site 转载）”, “搜狐财经（Reportify 摘要）”. */
export const sourcePublisher = (s: SourceName): string =>
  s.via ? `${s.publisher}（${s.via} ${s.summarised ? '摘要' : '转载'}）` : s.publisher;

/** The kind of document, e.g. 媒体报道（转载），机器翻译; a summary says so instead of 转载. */
export const sourceTypeLabel = (s: SourceName): string =>
  `${s.summarised ? SOURCE_TYPES[s.type].replace('（转载）', '') + '（摘要）' : SOURCE_TYPES[s.type]}${s.machineTranslated ? '，机器翻译' : ''}`;

/**
 * Why a reader-facing name or title reads as an internal note, if it does: square brackets, or English
 * editorial remarks such as “(copy on …)”, “reprint of”, “URL slug”, “summarised by”, “title not shown”.
 */
export function internalNote(text: string): string | undefined {
  if (/[[\]]/.test(text)) return 'square brackets mark an editorial note';
  const remark =
    /\b(copy on|copies? of|reprint|URL slug|slug|summari[sz]ed by|machine[- ]translated|title not shown|quoting|undated page|approx\.)/i.exec(
      text,
    );
  if (remark) return `“${remark[0]}” is an editorial remark (use via, type, titleFromUrl or description)`;
  return undefined;
}
