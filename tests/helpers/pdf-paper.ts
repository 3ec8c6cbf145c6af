/**
 * Checks of a printed report as paper: where its links go, and how its pages are filled. Each returns
 * the problems it finds (empty: none), read from the PDF itself with pdf-lib, pdf.js and poppler, so the
 * dist tests (every PDF of the build) and the build tests (a build with a public address) share them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';
import { endsWithHeading } from '../../src/integrations/pdf/locate.ts';
import type { PdfjsRead, StructNode } from './pdf.ts';

const str = (o: PDFObject | undefined) =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;

export interface PdfLink {
  page: number;
  /** The URI of a link out, '' for a link inside the document. */
  uri: string;
  /** Its description (/Contents). */
  contents: string;
}

/** Every link annotation of the PDF: its URI (if it has one) and its /Contents. */
export async function pdfLinks(pdf: string): Promise<PdfLink[]> {
  const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
  const links: PdfLink[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let a = 0; a < (annots?.size() ?? 0); a++) {
      const annot = annots!.lookup(a, PDFDict);
      if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookup(PDFName.of('URI'));
      links.push({
        page: i + 1,
        uri: str(uri) ?? uri?.toString() ?? '',
        contents: str(annot.lookup(PDFName.of('Contents'))) ?? '',
      });
    }
  });
  return links;
}

/** An address of the machine that built the PDF: a reader cannot follow it. */
export const LOCAL_ADDRESS = /\b(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])(:\d+)?\b/i;

/**
 * The links of a PDF that lead to the build's own server (in the URI or the description), and, when the
 * site has a public address, the links to the site's pages that do not go there (by host).
 */
