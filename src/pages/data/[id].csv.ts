import type { APIRoute, GetStaticPaths } from 'astro';
import { getMainReport } from '../../data/report.ts';
import { figureCsv, type FigureExport } from '../../lib/figures.ts';

/** /data/<figure id>.csv: the plotted points of a figure, UTF-8 with BOM for Excel. */
export const getStaticPaths = (async () => {
  const { figures } = await getMainReport();
  return [...figures.values()].map((figure) => ({ params: { id: figure.id }, props: { figure } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: FigureExport }> = ({ props, site }) =>
  new Response(figureCsv(props.figure, site?.origin ?? ''), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
