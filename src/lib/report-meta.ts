/** Descriptions and citation data derived from a report's metadata (pure). */
import type { CitedWork } from './citation.ts';

interface ReportMeta {
  title: string;
  subtitle: string;
  publisher: string;
  credits: Array<{ role: string; name: string }>;
  published: { date: string };
}

/** Where the build puts the printed report (src/integrations/chromium-assets.ts). */
export const REPORT_PDF = '/wechat-jd-report.pdf';

/** The page description of the report. */
export const reportDescription = (r: ReportMeta): string =>
  `${r.publisher}《${r.title}》${r.subtitle}全文：京东在微信“发现-购物”一级入口的十年合作历程、影响与八位专家观点。`;

/** The report as a cited work: written by the credited author (撰写), published by the publisher. */
export function citedWork(r: ReportMeta, site: URL | undefined): CitedWork {
  const authors = r.credits.filter((c) => c.role === '撰写').map((c) => c.name);
  return {
    authors: authors.length ? authors : [r.publisher],
    title: `${r.title}——${r.subtitle}`,
    publisher: r.publisher,
    published: r.published.date,
    url: site ? new URL('/', site).href : '',
  };
}
