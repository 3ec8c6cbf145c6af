/** `<report>/data/<figure>.json`: a figure's data with units, dates and sources (what the interactive chart loads). */
import type { APIRoute } from 'astro';
import { perReport } from '../../../model/routes.ts';

export const getStaticPaths = () =>
  perReport((r) =>
    [...r.figures.values()].map((figure) => ({ params: { id: figure.id }, props: { figure } })),
  );

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(`${JSON.stringify(props.figure, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
