/** A figure's data files: CSV (UTF-8 with BOM, for Excel) and JSON (also what the interactive chart loads). */
import { figureCsv, type FigureExport } from '../lib/figures.ts';

export const csvResponse = (figure: FigureExport, site: URL | undefined): Response =>
  new Response(figureCsv(figure, site?.origin ?? ''), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

export const jsonResponse = (figure: FigureExport): Response =>
  new Response(`${JSON.stringify(figure, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
