import type { APIRoute } from 'astro';
import { getMainReport } from '../data/report.ts';
import { getShareTargets } from '../data/share.ts';

/** /sitemap.xml: the report, the expert pages and the share pages. */
export const GET: APIRoute = async ({ site }) => {
  const { experts } = await getMainReport();
  const paths = [
    '/',
    ...experts.map((e) => `/experts/${e.id}/`),
    ...(await getShareTargets()).map((t) => `/s/${t.id}/`),
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
