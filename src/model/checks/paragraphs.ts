/** The paragraphs of a report by their public anchors. */
import { opinionAnchor, paragraphAnchor } from '../../lib/anchors.ts';
import type { ParsedReport } from '../parse.ts';

/** Every paragraph of the report's article and opinions, by anchor id, in reading order of files. */
export function paragraphTexts(r: ParsedReport): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of r.sections) s.paragraphs.forEach((t, i) => out.set(paragraphAnchor(s.slug, i + 1), t));
  for (const o of r.opinions.values())
    o.paragraphs.forEach((t, i) => out.set(paragraphAnchor(opinionAnchor(o.slug), i + 1), t));
  return out;
}
