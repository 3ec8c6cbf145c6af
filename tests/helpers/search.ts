/**
 * For the search tests in both engines (tests/e2e/search.spec.ts, tests/firefox/firefox.test.ts): what a
 * query must find, read from the content rather than from the index — every paragraph (opinions'
 * included), section heading, figure title and timeline event of every report whose text holds all the
 * query's words, as the deep link a hit must have — and what the box shows, read from the page.
 */
import { queryWords } from '../../src/lib/search.ts';
import type { SiteModel } from '../../src/model/build.ts';

/** The queries of the tests: names, terms and numbers in both reports, two words, and nothing. */
export const SEARCH_QUERIES = {
  festival: '「双十一」',
  expert: '曹磊',
  amount: '2.15亿美元',
  twoWords: '家居 双十一',
  nothing: '火星殖民',
} as const;

/** The deep links (`<report page>#<anchor>`) of every passage that holds every word of `query`. */
export function expectedHits(site: SiteModel, query: string): string[] {
  const words = queryWords(query);
  const holds = (...texts: Array<string | undefined>) => {
    const text = texts.filter(Boolean).join('\n').normalize('NFKC').toLowerCase();
    return words.every((w) => text.includes(w));
  };
  return site.reports.flatMap((r) => {
    const at = (anchor: string) => `${r.paths.page}#${anchor}`;
    return [
      ...r.sections.filter((s) => holds(s.data.title)).map((s) => at(s.anchor)),
      ...[...r.paragraphs].filter(([, text]) => holds(text)).map(([anchor]) => at(anchor)),
      ...[...r.figures.values()].filter((f) => holds(f.title)).map((f) => at(f.id)),
      ...r.events.filter((e) => holds(e.data.title, e.data.summary, e.data.note)).map((e) => at(e.anchor)),
    ];
  });
}

/** What the search box shows: its live region, and each hit's link, where line and marked words. */
export interface ShownResults {
  status: string;
  hits: Array<{ href: string; where: string; marks: string[] }>;
}

/** Runs in the page: the results the search box shows now. */
export function shownResults(): ShownResults {
  const box = document.querySelector('site-search')!;
  return {
    status: box.querySelector('[role="status"]')?.textContent ?? '',
    hits: [...box.querySelectorAll<HTMLAnchorElement>('ol a')].map((a) => ({
      href: a.getAttribute('href')!,
      where: a.querySelector('.site-search__where')?.textContent ?? '',
      marks: [...a.querySelectorAll('mark')].map((m) => m.textContent!),
    })),
  };
}

/** The problems with shown results for `query` against what the content holds; empty when right. */
export function resultProblems(site: SiteModel, query: string, shown: ShownResults): string[] {
  const expected = expectedHits(site, query);
  const words = queryWords(query);
  const problems: string[] = [];
  const hrefs = shown.hits.map((h) => h.href);
  if (JSON.stringify([...hrefs].sort()) !== JSON.stringify([...expected].sort()))
    problems.push(`links ${JSON.stringify(hrefs)}, expected ${JSON.stringify(expected)}`);
  for (const hit of shown.hits) {
    const report = site.reports.find((r) => hit.href.startsWith(`${r.paths.page}#`));
    if (!report || !hit.where.startsWith(report.data.title))
      problems.push(`${hit.href}: shows “${hit.where}”, not its report's title`);
    const marked = new Set(hit.marks.map((m) => m.normalize('NFKC').toLowerCase()));
    if (!hit.marks.length || [...marked].some((m) => !words.includes(m)))
      problems.push(
        `${hit.href}: marks ${JSON.stringify(hit.marks)}, not the words ${JSON.stringify(words)}`,
      );
  }
  const reports = new Set(shown.hits.map((h) => h.href.split('#')[0])).size;
  const status = expected.length ? `找到${expected.length}处（${reports}份报告）。` : `没有找到“${query}”。`;
  if (shown.status !== status) problems.push(`status “${shown.status}”, expected “${status}”`);
  return problems;
}
