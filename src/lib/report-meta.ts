/** Citation data derived from a report's metadata, its figures and the site's identity (pure). */
import type { CitedWork } from './citation.ts';
import { precisionOf, type DatePrecision } from './dates.ts';

interface ReportMeta {
  title: string;
  subtitle: string;
  publisher: string;
  credits: Array<{ role: string; name: string; author: boolean }>;
  published: { date: string; precision: DatePrecision; basis?: string | undefined };
  original?: string | undefined;
}

interface SiteMeta {
  name: string;
  publisher: string;
}

/**
 * The report as a cited work: written by its credited author(s), published by its publisher, dated at
 * the precision its date is known (with how it was established, for BibTeX's note). `url` is its page's
 * public address on this site, if the site has one; the original address is given too.
 */
export function reportCitation(r: ReportMeta, url: string | undefined): CitedWork {
  const authors = r.credits.filter((c) => c.author).map((c) => c.name);
  return {
    authors: authors.length ? authors : [r.publisher],
    title: r.title,
    subtitle: r.subtitle,
    publisher: r.publisher,
    date: { date: r.published.date, precision: r.published.precision },
    url,
    original: r.original,
    note: r.published.basis ? `发布日期${r.published.basis}` : undefined,
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
    title: fig.title,
    subtitle: `《${r.title}》附图${fig.number}`,
    publisher: siteMeta.name,
    date: { date: fig.updated, precision: precisionOf(fig.updated) ?? 'year' },
    url,
    description: 'Figure',
  };
}
