/**
 * A figure's data as readers and downloads get it: rows with display values, Chinese dates and sources,
 * the chart input, a CSV and a text description. Pure: the Astro side passes plain entry data in.
 */
import type { ChartInput } from './charts/types.ts';
import { formatChineseDate, type DatePrecision } from './dates.ts';
import { displayValue, formatValue, UNITS, type Bound, type UnitId } from './units.ts';

export interface PublicSourceData {
  publisher: string;
  title: string;
  url: string;
  date: string;
  status: 'verified' | 'reported' | 'derived';
}
export interface ReportSourceData {
  paragraph: string;
  quote: string;
}

/** A figure entry's data (see src/schemas/figure.ts). */
export interface FigureSpec {
  id: string;
  title: string;
  takeaway: string;
  chart: 'stake' | 'valuation' | 'gmv';
  notes: string[];
  series: Array<{
    id: string;
    name: string;
    panel: 'main' | 'channel';
    points: Array<{
      date: string;
      precision: DatePrecision;
      value: number;
      unit: UnitId;
      kind: 'sourced' | 'report-claim';
      bound?: Bound | undefined;
      label?: string | undefined;
      note?: string | undefined;
      source: PublicSourceData | ReportSourceData;
    }>;
  }>;
}

export interface FigureEventSpec {
  id: string;
  anchor: string;
  date: string;
  precision: DatePrecision;
  label: string;
}

export interface ExportPoint {
  /** Row id in the table and downloads, e.g. fig-stake-1. */
  row: string;
  series: string;
  date: string;
  precision: DatePrecision;
  /** The date in Chinese at its precision, e.g. 2014年3月10日. */
  dateText: string;
  /** The value as its source gives it, and its unit id. */
  value: number;
  unit: UnitId;
  /** The value as readers see it, e.g. 260 (亿美元). */
  displayValue: number;
  displayUnit: string;
  /** E.g. 约260亿美元. */
  valueText: string;
  kind: 'sourced' | 'report-claim';
  bound?: Bound | undefined;
  label?: string | undefined;
  note?: string | undefined;
  source: (PublicSourceData & { type: 'public' }) | (ReportSourceData & { type: 'report'; href: string });
}

export interface FigureExport {
  id: string;
  number: number;
  title: string;
  takeaway: string;
  chart: FigureSpec['chart'];
  /** Where the figure stands in the article. */
  href: string;
  publication: { title: string; publisher: string };
  notes: string[];
  events: FigureEventSpec[];
  series: Array<{ id: string; name: string; panel: 'main' | 'channel'; points: ExportPoint[] }>;
}

export const KIND_LABELS = { sourced: '有来源', 'report-claim': '报告说法' } as const;
export const STATUS_LABELS = { verified: '公司文件', reported: '媒体/第三方', derived: '推算' } as const;

/** The export of a figure: every point with its row id, display value, Chinese date and source. */
export function exportFigure(
  spec: FigureSpec,
  number: number,
  events: FigureEventSpec[],
  publication: { title: string; publisher: string },
): FigureExport {
  let row = 0;
  return {
    id: spec.id,
    number,
    title: spec.title,
    takeaway: spec.takeaway,
    chart: spec.chart,
    href: `/#${spec.id}`,
    publication,
    notes: spec.notes,
    events,
    series: spec.series.map((s) => ({
      id: s.id,
      name: s.name,
      panel: s.panel,
      points: s.points.map((p): ExportPoint => {
        row += 1;
        return {
          row: `${spec.id}-${row}`,
          series: s.id,
          date: p.date,
          precision: p.precision,
          dateText: formatChineseDate(p.date, p.precision),
          value: p.value,
          unit: p.unit,
          displayValue: displayValue(p.value, p.unit),
          displayUnit: UNITS[p.unit].display,
          valueText: formatValue(p.value, p.unit, p.bound),
          kind: p.kind,
          ...(p.bound ? { bound: p.bound } : {}),
          ...(p.label ? { label: p.label } : {}),
          ...(p.note ? { note: p.note } : {}),
          source:
            'paragraph' in p.source
              ? { type: 'report', ...p.source, href: `/#${p.source.paragraph}` }
              : { type: 'public', ...p.source },
        };
      }),
    })),
  };
}

