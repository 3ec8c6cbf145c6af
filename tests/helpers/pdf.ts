/**
 * Reading the built PDF as a reader's tools do: poppler (pdftotext) and pdf.js, page by page, without
 * the running header and footer (the band of 16 mm at the top and bottom of each page, inside the
 * page margins, where only they print).
 */
import { execFileSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { RUNNING_BAND_MM } from '../../src/integrations/pdf/page-text.ts';

export { bodyTextByPage as pdfjsPages } from '../../src/integrations/pdf/page-text.ts';

export const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** pdftotext's text of each page (reading order, or `layout`), cropped to the body band. */
export function popplerPages(pdf: string, layout = false): string[] {
  const info = run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
  const [w, h] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!.slice(1).map(Number) as [
    number,
    number,
  ];
  const band = Math.ceil((RUNNING_BAND_MM / 25.4) * 72);
  const crop = ['-x', '0', '-y', `${band}`, '-W', `${Math.ceil(w)}`, '-H', `${Math.floor(h - 2 * band)}`];
  const text = run('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), ...crop, pdf, '-']);
  // One form feed after each page.
  return text.split('\f').slice(0, pages);
}

/** The PDF opened with pdf.js. */
export const openPdfjs = (bytes: Uint8Array) => getDocument({ data: new Uint8Array(bytes), verbosity: 0 });

/** A node of pdf.js's structure tree (getStructTree). */
export interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}
