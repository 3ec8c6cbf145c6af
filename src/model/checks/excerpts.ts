/** Grid excerpts are the opinion's words, in order, and cut no contrast in half. */
import { checkExcerpt } from './claims.ts';
import type { ContentError, ReportCheck } from './types.ts';

export const checkExcerpts: ReportCheck = (r) => {
  const errors: ContentError[] = [];
  for (const o of r.opinions.values()) {
    o.data.excerpts.forEach((e, i) => {
      const problem = checkExcerpt(e.text, o.paragraphs);
      if (problem) errors.push({ file: o.file, field: `excerpts[${i}].text`, message: problem });
    });
  }
  return errors;
};
