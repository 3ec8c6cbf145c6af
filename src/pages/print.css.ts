import type { APIRoute } from 'astro';
import { PRINT_FONT_BASE, printFontSlices } from '../data/print-fonts.ts';
import { fontFaceCss } from '../lib/print-fonts.ts';
import rules from '../styles/print.css?raw';

/** /print.css: the print stylesheet (src/styles/print.css) with its self-hosted CJK font. */
export const GET: APIRoute = () =>
  new Response(`${fontFaceCss(printFontSlices(), PRINT_FONT_BASE)}\n${rules}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
