/**
 * npm run check:content — the content-integrity gate, in one command (also the first step of npm test):
 * every article paragraph verbatim and in order against the source, every grid excerpt verbatim, every
 * figure value sourced (report claims stated in their paragraph's words), every reference resolving,
 * and every id of the anchor manifest present (or aliased). Prints what it checked; exits 1 on a fault.
 */
import { readFileSync } from 'node:fs';
import {
  checkContent,
  formatContentError,
  listAnchors,
  paragraphTexts,
} from '../../src/lib/content/integrity.ts';
import { parseBlocks } from '../../src/lib/content/blocks.ts';
import { loadContent } from '../helpers/content.ts';

const content = loadContent();
const errors = checkContent(content).map(formatContentError);

const manifest = JSON.parse(readFileSync(new URL('../anchors.json', import.meta.url), 'utf8')) as {
  ids: string[];
};
const aliases = JSON.parse(
  readFileSync(new URL('../../src/data/anchor-aliases.json', import.meta.url), 'utf8'),
) as Record<string, string>;
const live = new Set(listAnchors(content).map((a) => a.id));
for (const id of manifest.ids) {
  if (!live.has(id) && !live.has(aliases[id] ?? ''))
    errors.push(`tests/anchors.json → ${id}: no longer published and no alias`);
}
for (const id of live) {
  if (!manifest.ids.includes(id))
    errors.push(`tests/anchors.json → ${id}: new id not recorded (npm run anchors:update)`);
}

const paragraphs = paragraphTexts(content.sections, content.opinions).size;
const points = content.figures.flatMap((f) => f.data.series.flatMap((s) => s.points));
const claims = points.filter((p) => 'paragraph' in p.source).length;
const references =
  content.sections.length + // section → report
  content.opinions.length * 2 + // opinion → expert, section
  content.figures.reduce((n, f) => n + 1 + f.data.events.length, 0) + // figure → section, events
  content.events.filter((e) => e.data.report).length + // event → paragraph
  claims; // figure point → paragraph
const placements = content.sections
  .flatMap((s) => parseBlocks(s.body ?? ''))
  .filter((b) => b.kind !== 'paragraph').length;

console.log(
  `content check: ${paragraphs} paragraphs verbatim against content/sources (in order, with 4 headings and 1 caption)`,
);
const excerpts = content.opinions.reduce((n, o) => n + o.data.excerpts.length, 0);
console.log(
  `               ${excerpts} grid excerpts (${content.opinions.length} opinions) verbatim, none cutting a contrast; ${content.experts.length} experts' names and titles verbatim`,
);
console.log(
  `               ${points.length + content.events.length} dates (figure points and events) no finer than their sources; report claims dated by the report's own time words`,
);
console.log(
  `               ${points.length} figure values sourced (${claims} report claims checked against their paragraph's words)`,
);
console.log(
  `               ${references} references resolved, ${placements} placements (opinions, figures, caption) checked`,
);
console.log(
  `               ${live.size} anchor ids unique and valid; ${manifest.ids.length} manifest ids present or aliased`,
);
if (errors.length) {
  console.error(`\n${errors.length} error(s):\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
console.log('content check: OK');
