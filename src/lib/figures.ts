/**
 * A figure's data as readers and downloads get it: rows with display values, Chinese dates and sources,
 * what is drawn and what is only listed (and why), a CSV and a text description (what a chart draws of it:
 * src/charts/index.ts `drawnFigure`). Pure: the Astro side passes plain entry data in.
 */
import type { EventData } from '../schemas/event.ts';
import type { FigureData } from '../schemas/figure.ts';
import type { PublicSource, ReportSource } from '../schemas/source.ts';
import {
  DATE_BASES,
  formatChineseDate,
  formatPrecisionDate,
  type DateBasis,
  type Precision,
} from './dates.ts';
import type { SourceType } from '../schemas/vocabulary.ts';
import { rowAnchor } from './anchors.ts';
import { correctionsOf, correctionText, type CorrectionExport } from './corrections.ts';
import { SOURCE_STATUS, sourcePublisher, sourceTitle, sourceTypeLabel } from './sources.ts';
import { boundPattern, displayValue, formatValue, UNITS, type Bound, type UnitId } from './units.ts';

/** A figure entry's data (src/schemas/figure.ts) with its id. */
export type FigureSpec = FigureData & { id: string };

/** A timeline event marked on the figure: its entry's date, anchor and file name, and its short label. */
export type FigureEventSpec = Pick<EventData, 'date' | 'precision'> & {
  id: string;
  anchor: string;
  label: string;
};

