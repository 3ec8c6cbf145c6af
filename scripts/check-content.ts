/**
 * npm run check:content — the content-integrity gate in one command (also the first step of npm test):
 * every report's article verbatim and in order against its own source, grid excerpts verbatim, figure
 * values sourced (report claims stated in their paragraph's words), dates no finer than their sources,
 * references resolving, anchors unique, and every id a report has published (its anchors.json) still
 * live or aliased, with none unrecorded. Prints what it checked; exits 1 on a fault.
 */
import {
  checkContent,
  formatContentError,
  listAnchors,
  paragraphTexts,
  unrecordedAnchors,
  currentValues,
} from '../src/model/checks/index.ts';
import { unrecordedValues } from '../src/lib/published.ts';
import { loadContentFromDisk } from '../src/model/disk.ts';
import { parseContent } from '../src/model/parse.ts';

const { content, errors: schemaErrors } = loadContentFromDisk(process.env.REPORT_CONTENT_DIR ?? 'content');
const parsed = parseContent(content);
const errors = [...schemaErrors, ...checkContent(parsed)].map(formatContentError);

// Published anchors: every report records the ids it publishes (a lost one is a content error above).
for (const r of parsed.reports) {
  const missing = unrecordedAnchors(r, parsed.experts);
  if (!r.published)
    errors.push(
      `content/reports/${r.id}/anchors.json: missing — run npm run anchors:update to record the ${missing.length} ids the report publishes`,
    );
  else if (missing.length)
    errors.push(
      `${r.published.file} → ids: ${missing.length} new id(s) not recorded (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}): run npm run anchors:update`,
    );
  // Published values: recorded too (a changed one without a correction is a content error above).
  const values = currentValues(r);
  if (!r.record)
    errors.push(
      `content/reports/${r.id}/published.json: missing — run npm run anchors:update to record the ${Object.keys(values).length} values the report publishes`,
    );
  else if ('values' in r.record) {
    const unrecorded = unrecordedValues(r.record.values, values);
    if (unrecorded.length)
      errors.push(
        `${r.record.file} → values: ${unrecorded.length} value(s) not recorded as published now (${unrecorded.slice(0, 5).join(', ')}${unrecorded.length > 5 ? ', …' : ''}): run npm run anchors:update`,
      );
  }
}

for (const r of parsed.reports) {
  const points = [...r.figures.values()].flatMap((f) => f.data.series.flatMap((s) => s.points));
  const claims = points.filter((p) => 'paragraph' in p.source).length;
  const excerpts = [...r.opinions.values()].reduce((n, o) => n + o.data.excerpts.length, 0);
  const placements = r.sections.flatMap((s) => s.blocks).filter((b) => b.kind !== 'paragraph').length;
  const headings = r.sections.filter((s) => s.data.title).length;
  console.log(`content check of report ${r.id}${r.id === parsed.site.home ? ' (home)' : ''}:`);
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
  if (r.published && 'ids' in r.published)
    console.log(`  ${r.published.ids.length} published ids (anchors.json) live or aliased`);
  if (r.record && 'values' in r.record)
    console.log(
      `  ${Object.keys(r.record.values).length} published values (published.json) unchanged or corrected (${r.entry.data.corrections.length} corrections)`,
    );
}
console.log(`${parsed.experts.size} experts shared by ${parsed.reports.length} report(s)`);
if (errors.length) {
  console.error(`\n${errors.length} error(s):\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
console.log('content check: OK');
