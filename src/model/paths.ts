/**
 * Where a report's pages and files live. The site's home report keeps the addresses published first
 * (`/`, `/s/<part>/`, `/data/<fig>.csv`, `/og/<part>.png`); every other report lives under
 * `/reports/<id>/` with the same layout.
 */

export interface ReportPaths {
  /** The report page, e.g. `/` or `/reports/qinghe-xinghe/`. */
  page: string;
  /** The share page of a part (section or figure). */
  share: (part: string) => string;
  /** The preview image of a part (or `report` for the whole report). */
  og: (part: string) => string;
  /** A figure's downloads: its data (CSV, JSON) and its picture (SVG, and the PNG the build makes of it). */
  data: (figure: string, ext: 'csv' | 'json' | 'svg' | 'png') => string;
  /** A figure's embed page, made to be framed by other sites (src/pages/[...base]/embed/). */
  embed: (figure: string) => string;
  /** A figure's oEmbed answer (JSON; built only with a public address). */
  oembed: (figure: string) => string;
  /** The printed report. */
  pdf: string;
  /** The report's retired anchor ids and where they point now (JSON), fetched only to land on one. */
  aliases: string;
}

/** The reports index. */
export const REPORTS_INDEX = '/reports/';

export function reportPaths(id: string, home: boolean, pdfName: string | undefined): ReportPaths {
  const page = home ? '/' : `${REPORTS_INDEX}${id}/`;
  return {
    page,
    share: (part) => `${page}s/${part}/`,
    og: (part) => `${page}og/${part}.png`,
    data: (figure, ext) => `${page}data/${figure}.${ext}`,
    embed: (figure) => `${page}embed/${figure}/`,
    oembed: (figure) => `${page}oembed/${figure}.json`,
    pdf: `${page}${pdfName ?? `${id}.pdf`}`,
    aliases: `${page}anchor-aliases.json`,
  };
}
