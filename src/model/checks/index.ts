/**
 * The content check: everything a schema cannot see, as small named checks over the parsed content,
 * each report against its own source. Returns every fault found, located by file and field; the build
 * stops on any (Astro alone would only log a broken reference).
 */
import type { ParsedContent } from '../parse.ts';
import { checkAnchors } from './anchors.ts';
import { checkEvents } from './events.ts';
import { checkExcerpts } from './excerpts.ts';
import { checkExperts } from './experts.ts';
import { checkFigures } from './figures.ts';
import { checkKeyFigures } from './key-figures.ts';
import { paragraphTexts } from './paragraphs.ts';
import { checkPlacements } from './placements.ts';
import { checkPublished } from './published.ts';
import { checkSelfDescription } from './self-description.ts';
import type { ContentError, ReportCheck } from './types.ts';
import { checkVerbatim } from './verbatim.ts';
import { checkVocabulary } from './vocabulary.ts';

export { formatContentError, type ContentError } from './types.ts';
export { listAnchors, unrecordedAnchors, type AnchorSource } from './anchors.ts';
export { paragraphTexts } from './paragraphs.ts';
export { currentValues, publishedChanges } from './published.ts';
export { sourceLines } from './verbatim.ts';

/** The checks run over every report, in this order. */
export const REPORT_CHECKS: Record<string, ReportCheck> = {
  experts: checkExperts,
  vocabulary: checkVocabulary,
  placements: checkPlacements,
  verbatim: checkVerbatim,
  excerpts: checkExcerpts,
  events: checkEvents,
  figures: checkFigures,
  anchors: checkAnchors,
  published: checkPublished,
  keyFigures: checkKeyFigures,
  selfDescription: checkSelfDescription,
};

/** Every fault of the content: the site's own (its home report, stray entries), then each report's. */
export function checkContent(content: ParsedContent): ContentError[] {
  const errors: ContentError[] = [];
  const err = (file: string, field: string, message: string) => void errors.push({ file, field, message });
  const ids = content.reports.map((r) => r.id);
  if (!ids.includes(content.site.home))
    err(
      'content/site.yaml',
      'home',
      `no report "${content.site.home}" in content/reports/ (known: ${[...ids].sort().join(', ')})`,
    );
  for (const o of content.orphans) err(o.file, '(file)', `content/reports/${o.report}/ has no report.yaml`);
  const owners = new Map<string, string>();
  const paragraphs = new Map(content.reports.map((r) => [r.id, paragraphTexts(r)]));
  for (const [id, map] of paragraphs)
    for (const anchor of map.keys()) if (!owners.has(anchor)) owners.set(anchor, id);
  for (const r of content.reports) {
    const ctx = { content, paragraphs: paragraphs.get(r.id)!, ownerOf: (a: string) => owners.get(a), err };
    for (const check of Object.values(REPORT_CHECKS)) check(r, ctx);
  }
  return errors;
}
