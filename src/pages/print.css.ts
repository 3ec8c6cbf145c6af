/**
 * /print.css: the print sheet (src/integrations/pdf/print.css, minified by Vite), as `astro dev` serves it.
 * The build puts it, with its subset print font, into every page and removes this file (print-assets.ts).
 */
import type { APIRoute } from 'astro';
import rules from '../integrations/pdf/print.css?inline';

export const GET: APIRoute = () =>
  new Response(rules, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
