/**
 * The 关键数字 strip: each links to an anchor of the report; a number the report states is in the cited
 * words, with the report's own qualifier (约, 超过). The header's dates are those of the events they name.
 */
import { listAnchors } from './anchors.ts';
import { checkCitation } from './citations.ts';
import { short, type ReportCheck } from './types.ts';

export const checkKeyFigures: ReportCheck = (r, ctx) => {
  const anchors = new Set(listAnchors(r, ctx.content.experts).map((a) => a.id));
  r.entry.data.keyFigures.forEach((k, i) => {
    const field = `keyFigures[${i}]`;
    const err = (f: string, message: string) => ctx.err(r.file, `${field}.${f}`, message);
    if (!anchors.has(k.href)) err('href', `"${k.href}" is not an anchor id of the report`);
    if (!k.cite || checkCitation(k.cite, r.file, `${field}.cite`, ctx, r.id) === undefined) return;
    const quote = k.cite.quote.normalize('NFKC');
    const value = k.value.normalize('NFKC');
    const stated = new Set(quote.match(/\d+(?:\.\d+)?/g) ?? []);
    const numbers = value.match(/\d+(?:\.\d+)?/g) ?? [];
    const missing = numbers.filter((n) => !stated.has(n));
    if (missing.length) err('value', `${missing.join(', ')} not stated in "${short(k.cite.quote)}"`);
    // The qualifier goes with the number: the report's “约1200万” is not “1200万”.
    for (const n of numbers)
      for (const q of ['约', '超过'])
        if (quote.includes(`${q}${n}`) !== value.includes(`${q}${n}`))
          err('value', `the report says "${q}${n}" where the value says "${value}", or the reverse`);
  });
  // A header date is the date of the timeline events it names.
  r.entry.data.dates.forEach((d, i) => {
    const days = [d.start, d.end];
    d.events.forEach((slug, j) => {
      const field = `dates[${i}].events[${j}]`;
      const event = r.events.get(slug);
      if (!event) ctx.err(r.file, field, `no event "${slug}" in the report's events/`);
      else if (event.data.date !== days[j])
        ctx.err(
          r.file,
          field,
          `"${slug}" is dated ${event.data.date}, the header's ${j ? 'end' : 'start'} ${days[j]}`,
        );
    });
  });
};
