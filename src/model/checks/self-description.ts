/**
 * What a report's page says of itself is true: where the publisher states the full original is longer
 * than the text carried (an article announcing a report, `download.characters`), no description calls
 * the page 全文 except to say where the full text is (…全文见原文地址).
 */
import type { ReportCheck } from './types.ts';

/** The fields that describe the page to readers, shares and the PDF. */
const FIELDS = ['description', 'edition', 'carries'] as const;

export const checkSelfDescription: ReportCheck = (r, { err }) => {
  const stated = r.entry.data.download?.characters;
  const carried = (r.source ?? '').replace(/\s/g, '').length;
  if (!stated || !r.source || carried >= stated * 0.9) return;
  for (const field of FIELDS) {
    const text = r.entry.data[field];
    if (!text) continue;
    for (const m of text.matchAll(/全文/g)) {
      const after = text.slice(m.index + 2, m.index + 6);
      const before = text.slice(0, m.index);
      // “报告全文见…” points elsewhere; “这篇文章……全文逐字收录” names what is carried, not the report.
      if (/^(见|在|请见)/.test(after)) continue;
      const last = (words: string[]) => Math.max(...words.map((w) => before.lastIndexOf(w)));
      if (last(['文章', '本文', '稿']) > last(['报告', '》'])) continue;
      err(
        r.file,
        field,
        `“…${text.slice(Math.max(0, m.index - 8), m.index + 6)}…” calls the page 全文, but the original is ${stated} characters (download) and the text carried ${carried}: say what is carried and where the full text is`,
      );
    }
  }
};
