/**
 * The article, read in order, is the report's source text: words and numbers unchanged (only whitespace
 * and the width of punctuation may differ); the credit lines are the source's; sections have distinct
 * orders.
 */
import { comparableText } from '../../lib/text/typography.ts';
import { at, short, type ContentError, type ReportCheck } from './types.ts';

/** How a source file is split: one paragraph (or heading, or credit line) per non-empty line. */
export const sourceLines = (source: string): string[] =>
  source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The credit line of the source, e.g. "出品 | 示例研究院". */
const creditLine = (c: { role: string; name: string }) => `${c.role} | ${c.name}`;

export const checkVerbatim: ReportCheck = (r) => {
  const errors: ContentError[] = [];
  const err = (file: string, field: string, message: string) => errors.push({ file, field, message });
  const orders = new Map<number, string>();
  for (const s of r.sections) {
    const other = orders.get(s.data.order);
    if (other) err(s.file, 'order', `${s.data.order} is also the order of ${other}`);
    orders.set(s.data.order, s.file);
  }
  if (r.source === undefined) {
    err(r.file, 'source', `file content/reports/${r.id}/source.txt not found`);
    return errors;
  }
  const expected = sourceLines(r.source);
  const credits = new Set(r.entry.data.credits.map((c) => comparableText(creditLine(c))));
  r.entry.data.credits.forEach((c, i) => {
    if (!expected.some((l) => comparableText(l) === comparableText(creditLine(c))))
      err(r.file, `credits[${i}]`, `"${creditLine(c)}" is not a line of the source`);
  });

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
  const lines = expected.filter((l) => !credits.has(comparableText(l)));
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
  return errors;
};
