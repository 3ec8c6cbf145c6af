/**
 * npm run check:content — the content-integrity gate in one command (also the first step of npm test):
 * every report's article verbatim and in order against its own source, grid excerpts verbatim, figure
 * values sourced (report claims stated in their paragraph's words), dates no finer than their sources,
 * references resolving, anchors unique, and every id of the home report's anchor manifest
 * (tests/anchors.json) still published or aliased. Prints what it checked; exits 1 on a fault.
 */
import { readFileSync } from 'node:fs';
import { checkContent, formatContentError, listAnchors, paragraphTexts } from '../src/model/checks/index.ts';
import { loadContentFromDisk } from '../src/model/disk.ts';
import { parseContent } from '../src/model/parse.ts';

const { content, errors: schemaErrors } = loadContentFromDisk(process.env.REPORT_CONTENT_DIR ?? 'content');
const parsed = parseContent(content);
const errors = [...schemaErrors, ...checkContent(parsed)].map(formatContentError);

// The published anchors of the home report: none may disappear without an alias.
const manifestFile = new URL('../tests/anchors.json', import.meta.url);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { ids: string[] };
const home = parsed.reports.find((r) => r.id === parsed.site.home);
if (home) {
  const aliases = home.entry.data.anchorAliases;
  const live = new Set(listAnchors(home, parsed.experts).map((a) => a.id));
  for (const id of manifest.ids)
    if (!live.has(id) && !live.has(aliases[id] ?? ''))
      errors.push(`tests/anchors.json → ${id}: no longer published and no alias (report.yaml anchorAliases)`);
  for (const id of live)
    if (!manifest.ids.includes(id))
      errors.push(`tests/anchors.json → ${id}: new id not recorded (npm run anchors:update)`);
}

for (const r of parsed.reports) {
  const points = [...r.figures.values()].flatMap((f) => f.data.series.flatMap((s) => s.points));
  const claims = points.filter((p) => 'paragraph' in p.source).length;
  const excerpts = [...r.opinions.values()].reduce((n, o) => n + o.data.excerpts.length, 0);
  const placements = r.sections.flatMap((s) => s.blocks).filter((b) => b.kind !== 'paragraph').length;
  const headings = r.sections.filter((s) => s.data.title).length;
  console.log(`content check of report ${r.id}${r === home ? ' (home)' : ''}:`);
  console.log(
    `  ${paragraphTexts(r).size} paragraphs and ${headings} headings verbatim against its source, in order`,
  );
  console.log(`  ${excerpts} grid excerpts (${r.opinions.size} opinions) verbatim, none cutting a contrast`);
  console.log(
    `  ${points.length + r.events.size} dates (figure points and events) no finer than their sources`,
  );
  console.log(
    `  ${points.length} figure values sourced (${claims} report claims checked against their words)`,
  );
  console.log(`  ${placements} placements (opinions, figures, captions) checked`);
  console.log(`  ${listAnchors(r, parsed.experts).length} anchor ids unique and valid`);
}
console.log(`${parsed.experts.size} experts shared by ${parsed.reports.length} report(s)`);
if (home) console.log(`${manifest.ids.length} ids of tests/anchors.json published or aliased`);
if (errors.length) {
  console.error(`\n${errors.length} error(s):\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
console.log('content check: OK');
