/**
 * npm run anchors:update — records every anchor id each report publishes in its anchors.json
 * (content/reports/<id>/anchors.json, created on a report's first run), and every value it publishes in
 * its published.json (figure points and event dates by anchor id). Ids are only ever added: an id
 * that disappears from the content stays in the manifest, and the build then fails until the report's
 * `anchorAliases` (report.yaml) sends it to a live id. A recorded value is rewritten only when a
 * correction in report.yaml names its anchor: otherwise the script leaves the record as it is, names the
 * change and exits 1 (a published value never changes silently).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  currentValues,
  formatContentError,
  listAnchors,
  publishedChanges,
} from '../src/model/checks/index.ts';
import { loadContentFromDisk } from '../src/model/disk.ts';
import { parseContent } from '../src/model/parse.ts';
import { formatPublished, publishedJson } from '../src/lib/published.ts';
import { anchorsJson } from './anchors-file.ts';

const root = process.env.REPORT_CONTENT_DIR ?? 'content';

const { content, errors } = loadContentFromDisk(root);
if (errors.length) {
  console.error(
    `the content has schema faults; fix them first:\n${errors.map((e) => `  - ${formatContentError(e)}`).join('\n')}`,
  );
  process.exit(1);
}
const parsed = parseContent(content);
let refused = 0;
for (const report of parsed.reports) {
  const file = join(root, 'reports', report.id, 'anchors.json');
  const before: string[] = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { ids: string[] }).ids
    : [];
  const current = listAnchors(report, parsed.experts).map((a) => a.id);
  const ids = new Set([...before, ...current]);
  writeFileSync(file, anchorsJson(ids));
  console.log(`${file}: ${ids.size} ids (${ids.size - before.length} new)`);

  const record = join(root, 'reports', report.id, 'published.json');
  if (report.record && 'error' in report.record) {
    console.error(`${record}: ${report.record.error} — not rewritten`);
    refused += 1;
    continue;
  }
  const uncorrected = publishedChanges(report, parsed.experts).filter((c) => !c.corrected);
  if (uncorrected.length) {
    console.error(
      `${record}: not rewritten — ${uncorrected.length} published value(s) changed without a correction naming them (report.yaml corrections):\n${uncorrected
        .map((c) => `  - ${c.id}: ${formatPublished(c.old)} → ${formatPublished(c.new)}`)
        .join('\n')}`,
    );
    refused += 1;
    continue;
  }
  const values = currentValues(report);
  const text = publishedJson(values, report.entry.data.corrections, report.entry.data.anchorAliases);
  const changed = !existsSync(record) || readFileSync(record, 'utf8') !== text;
  if (changed) writeFileSync(record, text);
  console.log(`${record}: ${Object.keys(values).length} values${changed ? ' (updated)' : ''}`);
}
if (refused) process.exit(1);
