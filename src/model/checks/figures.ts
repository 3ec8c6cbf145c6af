/**
 * Figure data: marked events exist in the report; series ids are unique; every point's date is no finer
 * than its sources; a report claim states its value (and qualifier) in the quoted words.
 */
import { checkBound, checkDateAgainstSources, type FieldError } from './claims.ts';
import { quoteNumber } from '../../lib/units.ts';
import { checkCitation } from './citations.ts';
import { known, short, type ReportCheck } from './types.ts';

export const checkFigures: ReportCheck = (r, ctx) => {
  const paragraphText = (id: string) => ctx.paragraphs.get(id);
  const articleYear = r.entry.data.published?.date.slice(0, 4);
  for (const f of r.figures.values()) {
    const err = (field: string, message: string) => ctx.err(f.file, field, message);
    f.data.events.forEach((ev, i) => {
      if (!r.events.has(ev))
        err(`events[${i}]`, `unknown event "${ev}" of report ${r.id} (known: ${known(r.events.keys())})`);
    });
    const seriesIds = new Set<string>();
    f.data.series.forEach((series, si) => {
      if (seriesIds.has(series.id)) err(`series[${si}].id`, `"${series.id}" is used twice in this figure`);
      seriesIds.add(series.id);
      series.points.forEach((p, pi) => {
        const field = `series[${si}].points[${pi}]`;
        const add = (list: FieldError[]) => list.forEach((x) => err(x.field, x.message));
        const cite = 'paragraph' in p.source ? p.source : undefined;
        add(
          checkDateAgainstSources(
            p,
            cite,
            'paragraph' in p.source ? [] : [p.source],
            paragraphText,
            {
              report: `${field}.source`,
              public: () => `${field}.source`,
              date: `${field}.precision`,
              basis: `${field}.basis`,
            },
            { articleYear, value: { value: p.value, unit: p.unit } },
          ),
        );
        if (!cite || checkCitation(cite, f.file, `${field}.source`, ctx, r.id) === undefined) return;
        if (!quoteNumber(cite.quote, p.value, p.unit)) {
          err(`${field}.value`, `${p.value} ${p.unit} is not what the quote "${short(cite.quote)}" states`);
        } else {
          const problem = checkBound(p, cite.quote);
          if (problem) err(`${field}.bound`, problem);
        }
      });
    });
  }
};
