/** Opinions name known experts; an expert's name and titles are the report's own words. */
import { comparableText } from '../../lib/text/typography.ts';
import { known, type ReportCheck } from './types.ts';

export const checkExperts: ReportCheck = (r, { content }) => {
  const errors = [];
  const quoted = new Set<string>();
  for (const o of r.opinions.values()) {
    if (!content.experts.has(o.data.expert)) {
      errors.push({
        file: o.file,
        field: 'expert',
        message: `unknown expert "${o.data.expert}" (known: ${known(content.experts.keys())})`,
      });
    } else quoted.add(o.data.expert);
  }
  if (r.source === undefined) return errors;
  // As the report introduces them: titles joined by “、”, then the name.
  const whole = comparableText(r.source);
  for (const id of quoted) {
    const e = content.experts.get(id)!;
    const intro = `${e.data.titles.join('、')}${e.data.name}`;
    if (!whole.includes(comparableText(e.data.name))) {
      errors.push({
        file: e.file,
        field: 'name',
        message: `"${e.data.name}" does not occur in the source of ${r.id}`,
      });
    } else if (!whole.includes(comparableText(intro))) {
      errors.push({
        file: e.file,
        field: 'titles',
        message: `the source of ${r.id} never introduces the expert as "${intro}"`,
      });
    }
  }
  return errors;
};
