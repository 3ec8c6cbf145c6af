/**
 * The site's feed of its reports (RSS 2.0, written by @astrojs/rss in src/pages/[feed].xml.ts): what each
 * entry says of a report — title, publisher, writer, kind, date at its precision with its basis, description
 * and the report page's public address (pure).
 */
import { escapeUTF8 } from 'entities';
import type { ReportData } from '../schemas/report.ts';
import { CORRECTIONS_TITLE, correctionText, type CorrectionExport } from './corrections.ts';
import { htmlDateTime } from './dates.ts';
import { reportKindLabel } from './report-meta.ts';

/** The feed's address on the site. */
export const FEED_PATH = '/rss.xml';

/** Its media type, for the `<link rel="alternate">` of every page and the delivery headers. */
export const FEED_TYPE = 'application/rss+xml';

/** The namespaces its entries use: Dublin Core for writer, publisher and date; Atom for its own address. */
export const FEED_NAMESPACES = {
  dc: 'http://purl.org/dc/elements/1.1/',
  atom: 'http://www.w3.org/2005/Atom',
} as const;

/** What an entry needs of a report (src/model/build.ts's ReportModel has it all). */
export interface FeedReport {
  data: Pick<ReportData, 'title' | 'subtitle' | 'publisher' | 'kind' | 'credits' | 'published'>;
  /** Its title with its subtitle. */
  fullTitle: string;
  /** Its description (its own, or the opening of its article). */
  description: string;
  /** Its date for readers with the basis, e.g. 2017年11月（据正文推定）; undefined when not known. */
  publishedText: string | undefined;
  /** Its page's public address (absolute). */
  url: string;
  /** Its dated corrections, newest first (none: the entry says nothing of them). */
  corrections?: CorrectionExport[] | undefined;
}

/** An entry as @astrojs/rss takes it (its RSSFeedItem). */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  categories: string[];
  /** Dublin Core elements of the entry, as XML. */
  customData: string;
}

/** Who wrote it, as its credits print them (role and name of each credit marked `author`): 撰写：无痕. */
export const writerCredits = (credits: ReportData['credits']): string[] =>
  credits.filter((c) => c.author).map((c) => `${c.role}：${c.name}`);

/**
 * The date of the `dc:date` element: W3CDTF (what Dublin Core asks for) has a year, a month and a day, so a
 * date is given at its own precision; a half year, season or quarter, which W3CDTF cannot write, as its
 * year (coarser, never finer — the same rule as HTML's <time datetime>).
 */
export const feedDate = (
  published: Pick<NonNullable<ReportData['published']>, 'date' | 'precision'>,
): string => htmlDateTime(published.date, published.precision);

/**
 * The entry's text: publisher, writer, kind and date with its basis (or that the date is not known), then
 * the description, then its dated corrections (更正与更新：…) when it has any. Nothing the report does not
 * say is added: no writer when none is credited.
 */
export function feedDescription(r: FeedReport): string {
  const facts = [
    r.data.publisher && `发布者：${r.data.publisher}`,
    ...writerCredits(r.data.credits),
    reportKindLabel(r.data.kind) && `类型：${reportKindLabel(r.data.kind)}`,
    `发布日期：${r.publishedText ?? '不详'}`,
  ].filter(Boolean);
  const corrections = r.corrections?.length
    ? `${CORRECTIONS_TITLE}：${r.corrections.map(correctionText).join('')}`
    : '';
  return `${facts.join('；')}。${r.description}${corrections}`;
}

/**
 * A report as a feed entry. RSS's own `pubDate` is left out on purpose: it must be an RFC 822 date-time (a
 * day and a time of day), and a report's date is often known only to the month (or inferred, with a
 * basis); any pubDate would state it more precisely than its source, and a date is never more precise than
 * its source. RSS 2.0 makes pubDate optional. The date goes instead into `dc:date` at its own precision
 * (feedDate) and, with its basis, into the entry's text; entries come newest first, in the model's order.
 */
export function feedItem(r: FeedReport): FeedItem {
  const writers = r.data.credits.filter((c) => c.author).map((c) => c.name);
  const dc = [
    ...writers.map((w) => `<dc:creator>${escapeUTF8(w)}</dc:creator>`),
    r.data.publisher && `<dc:publisher>${escapeUTF8(r.data.publisher)}</dc:publisher>`,
    r.data.published && `<dc:date>${feedDate(r.data.published)}</dc:date>`,
  ].filter(Boolean);
  const kind = reportKindLabel(r.data.kind);
  return {
    title: r.fullTitle,
    link: r.url,
    description: feedDescription(r),
    categories: kind ? [kind] : [],
    customData: dc.join(''),
  };
}
