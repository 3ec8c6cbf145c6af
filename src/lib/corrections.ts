/**
 * A report's dated corrections as readers see them (report.yaml `corrections`): the entry's anchor, its
 * date in Chinese, the short note 「更正（日期）」 that the affected parts carry, the one-line text of the
 * downloads and the feed, and which live anchors an entry touches (retired ids followed to their aliases).
 * Pure.
 */
import type { CorrectionData } from '../schemas/report.ts';
import { correctionAnchor } from './anchors.ts';
import { formatChineseDate } from './dates.ts';

/** The heading of the report page's section of corrections (its anchor is `corrections`). */
export const CORRECTIONS_TITLE = '更正与更新';

/** A correction as pages, downloads and the feed use it. */
export interface CorrectionExport {
  id: string;
  /** Its anchor on the report page, e.g. correction-stake-2017. */
  anchor: string;
  /** When the change was published, at its precision. */
  date: string;
  precision: CorrectionData['precision'];
  /** The date in Chinese, e.g. 2026年12月2日. */
  dateText: string;
  what: string;
  before: string;
  after: string;
  why: string;
  /** The live anchors it touches, in its order (retired ids followed to their aliases). */
  anchors: string[];
}

/** An id as published now: itself, or the id its alias points to. */
export const liveAnchor = (id: string, aliases: Record<string, string>): string => aliases[id] ?? id;

/** The report's corrections, newest first (the content's order among those of one date). */
export function exportCorrections(
  corrections: readonly CorrectionData[],
  aliases: Record<string, string>,
): CorrectionExport[] {
  return corrections
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map(({ c }) => ({
      id: c.id,
      anchor: correctionAnchor(c.id),
      date: c.date,
      precision: c.precision,
      dateText: formatChineseDate(c.date, c.precision),
      what: c.what,
      before: c.before,
      after: c.after,
      why: c.why,
      anchors: [...new Set(c.anchors.map((a) => liveAnchor(a, aliases)))],
    }));
}

/** The corrections touching any of these anchors (a figure and its rows, an event, a paragraph). */
export const correctionsOf = (
  all: readonly CorrectionExport[],
  anchors: Iterable<string>,
): CorrectionExport[] => {
  const set = new Set(anchors);
  return all.filter((c) => c.anchors.some((a) => set.has(a)));
};

/** The note an affected part carries, linking to its entry: 更正（2026年12月2日）. */
export const correctionNote = (c: Pick<CorrectionExport, 'dateText'>): string => `更正（${c.dateText}）`;

/** One correction as a line of text (CSV cell, feed): 2026年12月2日更正：what：before → after。why */
export const correctionText = (c: CorrectionExport): string =>
  `${c.dateText}更正：${c.what}：${c.before} → ${c.after}。${c.why}`;