export function badLinks(links: PdfLink[], siteUrl: string | null, sitePaths: string[]): string[] {
  const problems = links.flatMap((l) =>
    LOCAL_ADDRESS.test(l.uri) || LOCAL_ADDRESS.test(l.contents)
      ? [`page ${l.page}: ${l.uri || '(inside)'} 「${l.contents}」`]
      : [],
  );
  if (siteUrl) {
    const uris = new Set(links.map((l) => l.uri));
    for (const path of sitePaths) {
      const expected = new URL(path.replace(/^\//, ''), siteUrl).href;
      if (!uris.has(expected)) problems.push(`no link to ${expected}`);
    }
  }
  return problems;
}

/** Links of the report page (in its main column) to other pages of the site: `/experts/x/`. */
export function sitePathsLinked(html: string, pagePath: string): string[] {
  // A figure's footer (its data files and its embed code on the share page) is a screen tool the print
  // sheet hides: its links are not the report's, so the PDF need not carry them.
  const main = (/<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '').replace(
    /<footer class="figure__downloads"[\s\S]*?<\/footer>/g,
    '',
  );
  return [
    ...new Set(
      [...main.matchAll(/<a\b[^>]*\shref="(\/[^"#]*)(?:#[^"]*)?"/g)]
        .map((m) => m[1]!)
        .filter((p) => p !== pagePath && !/\.(pdf|csv|json|svg|png)$/.test(p)),
    ),
  ];
}

/** The text of an HTML fragment, tags removed, entities of the built pages decoded. */
export const htmlText = (fragment: string): string =>
  fragment
    .replace(/<a class="anchor[^"]*"[\s\S]*?<\/a>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** What must not end a page: the page's headings (and captions, summaries) and opinions' attribution lines. */
export function keepWithNext(html: string): { headings: string[]; attributions: string[] } {
  const headings = [...html.matchAll(/<(h[1-6]|summary|caption)\b([^>]*)>([\s\S]*?)<\/\1>/g)]
    .filter((m) => !/visually-hidden/.test(m[2]!))
    .map((m) => htmlText(m[3]!))
    .filter(Boolean);
  const attributions = [...html.matchAll(/<div class="opinion__by\b[^"]*"[^>]*>([\s\S]*?)<\/div>/g)]
    .map((m) => htmlText(m[1]!))
    .filter(Boolean);
  return { headings, attributions };
}

/** Pages (but the last) whose text ends with one of `texts`. */
export function pagesEndingWith(pages: string[], texts: string[]): string[] {
  return pages.slice(0, -1).flatMap((p, i) => {
    const t = endsWithHeading(p, texts);
    return t ? [`page ${i + 1} ends with 「${t}」`] : [];
  });
}

/** Each table cell (TD/TH) of each page: its lines, their widths and the font size, from pdf.js. */
function cellsOf(read: PdfjsRead): Array<{ page: number; lines: string[]; widest: number; size: number }> {
  const cells: Array<{ page: number; lines: string[]; widest: number; size: number }> = [];
  type Run = { str: string; y: number; x: number; width: number; size: number };
  read.pages.forEach((page, p) => {
    const runs = new Map<string, Run[]>();
    const open: string[] = [];
    for (const item of page.items) {
      if (!('str' in item)) {
        if (item.type === 'endMarkedContent') open.pop();
        else open.push(item.type === 'beginMarkedContentProps' ? (item.id ?? '') : '');
      } else if (open.at(-1) && item.str.trim()) {
        const list = runs.get(open.at(-1)!) ?? [];
        const [a, b, , , x, y] = item.transform as [number, number, number, number, number, number];
        const width = (item as { width?: number }).width ?? 0;
        list.push({ str: item.str, y, x, width, size: Math.hypot(a, b) });
        runs.set(open.at(-1)!, list);
      }
    }
    const contentOf = (node: StructNode): Run[] =>
      node.type === 'content' ? (runs.get(node.id!) ?? []) : (node.children ?? []).flatMap(contentOf);
    const walk = (node: StructNode | null | undefined) => {
      if (!node) return;
      if (node.role === 'TD' || node.role === 'TH') {
        const lines = new Map<number, Run[]>();
        for (const run of contentOf(node)) {
          const y = Math.round(run.y);
          lines.set(y, [...(lines.get(y) ?? []), run]);
        }
        if (!lines.size) return;
        const sorted = [...lines.entries()].sort((a, b) => b[0] - a[0]).map(([, r]) => r);
        const widthOf = (line: Run[]) =>
          Math.max(...line.map((r) => r.x + r.width)) - Math.min(...line.map((r) => r.x));
        cells.push({
          page: p + 1,
          lines: sorted.map((line) => line.map((r) => r.str).join('')),
          widest: Math.max(...sorted.map(widthOf)),
          size: Math.max(...sorted.flat().map((r) => r.size)),
        });
        return;
      }
      node.children?.forEach(walk);
    };
    walk(page.tree);
  });
  return cells;
}

/**
 * Table cells narrower than two characters: cells whose text wraps (more than one line) while none of
 * their lines is as wide as two characters of their type.
 */
export function narrowCells(read: PdfjsRead): string[] {
  return cellsOf(read).flatMap(({ page, lines, widest, size }) =>
    lines.length > 1 && widest < 1.9 * size ? [`page ${page}: ${lines.join(' / ')}`] : [],
  );
}

/**
 * Dates (2014年3月10日, 2014年3月, 3月10日, 2021-12-23) and tokens joined by a hyphen (20-F) broken across
 * lines in a page's text (lines separated by '\n'), but in web addresses.
 */
export function brokenTokens(pages: string[]): string[] {
  // Each pattern with an optional line break (and the spaces text extractors add) between characters.
  const split = (re: string) => new RegExp(re.replaceAll('%', '(?:\\s*\\n\\s*)?'), 'gu');
  const patterns = [
    split('\\d%\\d%\\d%\\d%年%\\d(?:%\\d)?%月(?:%\\d(?:%\\d)?%日)?'),
    split('(?<!\\d)\\d(?:%\\d)?%月%\\d(?:%\\d)?%日'),
    split('\\d%\\d%\\d%\\d%-%\\d%\\d(?:%-%\\d%\\d)?'),
    split('(?<![A-Za-z0-9])[A-Za-z0-9]{1,4}%-%[A-Za-z0-9]{1,4}(?![A-Za-z0-9])'),
  ];
  // A web address (printed after a link) may break anywhere: a match inside one is not counted.
  const inAddress = (text: string, m: RegExpMatchArray) => {
    const before = /[^\s（〔]*$/.exec(text.slice(0, m.index))![0];
    const after = /^[^\s）〕]*/.exec(text.slice(m.index! + m[0].length))![0];
    return /[/:]/.test(before + after);
  };
  return pages.flatMap((text, i) =>
    patterns.flatMap((re) =>
      [...text.matchAll(re)]
        .filter((m) => m[0].includes('\n') && !inAddress(text, m))
        .map((m) => `page ${i + 1}: 「${m[0].replace(/\s*\n\s*/g, '⏎')}」`),
    ),
  );
}

/**
 * How empty the foot of each page is: the share of the text column (between the page margins,
 * `marginsMm` top and bottom) below the lowest inked row, from the page rendered by pdftoppm.
 */
export function emptyFoot(pdf: string, marginsMm: { top: number; bottom: number }): number[] {
  const dpi = 30;
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const shares: number[] = [];
  for (let n = 1; n <= pages; n++) {
    const pgm = execFileSync('pdftoppm', ['-gray', '-r', `${dpi}`, '-f', `${n}`, '-l', `${n}`, pdf], {
      maxBuffer: 16 * 1024 * 1024,
    });
    // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const [w, h] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    const top = px(marginsMm.top);
    const bottom = h - px(marginsMm.bottom);
    let lowest = top;
    for (let y = top; y < bottom; y++) {
      const row = pixels.subarray(y * w, (y + 1) * w);
      if (row.some((v) => v < 200)) lowest = y;
    }
    shares.push((bottom - 1 - lowest) / (bottom - top));
  }
  return shares;
}
