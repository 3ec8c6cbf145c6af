/**
 * A figure's data files: CSV (UTF-8 with BOM, for Excel) and JSON (also what the interactive chart
 * loads), for the home report at /data/ and every other under /reports/<id>/data/.
 */
import type { APIRoute } from 'astro';
import { figureCsv, type FigureExport } from '../lib/figures.ts';
import { getModel } from './index.ts';

/** The figures whose files a route serves: the home report's (`home`), or every other report's. */
export async function figurePaths(home: boolean) {
  return (await getModel()).reports
    .filter((r) => r.home === home)
    .flatMap((r) =>
      [...r.figures.values()].map((figure) => ({
        params: home ? { id: figure.id } : { report: r.id, id: figure.id },
        props: { figure },
      })),
    );
}

export const csvRoute: APIRoute<{ figure: FigureExport }> = ({ props, site }) =>
  new Response(figureCsv(props.figure, site?.origin ?? ''), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

export const jsonRoute: APIRoute<{ figure: FigureExport }> = ({ props }) =>
  new Response(`${JSON.stringify(props.figure, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
