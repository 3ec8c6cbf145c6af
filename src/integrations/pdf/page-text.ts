/**
 * The text of each page of a PDF as pdf.js reads it (content-stream order), without the running header
 * and footer: text whose baseline lies in the top or bottom 16 mm of the page is left out. That band is
 * inside print.css's page margins (20 mm top, 22 mm bottom), where only the margin boxes print.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Height of the running header's and footer's band, from the page's edge (mm). */
export const RUNNING_BAND_MM = 16;
const PT_PER_MM = 72 / 25.4;

/** One string per page, lines separated by '\n'. */
export async function bodyTextByPage(bytes: Uint8Array): Promise<string[]> {
  return (await bodyPages(bytes)).map((p) => p.text);
}

/** A page's body text and how far down it goes. */
export interface BodyPage {
  /** Lines separated by '\n'. */
  text: string;
  /** Height of the page (mm) and the distance from its bottom edge to the lowest baseline of its body text. */
  heightMm: number;
  lowestMm: number;
}

/** Each page's body text (as bodyTextByPage) and the height of its lowest line. */
export async function bodyPages(bytes: Uint8Array): Promise<BodyPage[]> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    // Text only: no font faces to load, no system fonts to look up.
    disableFontFace: true,
    useSystemFonts: false,
  });
  const doc = await task.promise;
  try {
    const pages: BodyPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, y0, , y1] = page.view as [number, number, number, number];
      const band = RUNNING_BAND_MM * PT_PER_MM;
      const content = await page.getTextContent();
      let text = '';
      let lowest = y1;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        if (y < y0 + band || y > y1 - band) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        if (item.str.trim()) lowest = Math.min(lowest, y);
      }
      pages.push({ text, heightMm: (y1 - y0) / PT_PER_MM, lowestMm: (lowest - y0) / PT_PER_MM });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
