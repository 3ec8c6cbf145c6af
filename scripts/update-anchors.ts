/**
 * npm run anchors:update — records every anchor id each report publishes in its anchors.json
 * (content/reports/<id>/anchors.json, created on a report's first run). Ids are only ever added: an id
 * that disappears from the content stays in the manifest, and the build then fails until the report's
 * `anchorAliases` (report.yaml) sends it to a live id.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listAnchors } from '../src/model/checks/index.ts';
import { loadContentFromDisk } from '../src/model/disk.ts';
import { parseContent } from '../src/model/parse.ts';
import { anchorsJson } from './anchors-file.ts';

const root = process.env.REPORT_CONTENT_DIR ?? 'content';

const parsed = parseContent(loadContentFromDisk(root).content);
for (const report of parsed.reports) {
  const file = join(root, 'reports', report.id, 'anchors.json');
  const before: string[] = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { ids: string[] }).ids
    : [];
  const current = listAnchors(report, parsed.experts).map((a) => a.id);
  const ids = new Set([...before, ...current]);
  writeFileSync(file, anchorsJson(ids));
  console.log(`${file}: ${ids.size} ids (${ids.size - before.length} new)`);
}
