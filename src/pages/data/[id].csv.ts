import type { APIRoute, GetStaticPaths } from 'astro';
import type { FigureExport } from '../../lib/figures.ts';
import { csvResponse } from '../../model/downloads.ts';
import { getModel } from '../../model/index.ts';

/** /data/<figure>.csv: the home report's figures' data. */
export const getStaticPaths = (async () =>
  [...(await getModel()).home.figures.values()].map((figure) => ({
    params: { id: figure.id },
    props: { figure },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: FigureExport }> = ({ props, site }) => csvResponse(props.figure, site);
