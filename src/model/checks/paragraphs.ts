/** The paragraphs of a report by their public anchors. */
import { paragraphAnchor } from '../../lib/anchors.ts';
import type { ParsedReport } from '../parse.ts';

/** Every paragraph of the report's article and opinions, by anchor id, in reading order of files. */
export const paragraphTexts = (r: ParsedReport): Map<string, string> =>
  new Map(
    [...r.sections, ...r.opinions.values()].flatMap((part) =>
      part.blocks.flatMap((b): Array<[string, string]> =>
        b.kind === 'paragraph' ? [[paragraphAnchor(part.anchor, b.n), b.text]] : [],
      ),
    ),
  );
