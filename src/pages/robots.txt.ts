/** /robots.txt: everything may be crawled except the raw preview cards; where the sitemap is, if the site has an address. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nDisallow: /og/\nAllow: /og/*.png\n${site ? `\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n` : ''}`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
