/**
 * Anchor ids: the public addresses of the report's parts. They are ASCII, readable and stable; once
 * published an id never disappears. Every id is built (and a paragraph's read back) here, so that the
 * article, the markdown pipeline, the checks, the expert pages and the tests agree on them.
 */
import { PARAGRAPH_ID } from '../schemas/vocabulary.ts';

export { ANCHOR_ID } from '../schemas/vocabulary.ts';

/** Ids of the report page's own parts (not content entries): key figures, timeline, expert grid, citations, corrections. */
export const PAGE_ANCHORS = ['key-figures', 'timeline', 'experts', 'cite', 'corrections'] as const;

/** A dated correction's entry in the report's 「更正与更新」 section, e.g. `correction-stake-2017`. */
export const correctionAnchor = (correctionId: string): string => `correction-${correctionId}`;

/** The last path segment of a collection entry id (`qinghe-xinghe/overview` → `overview`). */
export const entrySlug = (entryId: string): string => entryId.slice(entryId.lastIndexOf('/') + 1);

/** One expert opinion as placed in the article, e.g. `opinion-lin-zhiyuan-1`. */
export const opinionAnchor = (opinionId: string): string => `opinion-${opinionId}`;

/** An expert's card, e.g. `expert-lin-zhiyuan`. */
export const expertAnchor = (expertId: string): string => `expert-${expertId}`;

/** A timeline event, e.g. `event-2014-05-27-entry` (the entry id starts with the date). */
export const eventAnchor = (eventId: string): string => `event-${eventId}`;

/** The n-th paragraph (1-based) of a block of text with the given anchor, e.g. `overview-p2`. */
export const paragraphAnchor = (blockAnchor: string, n: number): string => `${blockAnchor}-p${n}`;

/** The block and number of a paragraph anchor (`overview-p2` → overview, 2); undefined for other ids. */
export function paragraphOf(anchor: string): { block: string; n: number } | undefined {
  const m = PARAGRAPH_ID.exec(anchor);
  return m ? { block: m[1]!, n: Number(m[2]) } : undefined;
}

/**
 * A row of a figure's data table (and downloads): the figure, the series and the date (lower case), e.g.
 * `fig-stake-stake-2014-03`, so that adding or reordering data never gives an existing id to another
 * datum; a repeat within the series gets -2, -3 …. `seen` holds the figure's ids so far.
 */
export function rowAnchor(
  figure: string,
  series: string,
  date: string | undefined,
  seen: Set<string>,
): string {
  const base = `${figure}-${series}-${(date ?? 'undated').toLowerCase()}`;
  let id = base;
  for (let n = 2; seen.has(id); n += 1) id = `${base}-${n}`;
  seen.add(id);
  return id;
}

/**
 * On a page that holds parts of several reports (an expert's page), the prefix of a report's ids: none
 * for the home report (its ids as on its own page), `<report id>-` for any other.
 */
export const reportPrefix = (reportId: string, home: boolean): string => (home ? '' : `${reportId}-`);

/** The folders of a report's parts (content/reports/<id>/<kind>/). */
export type PartKind = 'sections' | 'opinions' | 'events' | 'figures';

/** A report part's anchor from its folder and file name: history, opinion-cao-lei-1, event-…, fig-…. */
export const partAnchor = (kind: PartKind, slug: string): string =>
  kind === 'opinions' ? opinionAnchor(slug) : kind === 'events' ? eventAnchor(slug) : slug;

/**
 * Which anchor the paragraphs of a content file hang under, from the file's path:
 * `…/reports/<report>/sections/<slug>.mdx` → `<slug>`, `…/reports/<report>/opinions/<id>.mdx` →
 * `opinion-<id>`. Other files get no paragraph ids.
 */
export function paragraphPrefixForFile(path: string): string | undefined {
  const m = /\/reports\/[^/]+\/(sections|opinions)\/([^/]+)\.mdx?$/.exec(path.replaceAll('\\', '/'));
  return m ? partAnchor(m[1] === 'opinions' ? 'opinions' : 'sections', m[2]!) : undefined;
}
