/**
 * `<report>/s/<part>/qr.svg`: the QR code of a share page's public address (src/components/PhoneQr.astro).
 * Without a public address there is none.
 */
import type { APIRoute } from 'astro';
import { qrSvg } from '../../../../lib/qr.ts';
import { perReport } from '../../../../model/routes.ts';

export const getStaticPaths = () =>
  import.meta.env.SITE
    ? perReport((r) => r.shareTargets.map((target) => ({ params: { id: target.id }, props: { target } })))
    : [];

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response(await qrSvg(new URL(props.report.paths.share(props.target.id), site).href), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
