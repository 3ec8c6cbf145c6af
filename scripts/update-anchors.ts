/**
 * npm run anchors:update — records every anchor id the home report publishes in tests/anchors.json. Ids
 * are only ever added: an id that disappears from the content stays in the manifest, and the check then
 * fails until the report's `anchorAliases` (report.yaml) sends it to a live id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { listAnchors } from '../src/model/checks/index.ts';
import { loadContentFromDisk } from '../src/model/disk.ts';
import { parseContent } from '../src/model/parse.ts';

const path = new URL('../tests/anchors.json', import.meta.url);
const manifest = JSON.parse(readFileSync(path, 'utf8')) as { ids: string[] };
const parsed = parseContent(loadContentFromDisk().content);
const home = parsed.reports.find((r) => r.id === parsed.site.home);
if (!home) throw new Error(`content/site.yaml: no home report "${parsed.site.home}"`);
const current = listAnchors(home, parsed.experts).map((a) => a.id);
const ids = [...new Set([...manifest.ids, ...current])].sort();
writeFileSync(path, `${JSON.stringify({ ...manifest, ids }, null, 2)}\n`);
console.log(`tests/anchors.json: ${ids.length} ids (${ids.length - manifest.ids.length} new)`);
