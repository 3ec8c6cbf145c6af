/** Grid excerpts are the opinion's words, in order, and cut no contrast in half. */
import { checkExcerpt } from './claims.ts';
import type { ReportCheck } from './types.ts';

export const checkExcerpts: ReportCheck = (r, { err }) => {
  for (const o of r.opinions.values()) {
    o.data.excerpts.forEach((e, i) => {
      const problem = checkExcerpt(e.text, o.paragraphs);
      if (problem) err(o.file, `excerpts[${i}].text`, problem);
    });
  }
};
