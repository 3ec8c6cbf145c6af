/**
 * A figure's data as readers and downloads get it: rows with display values, Chinese dates and sources,
 * what is drawn and what is only listed (and why), a CSV and a text description (what a chart draws of it:
 * src/charts/index.ts `chartInput`). Pure: the Astro side passes plain entry data in.
 */
import type { FigureData } from '../schemas/figure.ts';
import type { PublicSource, ReportSource } from '../schemas/source.ts';
import {
  DATE_BASES,
  formatChineseDate,
  formatPrecisionDate,
  type DateBasis,
  type DatePrecision,
  type Precision,
} from './dates.ts';
import type { SourceType } from '../schemas/vocabulary.ts';
import { rowAnchor } from './anchors.ts';
import { SOURCE_STATUS, sourcePublisher, sourceTitle, sourceTypeLabel } from './sources.ts';
import { BOUND_WORDS, displayValue, formatValue, UNITS, type Bound, type UnitId } from './units.ts';

export type PublicSourceData = PublicSource;
export type ReportSourceData = ReportSource;

/** A figure entry's data (src/schemas/figure.ts) with its id. */
export type FigureSpec = FigureData & { id: string };

export interface FigureEventSpec {
  id: string;
  anchor: string;
  date: string;
  precision: DatePrecision;
  label: string;
}

/** A public source as readers see it. */
export type ExportPublicSource = Omit<PublicSourceData, 'type'> & {
  type: 'public';
  sourceType: SourceType;
  /** Publisher, and where the copy was read. */
  publisherText: string;
  /** The title, marked when it is read off the URL or is our description. */
  titleText: string;
  /** What kind of document it is, e.g. 媒体报道（转载）. */
  typeLabel: string;
  /** How far the figure was checked, e.g. 据报道. */
  statusLabel: string;
};

/** A statement of the report as readers see it. */
export type ExportReportSource = ReportSourceData & {
  type: 'report';
  /** Link to the paragraph on the report page. */
  href: string;
  /** The paragraph named by its section, e.g. “合作回顾”第2段. */
  paragraphText: string;
};

export interface ExportPoint {
  /** Row id in the table and downloads: figure, series and date, e.g. fig-share-report-share-2023. */
  row: string;
  series: string;
  /** The date at its precision; absent for an undated claim. */
  date?: string | undefined;
  precision: Precision;
  /** What the date rests on besides its source's time words (article-date, list-order). */
  basis?: DateBasis[] | undefined;
  /** The date in Chinese at its precision with its basis, e.g. 2014年3月10日, 2016年第一季度（据原文列举顺序）, 未注明时间. */
  dateText: string;
  /** The value as its source gives it, and its unit id. */
  value: number;
  unit: UnitId;
  /** The value as readers see it, e.g. 260 (亿美元). */
  displayValue: number;
  displayUnit: string;
  /** E.g. 约260亿美元, 25%以上. */
  valueText: string;
  kind: 'sourced' | 'report-claim';
  bound?: Bound | undefined;
  label?: string | undefined;
  note?: string | undefined;
  /** Whether the chart draws it; if not, why (未注明时间, a different unit, or the series' reason). */
  plotted: boolean;
  notPlottedReason?: string | undefined;
  source: ExportPublicSource | ExportReportSource;
}

export interface FigureExport {
  id: string;
  number: number;
  title: string;
  takeaway: string;
  /** How it is drawn: its shape, panels and height (see src/schemas/figure.ts). */
  shape: FigureSpec['shape'];
  panels: FigureSpec['panels'];
  height: FigureSpec['height'];
  /** When the compilation was last revised, at its precision. */
  updated: string;
  /** Where the figure stands in the article. */
  href: string;
  /** The report it accompanies (credited to its publisher), and what the site calls its text (`noun`). */
  publication: { title: string; publisher?: string | undefined; noun: string };
  /** Who compiled the figure: the site (its name and its editors), not the report's publisher. */
  compiledBy: { name: string; publisher: string };
  notes: string[];
  events: FigureEventSpec[];
  series: Array<
    Pick<FigureSpec['series'][number], 'id' | 'name' | 'join' | 'maxGapDays' | 'labels' | 'marker'> & {
      /** The id of the panel it is drawn in. */
      panel: string;
      points: ExportPoint[];
    }
  >;
}

