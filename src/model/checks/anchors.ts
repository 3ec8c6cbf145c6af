/**
 * The anchor ids a report page publishes, derived from the content, and their check: readable ASCII,
 * unique on the page; the report's retired ids point at live ones.
 */
import {
  ANCHOR_ID,
  correctionAnchor,
  expertAnchor,
  PAGE_ANCHORS,
  paragraphAnchor,
  rowAnchor,
} from '../../lib/anchors.ts';
import type { ParsedReport } from '../parse.ts';
import type { ReportCheck } from './types.ts';

/** A public anchor id and the content that gives it. */
export interface AnchorSource {
  id: string;
  file: string;
  field: string;
}

/**
 * Every anchor id the report's page publishes: sections and their paragraphs, opinions and theirs, the
 * experts it quotes, figures and their data rows, events, and the page's own parts.
 */
export function listAnchors(r: ParsedReport, experts: Map<string, { file: string }>): AnchorSource[] {
  const out: AnchorSource[] = [];
  const add = (id: string, file: string, field: string) => out.push({ id, file, field });
  for (const part of [...r.sections, ...r.opinions.values()]) {
    add(part.anchor, part.file, 'id (file name)');
    for (const b of part.blocks)
      if (b.kind === 'paragraph') add(paragraphAnchor(part.anchor, b.n), part.file, `paragraph ${b.n}`);
  }
  for (const id of new Set([...r.opinions.values()].map((o) => o.data.expert)))
    add(expertAnchor(id), experts.get(id)?.file ?? `content/experts/${id}.yaml`, 'id (file name)');
  for (const f of r.figures.values()) {
    add(f.anchor, f.file, 'id (file name)');
    const seen = new Set<string>();
    f.data.series.forEach((series, si) =>
      series.points.forEach((p, pi) =>
        add(rowAnchor(f.slug, series.id, p.date, seen), f.file, `series[${si}].points[${pi}]`),
      ),
    );
  }
  for (const e of r.events.values()) add(e.anchor, e.file, 'id (file name)');
  r.entry.data.corrections.forEach((c, i) => add(correctionAnchor(c.id), r.file, `corrections[${i}].id`));
  // The page's own blocks, each when the report has something for it.
  const has: Record<(typeof PAGE_ANCHORS)[number], boolean> = {
    'key-figures': r.entry.data.keyFigures.length > 0,
    timeline: r.events.size > 0,
    experts: r.opinions.size > 0,
    cite: true,
    corrections: r.entry.data.corrections.length > 0,
  };
  for (const id of PAGE_ANCHORS) if (has[id]) add(id, 'src/components/ReportPage.astro', 'page section');
  return out;
}

export const checkAnchors: ReportCheck = (r, { content, err }) => {
  const anchors = new Map<string, string>();
  for (const { id, file, field } of listAnchors(r, content.experts)) {
    if (!ANCHOR_ID.test(id)) err(file, field, `"${id}" is not a readable ASCII anchor id`);
    const other = anchors.get(id);
    if (other) err(file, field, `anchor id "${id}" is already used by ${other}`);
    else anchors.set(id, file);
  }
  for (const [from, to] of Object.entries(r.entry.data.anchorAliases)) {
    if (anchors.has(from))
      err(r.file, `anchorAliases.${from}`, `"${from}" is a live anchor id: an alias would hide it`);
    if (!anchors.has(to)) err(r.file, `anchorAliases.${from}`, `"${to}" is not an anchor id of the report`);
  }
  // A correction names parts the page publishes: live ids, or retired ids aliased to live ones.
  r.entry.data.corrections.forEach((c, i) =>
    c.anchors.forEach((id, j) => {
      if (!anchors.has(id) && !anchors.has(r.entry.data.anchorAliases[id] ?? ''))
        err(
          r.file,
          `corrections[${i}].anchors[${j}]`,
          `"${id}" is not an anchor id of the report (nor an alias of one)`,
        );
    }),
  );
  // Published ids (anchors.json) are a public contract: each must still be live, or aliased to a live id.
  const published = r.published;
  if (published && 'error' in published) err(published.file, 'ids', published.error);
  else if (published)
    published.ids.forEach((id, i) => {
      if (!anchors.has(id) && !anchors.has(r.entry.data.anchorAliases[id] ?? ''))
        err(
          published.file,
          `ids[${i}]`,
          `"${id}" was published and is gone: give it an alias to a live id (report.yaml anchorAliases)`,
        );
    });
};

/**
 * Ids the report publishes that its anchors.json does not record yet (all of them before its first
 * `npm run anchors:update`). Not a build error — a draft may add parts — but `npm run check:content` and
 * the tests require the manifest to be up to date.
 */
export function unrecordedAnchors(r: ParsedReport, experts: Map<string, { file: string }>): string[] {
  const recorded = new Set(r.published && 'ids' in r.published ? r.published.ids : []);
  return listAnchors(r, experts)
    .map((a) => a.id)
    .filter((id) => !recorded.has(id));
}
