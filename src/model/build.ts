/**
 * The site model the pages render: every report with its parts in reading order, its figures' exports,
 * its anchors and share targets, and the experts across reports. Built once per build from the parsed,
 * checked content (src/model/parse.ts, src/model/checks/).
 */
import { expertAnchor, paragraphOf } from '../lib/anchors.ts';
import { editionChanges } from '../lib/content/edition.ts';
import { exportCorrections, type CorrectionExport } from '../lib/corrections.ts';
import { formatChineseDate } from '../lib/dates.ts';
import { exportFigure, type FigureExport } from '../lib/figures.ts';
import { comparableText } from '../lib/text/typography.ts';
import { figureTarget, sectionTarget, type ShareTarget } from '../lib/share.ts';
import type { EventData } from '../schemas/event.ts';
import type { ExpertData } from '../schemas/expert.ts';
import type { OpinionData } from '../schemas/opinion.ts';
import type { ReportData, ReportExpertData } from '../schemas/report.ts';
import type { SectionData } from '../schemas/section.ts';
import type { SiteData } from '../schemas/site.ts';
import { listAnchors, paragraphTexts } from './checks/index.ts';
import { articleTexts, creditLine, headerLines, sourceLines } from './checks/verbatim.ts';
import type { ParsedContent, ParsedReport, Part, RawEntry } from './parse.ts';
import { reportPaths, type ReportPaths } from './paths.ts';

export interface ExpertModel {
  id: string;
  data: ExpertData;
  /** Its anchor on a report page, e.g. expert-lin-zhiyuan. */
  anchor: string;
  /** Its page, /experts/<id>/. */
  page: string;
}

export type SectionModel = Part<SectionData>;

/** An expert as one report introduces them: the person, and the titles this report gives. */
export interface ReportExpert extends ExpertModel, ReportExpertData {}

export interface OpinionModel extends Part<OpinionData> {
  expert: ReportExpert;
  section: SectionModel;
}

export type EventModel = Part<EventData>;

export interface ReportModel {
  id: string;
  /** Whether it is the site's home report, served at `/`. */
  home: boolean;
  entry: RawEntry<ReportData>;
  data: ReportData;
  paths: ReportPaths;
  sections: SectionModel[];
  /** Opinions in reading order. */
  opinions: OpinionModel[];
  /** The experts it quotes, in the order it first quotes them, with the titles it gives them. */
  experts: ReportExpert[];
  /** Timeline events in date order. */
  events: EventModel[];
  /** Figures numbered in the order the article places them, by id. */
  figures: Map<string, FigureExport>;
  /** Paragraph texts by anchor. */
  paragraphs: Map<string, string>;
  /** A paragraph anchor named for readers: “合作回顾”第2段, 林知远的观点第1段（“合作回顾”）. */
  paragraphName: (anchor: string) => string;
  /** Every anchor id its page publishes. */
  anchors: string[];
  /** Its dated corrections, newest first (report.yaml `corrections`). */
  corrections: CorrectionExport[];
  /** An anchor of its page named briefly for readers (a correction's links): 图1, 时间线2021年12月, “合作回顾”第2段. */
  anchorName: (anchor: string) => string;
  /** The parts that get a share page: the sections, then the figures. */
  shareTargets: ShareTarget[];
  /** Its title with its subtitle, if any: 微信京东十年“联姻”落幕——网经社独家解读报告. */
  fullTitle: string;
  /** Its description for search engines and shares: its own, or the opening of its article. */
  description: string;
  /**
   * Who it is credited to: its writer (the credit marked `author`) with the publisher, e.g. 无痕（网经社）;
   * the publisher alone when no writer is marked. The page's author metadata and the PDF say the same.
   */
  byline: string | undefined;
  /** Its publication date for readers with the basis, e.g. 2025年9月（据同系列文章推定）; undefined when not known. */
  publishedText: string | undefined;
  /** What this edition changed from its source, as sentences for readers. */
  changes: string[];
  /** Its vocabularies by id, each term with its label and a colour tone (1–4, CSS --report-tag-<n>). */
  categories: Map<string, VocabularyTerm>;
  perspectives: Map<string, VocabularyTerm>;
}

