/**
 * npm run anchors:update — records every anchor id the report publishes in tests/anchors.json. Ids are
 * only ever added: an id that disappears from the content stays in the manifest, and the manifest test
 * then fails until src/data/anchor-aliases.json sends it to a live id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { listAnchors } from '../../src/lib/content/integrity.ts';
import { loadContent } from '../helpers/content.ts';

const path = new URL('../anchors.json', import.meta.url);
const manifest = JSON.parse(readFileSync(path, 'utf8')) as { ids: string[] };
const current = listAnchors(loadContent()).map((a) => a.id);
const ids = [...new Set([...manifest.ids, ...current])].sort();
const added = ids.length - manifest.ids.length;
writeFileSync(path, `${JSON.stringify({ ...manifest, ids }, null, 2)}\n`);
console.log(`tests/anchors.json: ${ids.length} ids (${added} new)`);
