/**
 * `<report>/data/<figure>.svg`: the figure as a picture to download (src/charts/picture.ts), light theme,
 * with its title, sources, credit and (with a public address) its share page's address. After the build,
 * src/integrations/chromium/pictures.ts embeds its font and photographs it as `<figure>.png` beside it.
 */
import type { APIRoute } from 'astro';
import { figurePicture } from '../../../charts/picture.ts';
import { perReport } from '../../../model/routes.ts';

export const getStaticPaths = () =>
  perReport((r) =>
    [...r.figures.values()].map((figure) => ({ params: { id: figure.id }, props: { figure } })),
  );

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(
    figurePicture(props.figure, {
      address: site && new URL(props.report.paths.share(props.figure.id), site).href,
    }).svg,
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
