import type { APIRoute, GetStaticPaths } from 'astro';
import type { FigureExport } from '../../../../lib/figures.ts';
import { csvResponse } from '../../../../model/downloads.ts';
import { getModel } from '../../../../model/index.ts';

/** /reports/<id>/data/<figure>.csv: another report's figures' data. */
export const getStaticPaths = (async () =>
  (await getModel()).reports
    .filter((r) => !r.home)
    .flatMap((r) =>
      [...r.figures.values()].map((figure) => ({
        params: { report: r.id, id: figure.id },
        props: { figure },
      })),
    )) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: FigureExport }> = ({ props, site }) => csvResponse(props.figure, site);
