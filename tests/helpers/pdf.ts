/**
 * Reading the built PDF as a reader's tools do: poppler (pdftotext) and pdf.js, page by page, without
 * the running header and footer (the band of 16 mm at the top and bottom of each page, inside the
 * page margins, where only they print).
 */
import { execFileSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { RUNNING_BAND_MM } from '../../src/integrations/pdf/page-text.ts';

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

/** A text item or a marked-content boundary, as pdf.js's getTextContent({ includeMarkedContent }) gives. */
export type PdfjsItem =
  | { str: string; transform: number[]; hasEOL: boolean }
  | {
      type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent';
      id?: string;
      tag?: string;
    };

/** A node of pdf.js's structure tree (getStructTree). */
export interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

export interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

/** What pdf.js reads from the PDF, once: each page's items and structure tree, and the outline. */
export interface PdfjsRead {
  pages: Array<{ view: number[]; items: PdfjsItem[]; tree: StructNode | null }>;
  outline: OutlineItem[];
}

export async function readWithPdfjs(bytes: Uint8Array): Promise<PdfjsRead> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true });
  const doc = await task.promise;
  try {
    const pages: PdfjsRead['pages'] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      pages.push({
        view: page.view,
        items: content.items as PdfjsItem[],
        tree: (await page.getStructTree()) as StructNode | null,
      });
    }
    return { pages, outline: ((await doc.getOutline()) ?? []) as OutlineItem[] };
  } finally {
    await task.destroy();
  }
}

/** The text of each page as pdf.js reads it (content-stream order), without the running header and footer. */
export function bodyText(read: PdfjsRead): string[] {
  const band = (RUNNING_BAND_MM / 25.4) * 72;
  return read.pages.map(({ view, items }) => {
    let text = '';
    for (const item of items) {
      if (!('str' in item)) continue;
      const y = item.transform[5]!;
      if (y < view[1]! + band || y > view[3]! - band) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    return text;
  });
}
