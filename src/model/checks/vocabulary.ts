/** Events and excerpts use the vocabularies their report declares (categories, perspectives). */
import { known, type ReportCheck } from './types.ts';

export const checkVocabulary: ReportCheck = (r, { err }) => {
  const categories = new Set(r.entry.data.categories.map((c) => c.id));
  const perspectives = new Set(r.entry.data.perspectives.map((p) => p.id));
  for (const e of r.events.values()) {
    if (!categories.has(e.data.category))
      err(
        e.file,
        'category',
        `"${e.data.category}" is not a category of report ${r.id} (known: ${known(categories)})`,
      );
  }
  for (const o of r.opinions.values()) {
    o.data.excerpts.forEach((x, i) => {
      if (!perspectives.has(x.perspective))
        err(
          o.file,
          `excerpts[${i}].perspective`,
          `"${x.perspective}" is not a perspective of report ${r.id} (known: ${known(perspectives)})`,
        );
    });
  }
};