/** The builders' input: display values, event marks. */
export function chartInput(fig: FigureExport): ChartInput {
  return {
    events: fig.events.map((e) => ({ date: e.date, precision: e.precision, label: e.label })),
    series: fig.series.map((s) => ({
      id: s.id,
      name: s.name,
      panel: s.panel,
      points: s.points.map((p) => ({
        row: p.row,
        date: p.date,
        precision: p.precision,
        value: p.displayValue,
        unit: p.displayUnit,
        kind: p.kind,
        bound: p.bound,
        label: p.label,
      })),
    })),
  };
}

/** All points in table order. */
export const pointsOf = (fig: FigureExport): ExportPoint[] => fig.series.flatMap((s) => s.points);

/** The distinct public sources of a figure, in first-use order. */
export function publicSources(fig: FigureExport): PublicSourceData[] {
  const seen = new Map<string, PublicSourceData>();
  for (const p of pointsOf(fig)) {
    if (p.source.type === 'public' && !seen.has(p.source.url)) {
      const { type: _type, ...src } = p.source;
      seen.set(p.source.url, src);
    }
  }
  return [...seen.values()];
}

/** The report paragraphs a figure cites, in first-use order. */
export function reportParagraphs(fig: FigureExport): string[] {
  return [...new Set(pointsOf(fig).flatMap((p) => (p.source.type === 'report' ? [p.source.paragraph] : [])))];
}

/** A text alternative: what is drawn, series by series, in Chinese. */
export function describeFigure(fig: FigureExport): string {
  const parts = fig.series.map((s) => {
    const values = s.points.map((p) => `${p.dateText}${p.valueText}`).join('，');
    const kind = s.points.every((p) => p.kind === 'report-claim') ? '（报告说法）' : '';
    return `${s.name}${kind}：${values}`;
  });
  const marks = fig.events.length
    ? `竖线标出${fig.events.map((e) => `${e.label}（${formatChineseDate(e.date, e.precision)}）`).join('、')}。`
    : '';
  return `图${fig.number}：${fig.title}。${parts.join('；')}。${marks}`;
}

const CSV_COLUMNS = [
  '行',
  '序列',
  '说明',
  '日期',
  '日期精度',
  '数值',
  '单位',
  '原始数值',
  '原始单位',
  '限定',
  '类型',
  '来源',
  '来源标题',
  '来源链接',
  '来源日期',
  '可信度',
  '报告原文',
  '备注',
] as const;

function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * The figure's data as CSV: UTF-8 with a byte-order mark (so Excel opens the Chinese correctly), CRLF line
 * ends, one row per plotted point with its unit and source.
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
        p.date,
        p.precision,
        p.displayValue,
        p.displayUnit,
        p.value,
        p.unit,
        p.bound === 'about' ? '约' : p.bound === 'at-least' ? '超过' : '',
        KIND_LABELS[p.kind],
        src.type === 'public' ? src.publisher : `${fig.publication.publisher}《${fig.publication.title}》`,
        src.type === 'public' ? src.title : `报告段落 #${src.paragraph}`,
        src.type === 'public' ? src.url : `${siteUrl}${src.href}`,
        src.type === 'public' ? src.date : '',
        src.type === 'public' ? STATUS_LABELS[src.status] : '',
        src.type === 'report' ? src.quote : '',
        p.note,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Human name of a paragraph anchor for captions: cooperation-history-p3 → 第3段. */
export function paragraphLabel(anchor: string): string {
  const m = /-p(\d+)$/.exec(anchor);
  return m ? `第${m[1]}段` : anchor;
}
