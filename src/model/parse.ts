/**
 * The content, grouped by report and parsed once: every MDX body becomes its blocks (paragraphs and
 * placed components) here, and the checks, the pages, the share pages and the grid all read the result.
 * Pure: the entries come from Astro's collections (src/model/index.ts) or from disk (src/model/disk.ts).
 */
import { entrySlug, partAnchor, type PartKind } from '../lib/anchors.ts';
import { parsePublished, type PublishedValues } from '../lib/published.ts';
import { parseBlocks, type Block } from '../lib/content/blocks.ts';
import type { EventData } from '../schemas/event.ts';
import type { ExpertData } from '../schemas/expert.ts';
import type { FigureData } from '../schemas/figure.ts';
import type { OpinionData } from '../schemas/opinion.ts';
import type { ReportData } from '../schemas/report.ts';
import type { SectionData } from '../schemas/section.ts';
import type { SiteData } from '../schemas/site.ts';
import { reportOf } from './ids.ts';

/** A collection entry as both loaders give it: id, file, validated data, MDX body. */
export interface RawEntry<D> {
  id: string;
  /** The file, relative to the project (e.g. content/reports/qinghe-xinghe/opinions/lin-zhiyuan-1.mdx). */
  filePath?: string | undefined;
  data: D;
  body?: string | undefined;
}

/** Everything in content/, validated by the schemas. */
export interface ContentEntries {
  site: SiteData;
  reports: RawEntry<ReportData>[];
  sections: RawEntry<SectionData>[];
  opinions: RawEntry<OpinionData>[];
  events: RawEntry<EventData>[];
  figures: RawEntry<FigureData>[];
  experts: RawEntry<ExpertData>[];
  /**
   * A file of a report's folder (`source.txt`, the report as received; `anchors.json`, the ids it has
   * published; `published.json`, the values it has published), by report id; undefined when missing.
   */
  readReportFile: (reportId: string, name: ReportFile) => string | undefined;
}

/** The plain files of a report's folder besides its entries. */
export type ReportFile = 'source.txt' | 'anchors.json' | 'published.json';

/**
 * The anchor ids a report has published (its anchors.json, written by `npm run anchors:update`): a public
 * contract, so every one must stay live or be aliased. `error` when the file is not a list of ids.
 */
export type PublishedAnchors = { file: string; ids: string[] } | { file: string; error: string };

/**
 * The values a report has published (its published.json, written by `npm run anchors:update`): a recorded
 * value that changes needs a correction. `error` when the file is not a record.
 */
export type PublishedRecord = { file: string; values: PublishedValues } | { file: string; error: string };

/** An entry of a report, with its file name, its anchor and, for MDX, its blocks and paragraphs. */
export interface Part<D> extends RawEntry<D> {
  /** The file name, e.g. lin-zhiyuan-1. */
  slug: string;
  /** Its public anchor, e.g. opinion-lin-zhiyuan-1 (its paragraphs' are `<anchor>-p<n>`). */
  anchor: string;
  /** The file, for messages. */
  file: string;
  /** The body's top-level blocks (MDX entries; empty for YAML). */
  blocks: Block[];
  /** The body's paragraphs' text, in order. */
  paragraphs: string[];
}

/** One report's entries, parsed. */
export interface ParsedReport {
  id: string;
  entry: RawEntry<ReportData>;
  file: string;
  /** Sections in reading order (by `order`). */
  sections: Part<SectionData>[];
  opinions: Map<string, Part<OpinionData>>;
  events: Map<string, Part<EventData>>;
  figures: Map<string, Part<FigureData>>;
  /** The report's source text, or undefined when source.txt is missing. */
  source: string | undefined;
  /** The ids the report has published, or undefined before its first `npm run anchors:update`. */
  published: PublishedAnchors | undefined;
  /** The values the report has published, or undefined before its first `npm run anchors:update`. */
  record: PublishedRecord | undefined;
}

/** The whole content, parsed: the reports and the shared experts. */
export interface ParsedContent {
  site: SiteData;
  reports: ParsedReport[];
  experts: Map<string, RawEntry<ExpertData> & { file: string }>;
  /** Entries whose folder holds no report.yaml. */
  orphans: Array<{ file: string; report: string }>;
}

const fileOf = (e: RawEntry<unknown>, fallback: string) => e.filePath ?? fallback;

function part<D>(e: RawEntry<D>, kind: PartKind, mdx: boolean): Part<D> {
  const blocks = mdx ? parseBlocks(e.body ?? '') : [];
  return {
    ...e,
    slug: entrySlug(e.id),
    anchor: partAnchor(kind, entrySlug(e.id)),
    file: fileOf(e, `content/reports/${reportOf(e.id)}/${kind}/${entrySlug(e.id)}.${mdx ? 'mdx' : 'yaml'}`),
    blocks,
    paragraphs: blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
  };
}

function publishedAnchors(json: string | undefined, file: string): PublishedAnchors | undefined {
  if (json === undefined) return undefined;
  try {
    const ids = (JSON.parse(json) as { ids?: unknown }).ids;
    if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) return { file, ids };
    return { file, error: '"ids" must be a list of anchor ids' };
  } catch (error) {
    return { file, error: `not JSON: ${(error as Error).message}` };
  }
}

function publishedRecord(json: string | undefined, file: string): PublishedRecord | undefined {
  return json === undefined ? undefined : { file, ...parsePublished(json) };
}

/** Groups the entries by report and parses each MDX body once. */
export function parseContent(c: ContentEntries): ParsedContent {
  const known = new Set(c.reports.map((r) => r.id));
  const orphans: ParsedContent['orphans'] = [];
  const byReport = <D>(entries: RawEntry<D>[], kind: PartKind, mdx: boolean) => {
    const out = new Map<string, Map<string, Part<D>>>();
    for (const e of entries) {
      const p = part(e, kind, mdx);
      const report = reportOf(e.id);
      if (!known.has(report)) {
        orphans.push({ file: p.file, report });
        continue;
      }
      if (!out.has(report)) out.set(report, new Map());
      out.get(report)!.set(p.slug, p);
    }
    return out;
  };
  const sections = byReport(c.sections, 'sections', true);
  const opinions = byReport(c.opinions, 'opinions', true);
  const events = byReport(c.events, 'events', false);
  const figures = byReport(c.figures, 'figures', false);
  return {
    site: c.site,
    reports: c.reports.map((entry) => ({
      id: entry.id,
      entry,
      file: fileOf(entry, `content/reports/${entry.id}/report.yaml`),
      sections: [...(sections.get(entry.id)?.values() ?? [])].sort((a, b) => a.data.order - b.data.order),
      opinions: opinions.get(entry.id) ?? new Map(),
      events: events.get(entry.id) ?? new Map(),
      figures: figures.get(entry.id) ?? new Map(),
      source: c.readReportFile(entry.id, 'source.txt'),
      published: publishedAnchors(
        c.readReportFile(entry.id, 'anchors.json'),
        `content/reports/${entry.id}/anchors.json`,
      ),
      record: publishedRecord(
        c.readReportFile(entry.id, 'published.json'),
        `content/reports/${entry.id}/published.json`,
      ),
    })),
    experts: new Map(c.experts.map((e) => [e.id, { ...e, file: fileOf(e, `content/experts/${e.id}.yaml`) }])),
    orphans,
  };
}