/** What a point is, for readers: sourced, or a claim of the text (报告说法, 文章说法: its `noun`). */
export const kindLabel = (kind: ExportPoint['kind'], noun: string): string =>
  kind === 'sourced' ? '有来源' : `${noun}说法`;

/** How the event marks are drawn, in the caption and in the text alternative alike. */
export const EVENT_MARK_TEXT = '竖虚线标出';

/** The export's context: the page the figure stands on and how report paragraphs are named. */
export interface ExportContext {
  /** The page path, e.g. `/`. */
  page: string;
  publication: { title: string; publisher?: string | undefined; noun: string };
  /** The site that compiles the figures. */
  compiledBy: { name: string; publisher: string };
  /** A paragraph anchor named for readers, e.g. “合作回顾”第2段. */
  paragraphName: (anchor: string) => string;
}

/** The export of a figure: every point with its row id, display value, Chinese date and source. */
export function exportFigure(
  spec: FigureSpec,
  number: number,
  events: FigureEventSpec[],
  context: ExportContext,
): FigureExport {
  const seen = new Set<string>();
  const units = new Map(spec.panels.map((p) => [p.id, p.unit]));
  const firstPanel = spec.panels[0]!.id;
  return {
    id: spec.id,
    number,
    title: spec.title,
    takeaway: spec.takeaway,
    shape: spec.shape,
    panels: spec.panels,
    height: spec.height,
    updated: spec.updated,
    href: `${context.page}#${spec.id}`,
    publication: context.publication,
    compiledBy: context.compiledBy,
    notes: spec.notes,
    events,
    series: spec.series.map((s) => ({
      id: s.id,
      name: s.name,
      panel: s.panel ?? firstPanel,
      join: s.join,
      ...(s.maxGapDays ? { maxGapDays: s.maxGapDays } : {}),
      labels: s.labels,
      marker: s.marker,
      points: s.points.map((p): ExportPoint => {
        const reason =
          s.notPlotted ??
          (p.precision === 'undated'
            ? '未注明时间'
            : units.get(s.panel ?? firstPanel) === p.unit
              ? undefined
              : `单位为${UNITS[p.unit].display}，与图中数值的单位不同`);
        return {
          row: rowAnchor(spec.id, s.id, p.date, seen),
          series: s.id,
          ...(p.date ? { date: p.date } : {}),
          precision: p.precision,
          ...(p.basis.length ? { basis: p.basis } : {}),
          dateText: formatPrecisionDate(p.date, p.precision, p.basis),
          value: p.value,
          unit: p.unit,
          displayValue: displayValue(p.value, p.unit),
          displayUnit: UNITS[p.unit].display,
          valueText: formatValue(p.value, p.unit, p.bound),
          kind: p.kind,
          ...(p.bound ? { bound: p.bound } : {}),
          ...(p.label ? { label: p.label } : {}),
          ...(p.note ? { note: p.note } : {}),
          plotted: !reason,
          ...(reason ? { notPlottedReason: reason } : {}),
          source:
            'paragraph' in p.source
              ? {
                  type: 'report',
                  ...p.source,
                  href: `${context.page}#${p.source.paragraph}`,
                  paragraphText: context.paragraphName(p.source.paragraph),
                }
              : {
                  ...p.source,
                  type: 'public',
                  sourceType: p.source.type,
                  publisherText: sourcePublisher(p.source),
                  titleText: sourceTitle(p.source),
                  typeLabel: sourceTypeLabel(p.source),
                  statusLabel: SOURCE_STATUS[p.source.status],
                },
        };
      }),
    })),
  };
}

/** All points in table order. */
export const pointsOf = (fig: FigureExport): ExportPoint[] => fig.series.flatMap((s) => s.points);

/** The distinct public sources of a figure, in first-use order. */
export function publicSources(fig: FigureExport): ExportPublicSource[] {
  const seen = new Map<string, ExportPublicSource>();
  for (const p of pointsOf(fig)) {
    if (p.source.type === 'public' && !seen.has(p.source.url)) seen.set(p.source.url, p.source);
  }
  return [...seen.values()];
}

