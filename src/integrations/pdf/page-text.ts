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
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    // Text only: no font faces to load, no system fonts to look up.
    disableFontFace: true,
    useSystemFonts: false,
  });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, y0, , y1] = page.view as [number, number, number, number];
      const band = RUNNING_BAND_MM * PT_PER_MM;
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        if (y < y0 + band || y > y1 - band) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
