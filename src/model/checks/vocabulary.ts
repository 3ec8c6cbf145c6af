/** Events and excerpts use the vocabularies their report declares (categories, perspectives). */
import { known, type ContentError, type ReportCheck } from './types.ts';

export const checkVocabulary: ReportCheck = (r) => {
  const errors: ContentError[] = [];
  const categories = new Set(r.entry.data.categories.map((c) => c.id));
  const perspectives = new Set(r.entry.data.perspectives.map((p) => p.id));
  for (const e of r.events.values()) {
    if (!categories.has(e.data.category))
      errors.push({
        file: e.file,
        field: 'category',
        message: `"${e.data.category}" is not a category of report ${r.id} (known: ${known(categories)})`,
      });
  }
  for (const o of r.opinions.values()) {
    o.data.excerpts.forEach((x, i) => {
      if (!perspectives.has(x.perspective))
        errors.push({
          file: o.file,
          field: `excerpts[${i}].perspective`,
          message: `"${x.perspective}" is not a perspective of report ${r.id} (known: ${known(perspectives)})`,
        });
    });
  }
  return errors;
};
