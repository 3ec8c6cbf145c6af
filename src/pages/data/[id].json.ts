import type { APIRoute, GetStaticPaths } from 'astro';
import type { FigureExport } from '../../lib/figures.ts';
import { jsonResponse } from '../../model/downloads.ts';
import { getModel } from '../../model/index.ts';

/** /data/<figure>.json: the home report's figures' data with units, dates and sources. */
export const getStaticPaths = (async () =>
  [...(await getModel()).home.figures.values()].map((figure) => ({
    params: { id: figure.id },
    props: { figure },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: FigureExport }> = ({ props }) => jsonResponse(props.figure);