/** A term of a report's vocabulary as pages use it. */
export interface VocabularyTerm {
  id: string;
  label: string;
  /** Which of the theme's tag colours it takes (--report-tag-1 … --report-tag-4). */
  tone: number;
}

const terms = (list: Array<{ id: string; label: string }>) =>
  new Map(list.map((t, i) => [t.id, { ...t, tone: (i % 4) + 1 }]));

export interface SiteModel {
  site: SiteData;
  /** Every report, newest first. */
  reports: ReportModel[];
  home: ReportModel;
  byId: Map<string, ReportModel>;
  /** Words never broken in headings, from every report's `words`. */
  words: string[];
  /**
   * Every quoted expert, with their opinions in each report (reports newest first) and the titles each
   * report gives them.
   */
  experts: Array<{
    expert: ExpertModel;
    reports: Array<{ report: ReportModel; introduced: ReportExpert; opinions: OpinionModel[] }>;
  }>;
}

function buildReport(
  r: ParsedReport,
  content: ParsedContent,
  experts: Map<string, ExpertModel>,
): ReportModel {
  const home = r.id === content.site.home;
  const data = r.entry.data;
  const paths = reportPaths(r.id, home, data.pdf);
  const sections = r.sections;
  const bySlug = new Map(sections.map((s) => [s.slug, s]));
  // Opinions and figures in the order the article places them.
  const placed = (kind: 'opinion' | 'figure') =>
    sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === kind ? [b.id] : [])));
  const introduced = new Map<string, ReportExpert>();
  const introduce = (id: string): ReportExpert => {
    if (!introduced.has(id)) {
      const intro = data.experts[id] ?? { titles: [], sic: [] };
      introduced.set(id, { ...experts.get(id)!, titles: intro.titles, sic: intro.sic });
    }
    return introduced.get(id)!;
  };
  const opinions: OpinionModel[] = placed('opinion').map((slug) => {
    const o = r.opinions.get(slug)!;
    return { ...o, expert: introduce(o.data.expert), section: bySlug.get(o.data.section)! };
  });
  const events = [...r.events.values()].sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || a.slug.localeCompare(b.slug),
  );
  const eventsBySlug = new Map(events.map((e) => [e.slug, e]));

  const names = new Map<string, string>();
  for (const s of sections) names.set(s.anchor, `“${s.data.label}”`);
  for (const o of opinions) names.set(o.anchor, `${o.expert.data.name}的观点（“${o.section.data.label}”）`);
  const paragraphName = (anchor: string) => {
    const p = paragraphOf(anchor);
    const owner = p && names.get(p.block);
    return owner ? `${owner}第${p.n}段` : anchor;
  };

  const publication = { title: data.title, publisher: data.publisher, noun: data.noun };
  const source = r.source ?? '';
  const header = headerLines(source, data);
  const lines = sourceLines(source).filter((l) => !header.has(comparableText(l)));
  const article = articleTexts(r);
  const corrections = exportCorrections(data.corrections, data.anchorAliases);
  const figures = new Map(
    placed('figure').map((slug, i) => {
      const f = r.figures.get(slug)!;
      const marks = f.data.events.map((ref) => {
        const e = eventsBySlug.get(ref)!;
        return {
          id: e.slug,
          anchor: e.anchor,
          date: e.data.date,
          precision: e.data.precision,
          label: e.data.shortTitle ?? e.data.title,
        };
      });
      return [
        slug,
        exportFigure({ id: slug, ...f.data }, i + 1, marks, {
          page: paths.page,
          publication,
          compiledBy: { name: content.site.name, publisher: content.site.publisher },
          paragraphName,
          corrections,
        }),
      ] as const;
    }),
  );

  const firstParagraph = (s: SectionModel) =>
    s.blocks
      .map((b) =>
        b.kind === 'paragraph'
          ? b.text
          : b.kind === 'opinion'
            ? r.opinions.get(b.id)?.paragraphs[0]
            : undefined,
      )
      .find(Boolean) ?? '';
  const shareTargets = [
    ...sections.map((s) => sectionTarget(s.anchor, s.data.title ?? s.data.label, firstParagraph(s))),
    ...[...figures.values()].map((f) => figureTarget(f.id, f.number, f.title, f.takeaway)),
  ];

  // Short names of the parts a correction can name, for its links (the entry says what changed).
  const partNames = new Map<string, string>();
  for (const s of sections) partNames.set(s.anchor, `“${s.data.label}”`);
  for (const f of figures.values()) {
    partNames.set(f.id, `图${f.number}`);
    for (const p of f.series.flatMap((s) => s.points)) partNames.set(p.row, `图${f.number}`);
  }
  for (const e of events)
    partNames.set(e.anchor, `时间线${formatChineseDate(e.data.date, e.data.precision)}`);
  const anchorName = (anchor: string) => partNames.get(anchor) ?? paragraphName(anchor);

  const opening = firstParagraph(sections[0]!);
  return {
    id: r.id,
    home,
    entry: r.entry,
    data,
    paths,
    sections,
    opinions,
    experts: [...introduced.values()],
    fullTitle: data.subtitle ? `${data.title}——${data.subtitle}` : data.title,
    description: data.description ?? clip(opening),
    byline: bylineOf(data),
    publishedText: data.published
      ? `${formatChineseDate(data.published.date, data.published.precision)}${data.published.basis ? `（${data.published.basis}）` : ''}`
      : undefined,
    changes: editionChanges({
      pairs: article.map((a, i) => [lines[i] ?? a.text, a.text]),
      headline: header.has(comparableText(sourceLines(source)[0] ?? '')),
      creditRoles: data.credits.flatMap((c) => (creditLine(c) ? [c.role] : [])),
      dateline: !!data.published?.line,
      omittedImages: sections.some((s) => s.blocks.some((b) => b.kind === 'omitted-image')),
      urls: article.some((a) => /https?:\/\//.test(a.text)),
      sic: [...introduced.values()].some((e) => e.sic.length > 0),
    }),
    events,
    figures,
    paragraphs: paragraphTexts(r),
    paragraphName,
    anchors: listAnchors(r, content.experts).map((a) => a.id),
    corrections,
    anchorName,
    shareTargets,
    categories: terms(data.categories),
    perspectives: terms(data.perspectives),
  };
}

