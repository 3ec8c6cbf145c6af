/**
 * The print font: Noto Sans SC (the simplified-Chinese cut of Noto Sans CJK), used only by the print
 * stylesheet. Chromium embeds TrueType-outline (glyf) web fonts in PDFs as real, searchable CID fonts,
 * whereas the system's OpenType/CFF Noto CJK would be turned into Type 3 glyphs.
 *
 * The build subsets the font to the characters the built site uses (src/integrations/pdf/print-assets.ts):
 * one file per weight, named by a hash of its content, and a print stylesheet of a few KB inside each page.
 * These are the pure parts of that step.
 */
import { createHash } from 'node:crypto';
import { decodeHTML } from 'entities';
import { PRINT_FONT_DIR, printFontStem } from './print-font-source.ts';

/** The family name print.css uses. */
export const PRINT_FAMILY = 'Report Print Sans';

/** The weights print.css uses (body text and bold: headings, summaries, table headers, <strong>). */
export const PRINT_WEIGHTS = [400, 700] as const;
export type PrintWeight = (typeof PRINT_WEIGHTS)[number];

/** Printable ASCII: always in the subset (printed URLs, counters, numbers, code). */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/**
 * Every character that printing the site can show: all characters of the built pages (text, attribute
 * values such as attr(href) and inline CSS `content`, with character references decoded), of the print
 * stylesheet (its `content` strings), and printable ASCII. A superset of the printed text on purpose —
 * a character too many costs a glyph, a character too few falls back to a system font (a Type 3 font in
 * the PDF). Returned sorted by code point, without control characters, so it is stable for a cache key.
 */
export function printedCharacters(sources: Iterable<string>): string {
  const chars = new Set<string>(ASCII);
  for (const source of sources) {
    for (const text of [source, decodeHTML(source)]) for (const c of text) chars.add(c);
  }
  return [...chars]
    .filter((c) => !/\p{Cc}/u.test(c))
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
    .join('');
}

/** A content hash for file names: 8 characters of base64url SHA-256 (like Vite's asset hashes). */
export const contentHash = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('base64url').slice(0, 8);

/** `name.<hash>.ext` for the bytes. */
export const hashedName = (name: string, ext: string, bytes: Uint8Array | string): string =>
  `${name}.${contentHash(bytes)}.${ext}`;

export interface PrintFace {
  weight: PrintWeight;
  /** Site path of the woff2 file. */
  url: string;
}

/** One @font-face rule per weight. */
export const fontFaceCss = (faces: PrintFace[]): string =>
  faces
    .map(
      (f) =>
        `@font-face{font-family:'${PRINT_FAMILY}';font-style:normal;font-weight:${f.weight};font-display:block;src:url(${f.url}) format('woff2')}`,
    )
    .join('\n');

/** The `href` of the print stylesheet as Base.astro writes it (the build puts the sheet in its place). */
export const PRINT_CSS_SOURCE_HREF = '/print.css';

/**
 * Puts the print stylesheet into a page in place of its link, as `<style media="print">`. Browsers fetch
 * a `media="print"` sheet on every screen visit too, as a request of its own beside the page; inline it
 * costs the page about as many bytes and no request. Its fonts are still fetched only when printing.
 * Throws when the page has no such link, so a changed layout cannot silently leave pages without print
 * rules.
 */
export function inlinePrintCss(html: string, css: string): string {
  const link = /<link rel="stylesheet" href="\/print\.css" media="print"\s*\/?>/;
  if (!link.test(html))
    throw new Error('no <link rel="stylesheet" href="/print.css" media="print"> in the page');
  if (/<\/style/i.test(css)) throw new Error('the print stylesheet contains "</style"');
  return html.replace(link, () => `<style media="print">${css}</style>`);
}

/** The print stylesheet a built page carries (what `inlinePrintCss` put in), if any. */
export const printSheetOf = (html: string): string | undefined =>
  /<style media="print">([\s\S]*?)<\/style>/.exec(html)?.[1];

/**
 * A page's HTML with the content hashes of its print fonts' names taken out
 * (`/fonts/noto-sans-sc-400.<hash>.woff2` → `/fonts/noto-sans-sc-400.woff2`): the build cache's key for
 * what Chromium makes of a page. The hashes change with every character any page of the site adds, yet
 * no result depends on them: the screen never loads the print fonts, and a report's PDF is printed with
 * a subset of its own page's characters (./report-print-font.ts).
 */
export function withoutPrintFontHashes(html: string): string {
  const stems = PRINT_WEIGHTS.map((w) => `/${PRINT_FONT_DIR}/${printFontStem(w)}`).join('|');
  return html.replace(new RegExp(`(${stems})\\.[\\w-]{8}\\.woff2`, 'g'), '$1.woff2');
}
