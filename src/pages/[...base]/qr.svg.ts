/**
 * `<report>/qr.svg`: the QR code of the report page's public address, loaded only when a reader opens
 * 「用手机打开」 or the page is printed (src/components/PhoneQr.astro). Without a public address there is none.
 */
import type { APIRoute } from 'astro';
import { qrSvg } from '../../lib/qr.ts';
import { reportPages } from '../../model/routes.ts';

export const getStaticPaths = () => (import.meta.env.SITE ? reportPages() : []);

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response(await qrSvg(new URL(props.report.paths.page, site).href), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
