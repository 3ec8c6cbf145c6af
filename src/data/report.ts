import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { entrySlug, eventAnchor, opinionAnchor, sectionAnchor } from '../lib/anchors.ts';
import { parseBlocks } from '../lib/content/blocks.ts';
import { checkContent, formatContentError } from '../lib/content/integrity.ts';
import { exportFigure, type FigureExport } from '../lib/figures.ts';
import { contentRoot } from './content-root.ts';

/** One report with everything the pages need, checked. */
export interface ReportModel {
  report: CollectionEntry<'reports'>;
  /** The sections in reading order, each with its public anchor. */
  sections: Array<{ entry: CollectionEntry<'sections'>; anchor: string }>;
  /** The experts in the order the report first quotes them. */
  experts: CollectionEntry<'experts'>[];
  /** The opinions in reading order. */
  opinions: CollectionEntry<'opinions'>[];
  /** Timeline events in date order. */
  events: CollectionEntry<'events'>[];
  /** The report's figures in reading order (numbered 1, 2, …), by id. */
  figures: Map<string, FigureExport>;
  /** A paragraph anchor named for readers: “十年合作历程”第3段, 曹磊的观点第2段（“十年合作历程”）. */
  paragraphName: (anchor: string) => string;
}

function readSource(path: string): string | undefined {
  try {
    return readFileSync(join(contentRoot, path), 'utf8');
  } catch {
    return undefined;
  }
}

async function load(): Promise<ReportModel[]> {
  const [reports, sections, experts, opinions, events, figures] = await Promise.all([
    getCollection('reports'),
    getCollection('sections'),
    getCollection('experts'),
    getCollection('opinions'),
    getCollection('events'),
    getCollection('figures'),
  ]);
  const errors = checkContent({ reports, sections, experts, opinions, events, figures, readSource });
  if (errors.length) {
    // Astro only logs broken references; a fault in the content must stop the build instead.
    throw new Error(
      `The content has ${errors.length} error(s):\n${errors.map((e) => `  - ${formatContentError(e)}`).join('\n')}`,
    );
  }
  const eventMap = new Map(events.map((e) => [e.id, e]));
  const figureMap = new Map(figures.map((f) => [f.id, f]));
  const opinionMap = new Map(opinions.map((o) => [o.id, o]));
  const expertMap = new Map(experts.map((e) => [e.id, e]));
  return reports.map((report) => {
    const own = sections
      .filter((s) => s.data.report.id === report.id)
      .sort((a, b) => a.data.order - b.data.order);
    // Figures are numbered in the order the article places them.
    const placed = own.flatMap((s) =>
      parseBlocks(s.body ?? '').flatMap((b) => (b.kind === 'figure' ? [b.id] : [])),
    );
    const inOrder = own.flatMap((s) =>
      parseBlocks(s.body ?? '').flatMap((b) => (b.kind === 'opinion' ? [opinionMap.get(b.id)!] : [])),
    );
    const publication = { title: report.data.title, publisher: report.data.publisher };
    const sectionLabel = new Map(own.map((sec) => [sec.id, sec.data.label]));
    const names = new Map<string, string>();
    for (const sec of own) names.set(sectionAnchor(sec.id), `“${sec.data.label}”`);
    for (const o of inOrder) {
      const expert = expertMap.get(o.data.expert.id)?.data.name ?? o.data.expert.id;
      names.set(
        opinionAnchor(entrySlug(o.id)),
        `${expert}的观点（“${sectionLabel.get(o.data.section.id)}”）`,
      );
    }
    const paragraphName = (anchor: string) => {
      const m = /^(.*)-p(\d+)$/.exec(anchor);
      const owner = m && names.get(m[1]!);
      return owner ? `${owner}第${m![2]}段` : anchor;
    };
    const exports = new Map(
      placed.map((id, i) => {
        const f = figureMap.get(id)!;
        const marks = f.data.events.map((ref) => {
          const e = eventMap.get(ref.id)!;
          return {
            id: e.id,
            anchor: eventAnchor(e.id),
            date: e.data.date,
            precision: e.data.precision,
            label: e.data.shortTitle ?? e.data.title,
          };
        });
        return [
          id,
          exportFigure({ id, ...f.data }, i + 1, marks, { page: '/', publication, paragraphName }),
        ] as const;
      }),
    );
    return {
      report,
      sections: own.map((entry) => ({ entry, anchor: sectionAnchor(entry.id) })),
      experts: [...new Set(inOrder.map((o) => o.data.expert.id))].map((id) => expertMap.get(id)!),
      opinions: inOrder,
      events: [...events].sort((a, b) => a.data.date.localeCompare(b.data.date)),
      figures: exports,
      paragraphName,
    };
  });
}

let cached: Promise<ReportModel[]> | undefined;

/** All reports, loaded and checked once per build. */
export const getReports = (): Promise<ReportModel[]> => (cached ??= load());

/** The report the site publishes on `/`: the only one, or the first by id. */
export async function getMainReport(): Promise<ReportModel> {
  const all = await getReports();
  const main = [...all].sort((a, b) => a.report.id.localeCompare(b.report.id))[0];
  if (!main) throw new Error('content/reports: no report found');
  return main;
}

/** A figure of the main report by id (for `<Figure id="…" />` in the article). */
export async function getFigure(id: string): Promise<FigureExport> {
  const fig = (await getMainReport()).figures.get(entrySlug(id));
  if (!fig) throw new Error(`<Figure id="${id}" />: no such figure in content/figures/`);
  return fig;
}
