import type { APIRoute, GetStaticPaths } from 'astro';
import { getMainReport } from '../../data/report.ts';
import type { FigureExport } from '../../lib/figures.ts';

/** /data/<figure id>.json: a figure's data with units, dates and sources (also what the interactive chart loads). */
export const getStaticPaths = (async () => {
  const { figures } = await getMainReport();
  return [...figures.values()].map((figure) => ({ params: { id: figure.id }, props: { figure } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: FigureExport }> = ({ props }) =>
  new Response(`${JSON.stringify(props.figure, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
