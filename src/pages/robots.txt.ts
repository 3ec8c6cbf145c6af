import type { APIRoute } from 'astro';

/** /robots.txt: everything may be crawled except the raw preview cards; where the sitemap is. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nDisallow: /og/\nAllow: /og/*.png\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
