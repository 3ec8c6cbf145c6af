/**
 * Timeline events: the report paragraph they cite says it; their date (and any public date) is no finer
 * than their sources; every number in their title and summary has a source.
 */
import { checkDateAgainstSources, checkEventNumbers, type FieldError } from './claims.ts';
import { checkCitation } from './citations.ts';
import type { ReportCheck } from './types.ts';

export const checkEvents: ReportCheck = (r, ctx) => {
  const paragraphText = (id: string) => ctx.paragraphs.get(id);
  for (const e of r.events.values()) {
    const add = (list: FieldError[]) => list.forEach((x) => ctx.err(e.file, x.field, x.message));
    if (e.data.report) checkCitation(e.data.report, e.file, 'report', ctx, r.id);
    const sources = e.data.sources;
    const fields = {
      report: 'report',
      public: (i: number) => `sources[${i}]`,
      date: 'precision',
      basis: 'basis',
    };
    const articleYear = r.entry.data.published?.date.slice(0, 4);
    add(checkDateAgainstSources(e.data, e.data.report, sources, paragraphText, fields, { articleYear }));
    if (e.data.publicDate)
      add(
        checkDateAgainstSources(e.data.publicDate, undefined, sources, paragraphText, {
          ...fields,
          date: 'publicDate.precision',
        }),
      );
    add(checkEventNumbers({ ...e.data, sources }, paragraphText));
  }
};
