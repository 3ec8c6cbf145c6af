/**
 * The article, read in order, is the report's source text: words and numbers unchanged (only whitespace
 * and the width of punctuation may differ); the lines the header shows instead (the headline, credit
 * lines, a dateline) are the source's; sections have distinct orders.
 */
import { comparableText } from '../../lib/text/typography.ts';
import type { ParsedReport } from '../parse.ts';
import { at, short, type ReportCheck } from './types.ts';

/** How a source file is split: one paragraph (or heading, or credit line) per non-empty line. */
export const sourceLines = (source: string): string[] =>
  source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The line of the source that prints a credit, e.g. "出品 | 网经社" (undefined for a page's byline). */
export const creditLine = (c: {
  role: string;
  name: string;
  line?: string | undefined;
  source?: string | undefined;
}) => (c.source ? undefined : (c.line ?? `${c.role} | ${c.name}`));

/**
 * The lines of a source that the page header shows instead of the article: its headline (the first line,
 * when it is the title, with the subtitle if any), its credit lines and its dateline.
 */
export function headerLines(
  source: string,
  data: {
    title: string;
    subtitle?: string | undefined;
    credits: Array<Parameters<typeof creditLine>[0]>;
    published?: { line?: string | undefined } | undefined;
  },
): Set<string> {
  const lines = sourceLines(source);
  const out = new Set<string>();
  const first = lines[0] && comparableText(lines[0]);
  const headlines = [
    data.title,
    ...(data.subtitle ? [`${data.title}${data.subtitle}`, `${data.title}——${data.subtitle}`] : []),
  ];
  if (first && headlines.some((h) => comparableText(h) === first)) out.add(first);
  for (const c of data.credits) {
    const line = creditLine(c);
    if (line) out.add(comparableText(line));
  }
  if (data.published?.line) out.add(comparableText(data.published.line));
  return out;
}

/** The article's texts in reading order (headings, paragraphs, captions, opinions' paragraphs), located. */
export function articleTexts(r: ParsedReport): Array<{ text: string; file: string; field: string }> {
  const article: Array<{ text: string; file: string; field: string }> = [];
  for (const s of r.sections) {
    if (s.data.title) article.push({ text: s.data.title, file: s.file, field: 'title' });
    for (const b of s.blocks) {
      const field = at(s.blocks, b);
      if (b.kind === 'paragraph') article.push({ text: b.text, file: s.file, field });
      else if (b.kind === 'omitted-image')
        article.push({ text: b.caption, file: s.file, field: `${field} caption` });
      else if (b.kind === 'opinion') {
        const o = r.opinions.get(b.id);
        for (const ob of o?.blocks ?? [])
          if (ob.kind === 'paragraph')
            article.push({ text: ob.text, file: o!.file, field: at(o!.blocks, ob) });
      }
    }
  }
  return article;
}

export const checkVerbatim: ReportCheck = (r, { err }) => {
  const orders = new Map<number, string>();
  for (const s of r.sections) {
    const other = orders.get(s.data.order);
    if (other) err(s.file, 'order', `${s.data.order} is also the order of ${other}`);
    orders.set(s.data.order, s.file);
  }
  if (r.source === undefined) {
    err(r.file, 'source', `file content/reports/${r.id}/source.txt not found`);
    return;
  }
  const expected = sourceLines(r.source);
  const data = r.entry.data;
  const isLine = (text: string) => expected.some((l) => comparableText(l) === comparableText(text));
  data.credits.forEach((c, i) => {
    const line = creditLine(c);
    if (line && !isLine(line))
      err(r.file, `credits[${i}]${c.line ? '.line' : ''}`, `"${line}" is not a line of the source`);
    else if (line && !comparableText(line).includes(comparableText(c.name)))
      err(r.file, `credits[${i}].name`, `"${c.name}" is not on its line "${line}"`);
  });
  if (data.published?.line && !isLine(data.published.line))
    err(r.file, 'published.line', `"${data.published.line}" is not a line of the source`);
  data.published?.quote?.forEach((q, i) => {
    if (!comparableText(r.source!).includes(comparableText(q)))
      err(r.file, `published.quote[${i}]`, `"${short(q)}" is not in the source`);
  });
  const header = headerLines(r.source, data);

  const article = articleTexts(r);
  const lines = expected.filter((l) => !header.has(comparableText(l)));
  for (let i = 0; i < Math.max(lines.length, article.length); i += 1) {
    const want = lines[i];
    const got = article[i];
    if (got && want !== undefined && comparableText(got.text) === comparableText(want)) continue;
    if (!got) {
      err(r.file, 'sections', `the article stops before the source does; missing: "${short(want!)}"`);
    } else if (want === undefined) {
      err(got.file, got.field, `text not in the source (the source has ended): "${short(got.text)}"`);
    } else {
      const elsewhere = lines.some((l) => comparableText(l) === comparableText(got.text));
      err(
        got.file,
        got.field,
        elsewhere
          ? `out of order: expected the source's "${short(want)}" here, found "${short(got.text)}"`
          : `not verbatim from the source: "${short(got.text)}" (the source has "${short(want)}")`,
      );
    }
    break; // one misalignment shifts everything after it: report the first only
  }
};