/** The report paragraphs a figure cites, in first-use order, with their names. */
export function reportParagraphs(
  fig: FigureExport,
): Array<{ paragraph: string; href: string; name: string }> {
  const seen = new Map<string, { paragraph: string; href: string; name: string }>();
  for (const p of pointsOf(fig)) {
    if (p.source.type === 'report' && !seen.has(p.source.paragraph))
      seen.set(p.source.paragraph, {
        paragraph: p.source.paragraph,
        href: p.source.href,
        name: p.source.paragraphText,
      });
  }
  return [...seen.values()];
}

/** A text alternative: what is drawn, series by series, what is only listed, and the event marks. */
export function describeFigure(fig: FigureExport): string {
  const drawn = fig.series.flatMap((s) => {
    const points = s.points.filter((p) => p.plotted);
    if (!points.length) return [];
    const values = points.map((p) => `${p.dateText}${p.valueText}`).join('，');
    const kind = points.every((p) => p.kind === 'report-claim') ? `（${fig.publication.noun}说法）` : '';
    return [`${s.name}${kind}：${values}`];
  });
  const listed = pointsOf(fig)
    .filter((p) => !p.plotted)
    .map((p) => `${p.label ?? p.series}${p.valueText}（${p.notPlottedReason}）`);
  const marks = fig.events.length
    ? `${EVENT_MARK_TEXT}${fig.events.map((e) => `${e.label}（${formatChineseDate(e.date, e.precision)}）`).join('、')}。`
    : '';
  const notDrawn = listed.length ? `图中未绘：${listed.join('；')}。` : '';
  return `图${fig.number}：${fig.title}。${drawn.join('；')}。${notDrawn}${marks}`;
}

const PRECISION_NAMES: Record<Precision, string> = {
  year: '年',
  half: '半年',
  season: '季节',
  quarter: '季度',
  month: '月',
  day: '日',
  undated: '未注明时间',
};

const CSV_COLUMNS = [
  '行',
  '序列',
  '说明',
  '日期',
  '日期精度',
  '日期依据',
  '数值',
  '单位',
  '原始数值',
  '原始单位',
  '限定',
  '类型',
  '图中绘出',
  '来源',
  '来源标题',
  '来源链接',
  '来源日期',
  '来源类型',
  '数据核实',
  '原文',
  '原文时间用语',
  '备注',
  '图表整理',
] as const;

function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const boundWords = (b: Bound | undefined) =>
  b ? `${BOUND_WORDS[b].before ?? ''}…${BOUND_WORDS[b].after ?? ''}` : '';

/**
 * The figure's data as CSV: UTF-8 with a byte-order mark (so Excel opens the Chinese correctly), CRLF line
 * ends, one row per point with its unit and source. Links to report paragraphs are absolute when the site
 * has an address (`siteUrl`), otherwise site-relative.
 */
export function figureCsv(fig: FigureExport, siteUrl = ''): string {
  const names = new Map(fig.series.map((s) => [s.id, s.name]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const p of pointsOf(fig)) {
    const src = p.source;
    lines.push(
      [
        p.row,
        names.get(p.series),
        p.label,
        p.date ?? p.dateText,
        PRECISION_NAMES[p.precision],
        p.basis?.map((b) => DATE_BASES[b]).join('；'),
        p.displayValue,
        p.displayUnit,
        p.value,
        p.unit,
        boundWords(p.bound),
        kindLabel(p.kind, fig.publication.noun),
        p.plotted ? '是' : `否：${p.notPlottedReason}`,
        src.type === 'public'
          ? src.publisherText
          : `${fig.publication.publisher ?? ''}《${fig.publication.title}》`,
        src.type === 'public' ? src.titleText : `${fig.publication.noun}${src.paragraphText}`,
        src.type === 'public' ? src.url : `${siteUrl.replace(/\/$/, '')}${src.href}`,
        src.type === 'public' ? (src.published ?? '未注明日期') : '',
        src.type === 'public' ? src.typeLabel : `${fig.publication.noun}原文`,
        src.type === 'public' ? src.statusLabel : '',
        src.type === 'report' ? src.quote : '',
        src.type === 'report' ? src.when : '',
        p.note,
        `${fig.compiledBy.name}（${fig.compiledBy.publisher}）`,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
