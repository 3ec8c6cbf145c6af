import type { APIRoute, GetStaticPaths } from 'astro';
import { printFontSlices, readPrintFont } from '../../../data/print-fonts.ts';

/** /fonts/noto-sans-sc/<slice>.woff2: the print font's slices, self-hosted (see src/lib/print-fonts.ts). */
export const getStaticPaths = (() =>
  printFontSlices().map((s) => ({ params: { file: s.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(readPrintFont(params.file!)), { headers: { 'Content-Type': 'font/woff2' } });