/** A report's byline: its writers (credits marked `author`) with the publisher in brackets, or the publisher. */
export function bylineOf(data: {
  publisher?: string | undefined;
  credits: Array<{ name: string; author: boolean }>;
}): string | undefined {
  const writers = data.credits.filter((c) => c.author).map((c) => c.name);
  const writer = writers.join('、');
  if (!writer) return data.publisher;
  return data.publisher && !writers.includes(data.publisher) ? `${writer}（${data.publisher}）` : writer;
}

/** The site model from checked content. */
export function buildSite(content: ParsedContent): SiteModel {
  const experts = new Map<string, ExpertModel>(
    [...content.experts.values()].map((e) => [
      e.id,
      { id: e.id, data: e.data, anchor: expertAnchor(e.id), page: `/experts/${e.id}/` },
    ]),
  );
  const reports = content.reports
    .map((r) => buildReport(r, content, experts))
    .sort(
      (a, b) =>
        (b.data.published?.date ?? '').localeCompare(a.data.published?.date ?? '') ||
        a.id.localeCompare(b.id),
    );
  const byId = new Map(reports.map((r) => [r.id, r]));
  const quoted = [...experts.values()].filter((e) =>
    reports.some((r) => r.experts.some((x) => x.id === e.id)),
  );
  return {
    site: content.site,
    reports,
    home: byId.get(content.site.home)!,
    byId,
    words: [...new Set(reports.flatMap((r) => r.data.words))],
    experts: quoted.map((expert) => ({
      expert,
      reports: reports.flatMap((report) => {
        const opinions = report.opinions.filter((o) => o.expert.id === expert.id);
        return opinions.length ? [{ report, introduced: opinions[0]!.expert, opinions }] : [];
      }),
    })),
  };
}

/** The opening of a text for a description: whole sentences up to about 120 characters, verbatim. */
export function clip(text: string, max = 120): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(...['。', '！', '？', '；'].map((p) => cut.lastIndexOf(p)));
  return end > max / 3 ? cut.slice(0, end + 1) : `${cut}…`;
}