/** A public source as readers see it. */
export type ExportPublicSource = Omit<PublicSource, 'type'> & {
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
export type ExportReportSource = ReportSource & {
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

/**
 * A figure as the page, the chart and the downloads (its JSON) take it: the entry's own fields (documented
 * in src/schemas/figure.ts: how it is drawn, when it was revised, its notes), and these.
 */
export type FigureExport = Pick<
  FigureSpec,
  'id' | 'title' | 'takeaway' | 'shape' | 'panels' | 'height' | 'updated' | 'notes'
> & {
  number: number;
  /** Where the figure stands in the article. */
  href: string;
  /** The report it accompanies (credited to its publisher), and what the site calls its text (`noun`). */
  publication: { title: string; publisher?: string | undefined; noun: string };
  /** Who compiled the figure: the site (its name and its editors), not the report's publisher. */
  compiledBy: { name: string; publisher: string };
  events: FigureEventSpec[];
  /** The report's dated corrections that name the figure or one of its data rows, newest first. */
  corrections: CorrectionExport[];
  series: Array<
    Pick<FigureSpec['series'][number], 'id' | 'name' | 'join' | 'maxGapDays' | 'labels' | 'marker'> & {
      /** The id of the panel it is drawn in. */
      panel: string;
      points: ExportPoint[];
    }
  >;
};

/** What a point is, for readers: sourced, or a claim of the text (报告说法, 文章说法: its `noun`). */
export const kindLabel = (kind: ExportPoint['kind'], noun: string): string =>
  kind === 'sourced' ? '有来源' : `${noun}说法`;

/** How the event marks are drawn, in the caption and in the text alternative alike. */
export const EVENT_MARK_TEXT = '竖虚线标出';

/** The export's context: the page the figure stands on and how report paragraphs are named. */
export interface ExportContext {
  /** The page path, e.g. `/`. */
  page: string;
  publication: FigureExport['publication'];
  compiledBy: FigureExport['compiledBy'];
  /** A paragraph anchor named for readers, e.g. “合作回顾”第2段. */
  paragraphName: (anchor: string) => string;
  /** The report's corrections (the figure keeps those naming it or its rows). */
  corrections?: CorrectionExport[] | undefined;
}

/** The export of a figure: every point with its row id, display value, Chinese date and source. */
export function exportFigure(
  spec: FigureSpec,
  number: number,
  events: FigureEventSpec[],
  context: ExportContext,
): FigureExport {
  const units = new Map(spec.panels.map((p) => [p.id, p.unit]));
  const firstPanel = spec.panels[0]!.id;
  const rows = new Set<string>();
  const series = spec.series.map((s) => ({
    s,
    rows: s.points.map((p) => rowAnchor(spec.id, s.id, p.date, rows)),
  }));
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
    corrections: correctionsOf(context.corrections ?? [], [spec.id, ...rows]),
    series: series.map(({ s, rows: rowIds }) => ({
      id: s.id,
      name: s.name,
      panel: s.panel ?? firstPanel,
      join: s.join,
      ...(s.maxGapDays ? { maxGapDays: s.maxGapDays } : {}),
      labels: s.labels,
      marker: s.marker,
      points: s.points.map((p, pi): ExportPoint => {
        const reason =
          s.notPlotted ??
          (p.precision === 'undated'
            ? '未注明时间'
            : units.get(s.panel ?? firstPanel) === p.unit
              ? undefined
              : `单位为${UNITS[p.unit].display}，与图中数值的单位不同`);
        return {
          row: rowIds[pi]!,
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

function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A point of a figure, as a row of its CSV (`s`: its source). */
type Row = { p: ExportPoint; s: ExportPoint['source']; fig: FigureExport; siteUrl: string };

/** The CSV's columns, each its header and its cell of a point. */
const CSV_COLUMNS: Array<[string, (r: Row) => string | number | undefined]> = [
  ['行', ({ p }) => p.row],
  ['序列', ({ p, fig }) => fig.series.find((s) => s.id === p.series)?.name],
  ['说明', ({ p }) => p.label],
  ['日期', ({ p }) => p.date ?? p.dateText],
  ['日期精度', ({ p }) => PRECISION_NAMES[p.precision]],
  ['日期依据', ({ p }) => p.basis?.map((b) => DATE_BASES[b]).join('；')],
  ['数值', ({ p }) => p.displayValue],
  ['单位', ({ p }) => p.displayUnit],
  ['原始数值', ({ p }) => p.value],
  ['原始单位', ({ p }) => p.unit],
  ['限定', ({ p }) => (p.bound ? boundPattern(p.bound) : '')],
  ['类型', ({ p, fig }) => kindLabel(p.kind, fig.publication.noun)],
  ['图中绘出', ({ p }) => (p.plotted ? '是' : `否：${p.notPlottedReason}`)],
  [
    '来源',
    ({ s, fig: { publication: f } }) =>
      s.type === 'public' ? s.publisherText : `${f.publisher ?? ''}《${f.title}》`,
  ],
  [
    '来源标题',
    ({ s, fig }) => (s.type === 'public' ? s.titleText : `${fig.publication.noun}${s.paragraphText}`),
  ],
  ['来源链接', ({ s, siteUrl }) => (s.type === 'public' ? s.url : `${siteUrl.replace(/\/$/, '')}${s.href}`)],
  ['来源日期', ({ s }) => (s.type === 'public' ? (s.published ?? '未注明日期') : '')],
  ['来源类型', ({ s, fig }) => (s.type === 'public' ? s.typeLabel : `${fig.publication.noun}原文`)],
  ['数据核实', ({ s }) => (s.type === 'public' ? s.statusLabel : '')],
  ['原文', ({ s }) => (s.type === 'report' ? s.quote : '')],
  ['原文时间用语', ({ s }) => (s.type === 'report' ? s.when : '')],
  ['备注', ({ p }) => p.note],
  ['图表整理', ({ fig }) => `${fig.compiledBy.name}（${fig.compiledBy.publisher}）`],
  // Dated corrections of the row or of the whole figure, as the figure's credit is: on the rows.
  ['更正', ({ p, fig }) => correctionsOf(fig.corrections, [fig.id, p.row]).map(correctionText).join('\n')],
];

/**
 * The figure's data as CSV: UTF-8 with a byte-order mark (so Excel opens the Chinese correctly), CRLF line
 * ends, one row per point with its unit and source. Links to report paragraphs are absolute when the site
 * has an address (`siteUrl`), otherwise site-relative.
 */
export function figureCsv(fig: FigureExport, siteUrl = ''): string {
  const rows = pointsOf(fig).map((p) =>
    CSV_COLUMNS.map(([, cell]) => csvCell(cell({ p, s: p.source, fig, siteUrl }))).join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.map(([name]) => name).join(','), ...rows].join('\r\n')}\r\n`;
}
