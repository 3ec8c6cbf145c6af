/** `<report>/data/<figure>.csv`: a figure's data for spreadsheets (UTF-8 with BOM, for Excel). */
import type { APIRoute } from 'astro';
import { figureCsv } from '../../../lib/figures.ts';
import { perReport } from '../../../model/routes.ts';

export const getStaticPaths = () =>
  perReport((r) =>
    [...r.figures.values()].map((figure) => ({ params: { id: figure.id }, props: { figure } })),
  );

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(figureCsv(props.figure, site?.origin ?? ''), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
