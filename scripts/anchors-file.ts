/**
 * A report's anchors.json: every anchor id it has published. Written by `npm run anchors:update` and by
 * the import (a new report's ids are recorded at once); ids are only ever added.
 */
export const ANCHORS_ABOUT =
  'Every anchor id this report has published (its page, share pages and data). Ids are only added, by npm run anchors:update; one that is retired needs an alias in report.yaml (anchorAliases), or the build fails.';

/** The file's text for these ids (sorted, without repeats). */
export const anchorsJson = (ids: Iterable<string>): string =>
  `${JSON.stringify({ about: ANCHORS_ABOUT, ids: [...new Set(ids)].sort() }, null, 2)}\n`;
