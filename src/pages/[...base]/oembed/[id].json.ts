/**
 * `<report>/oembed/<figure>.json`: a figure's oEmbed answer (type rich: the iframe of its embed page).
 * oEmbed needs absolute addresses, so these exist only when the site has a public address; a static file
 * per figure stands for the query endpoint (`/oembed?url=…`, which needs a rewrite on the host: README).
 */
import type { APIRoute } from 'astro';
import { figureOEmbed } from '../../../lib/embed.ts';
import { perReport } from '../../../model/routes.ts';

export const getStaticPaths = async () =>
  import.meta.env.SITE
    ? perReport((r) =>
        [...r.figures.values()].map((figure) => ({ params: { id: figure.id }, props: { figure } })),
      )
    : [];

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { figure, report } = props;
  const url = (path: string) => new URL(path, site).href;
  const body = figureOEmbed(figure, {
    embed: url(report.paths.embed(figure.id)),
    report: url(`${report.paths.page}#${figure.id}`),
    site: url('/'),
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
