/** Citation data derived from a report's metadata, its figures and the site's identity (pure). */
import type { ReportData } from '../schemas/report.ts';
import type { SiteData } from '../schemas/site.ts';
import { REPORT_KINDS } from '../schemas/vocabulary.ts';
import type { CitedWork } from './citation.ts';
import { precisionOf } from './dates.ts';

type ReportMeta = Pick<
  ReportData,
  'title' | 'subtitle' | 'publisher' | 'credits' | 'published' | 'original' | 'kind'
>;

type SiteMeta = Pick<SiteData, 'name' | 'publisher'>;

/** The report's kind in Chinese (研究报告, 报纸文章, …); undefined when its kind is not known. */
export const reportKindLabel = (kind: ReportData['kind']): string | undefined =>
  kind ? REPORT_KINDS[kind].label : undefined;

/**
 * The report's author(s) for citations: the credits marked `author`; else its publisher, as the group
 * author of a report or web article — but not of a newspaper article, whose paper is where it appeared,
 * not who wrote it (an unsigned article is cited by its title, APA 7 9.12).
 */
export const reportAuthors = (r: Pick<ReportData, 'credits' | 'publisher' | 'kind'>): string[] => {
  const authors = r.credits.filter((c) => c.author).map((c) => c.name);
  if (authors.length) return authors;
  return r.publisher && r.kind !== 'newspaper-article' ? [r.publisher] : [];
};

/**
 * The report as a cited work, in the form its kind calls for: written by its credited author(s),
 * published by its publisher, dated at the precision its date is known (with how it was established,
 * for BibTeX's note). `url` is its page's public address on this site, if the site has one; the original
 * address is given too.
 */
export function reportCitation(r: ReportMeta, url: string | undefined): CitedWork {
  return {
    authors: reportAuthors(r),
    form: r.kind ? REPORT_KINDS[r.kind].form : 'web',
    title: r.title,
    subtitle: r.subtitle,
    publisher: r.publisher,
    date: r.published && { date: r.published.date, precision: r.published.precision },
    url,
    original: r.original,
    note: r.published?.basis ? `发布日期${r.published.basis}` : undefined,
  };
}

/**
 * A figure as a cited work: the site's compilation (its publisher is the responsible party), accompanying
 * the report (named in the other-title information), dated when the compilation was last revised.
 */
export function figureCitation(
  fig: { id: string; number: number; title: string; updated: string },
  r: { title: string },
  siteMeta: SiteMeta,
  url: string | undefined,
): CitedWork {
  return {
    authors: [siteMeta.publisher],
    form: 'figure',
    title: fig.title,
    subtitle: `《${r.title}》附图${fig.number}`,
    publisher: siteMeta.name,
    date: { date: fig.updated, precision: precisionOf(fig.updated) ?? 'year' },
    url,
    description: 'Figure',
  };
}
