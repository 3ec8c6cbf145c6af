/**
 * Published values stay as published unless corrected: every value the report's published.json records
 * (figure points; events' dates and the numbers their text states; the key figures' values) must still be
 * published as recorded, or a dated correction in report.yaml
 * (`corrections`) must name its anchor. The message names the file, the anchor, the old and the new value.
 */
import { PAGE_ANCHORS } from '../../lib/anchors.ts';
import { changedValues, formatPublished, isCorrected, publishedValues } from '../../lib/published.ts';
import type { ParsedReport } from '../parse.ts';
import { listAnchors } from './anchors.ts';
import { statedQuantities } from './claims.ts';
import type { ReportCheck } from './types.ts';

/** Every value the report's page publishes now, by anchor id (what published.json records). */
export const currentValues = (r: ParsedReport) =>
  publishedValues({
    figures: [...r.figures.values()].map((f) => ({ id: f.slug, series: f.data.series })),
    events: [...r.events.values()].map((e) => ({
      anchor: e.anchor,
      date: e.data.date,
      precision: e.data.precision,
      numbers: statedQuantities([e.data.title, e.data.summary, e.data.note ?? ''].join('\n')),
    })),
    keyFigures: {
      anchor: 'key-figures' satisfies (typeof PAGE_ANCHORS)[number],
      values: r.entry.data.keyFigures.map((k) => k.value),
    },
  });

/** The recorded values the content changed, each with whether a correction names it. */
export function publishedChanges(r: ParsedReport, experts: Map<string, { file: string }>) {
  if (!r.record || 'error' in r.record) return [];
  const aliases = r.entry.data.anchorAliases;
  const live = new Set(listAnchors(r, experts).map((a) => a.id));
  const corrections = r.entry.data.corrections;
  return changedValues(r.record.values, currentValues(r), aliases, live).map((change) => ({
    ...change,
    corrected: isCorrected(change, corrections, aliases),
  }));
}

export const checkPublished: ReportCheck = (r, { content, err }) => {
  const record = r.record;
  if (!record) return;
  if ('error' in record) return err(record.file, 'values', record.error);
  for (const c of publishedChanges(r, content.experts))
    if (c.corrected)
      // Recorded with it, the correction is spent: it cannot cover a later change of the same value.
      err(
        record.file,
        `values.${c.id}`,
        `"${c.id}" changed with a correction (${formatPublished(c.old)} → ${formatPublished(c.new)}) that the record does not hold yet: run npm run anchors:update`,
      );
    else
      err(
        record.file,
        `values.${c.id}`,
        `"${c.id}" was published as ${formatPublished(c.old)} and is now ${
          c.live !== c.id ? `"${c.live}": ` : ''
        }${formatPublished(c.new)}: a published value changes only with a dated correction naming "${c.id}"${
          c.live !== c.id ? ` or "${c.live}"` : ''
        } (report.yaml corrections)`,
      );
};
