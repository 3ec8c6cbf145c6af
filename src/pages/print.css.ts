import type { APIRoute } from 'astro';
import rules from '../styles/print.css?inline';

/**
 * /print.css: the print rules (src/styles/print.css, minified by Vite). This is what `astro dev` serves,
 * printing with the system fonts. The build then adds the @font-face rules of the subset print font and
 * moves the file to a content-hashed name (src/integrations/print-assets.ts).
 */
export const GET: APIRoute = () =>
  new Response(rules, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
