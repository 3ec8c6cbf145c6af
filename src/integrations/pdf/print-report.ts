/**
 * Prints the report page to its PDF in two passes. Chromium has no target-counter(), so the printed
 * contents get their page numbers from a first print: pdf.js reads on which page each listed heading
 * landed, the numbers go into the contents (into boxes of fixed width, so nothing moves) and the page
 * is printed again. The second print is read back the same way and the build fails if any number is
 * wrong. Then pdf-lib finishes the metadata and the structure for PDF/UA (./tagging.ts).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { beijingDay, buildTime } from './build-date.ts';
import { locateContents } from './locate.ts';
import { headingNestingProblems } from './structure.ts';
import { DATA_APPENDIX } from './appendix.ts';
import { comparableText } from '../../lib/text/typography.ts';
import {
  floatFigures,
  keepTokensWhole,
  moveDataTablesToAppendix,
  preparePage,
  resolveSiteLinks,
  setContentsPages,
  type PageFacts,
} from './dom.ts';
import { bodyPages, bodyTextByPage } from './page-text.ts';
import {
  finishStructure,
  markUntaggedArtifacts,
  numberStructureIds,
  setMetadata,
  wrapListBodies,
  type StructureReport,
} from './tagging.ts';

/** The page the printed contents start on: the one after the cover. */
const CONTENTS_PAGE = 2;

/** The printed column (print.css: A4 with margins of 20 mm top, 18 mm sides, 22 mm bottom), in mm. */
const COLUMN = { width: 210 - 2 * 18, height: 297 - 20 - 22, bottom: 22 };
/** A page whose foot is emptier than this (share of the column) before a figure lets text flow past it. */
const MAX_GAP = 1 / 4;
/** How many times figures are moved and the page printed again, at most. */
const FLOAT_ROUNDS = 3;

export interface PrintResult {
  /** The moment the PDF states (cover and metadata): the build's (./build-date.ts). */
  date: Date;
  pages: number;
  bytes: number;
  /**
   * Time taken (ms) by each step: loading and preparing the page, the first print and reading it, the
   * second print and reading it back, post-processing and writing.
   */
  timings: Record<'load' | 'print1' | 'read1' | 'print2' | 'read2' | 'finish' | 'total', number>;
  /** How many times the page was printed (the prints that let text flow past figures, then two). */
  prints: number;
  contents: Array<{ text: string; page: number }>;
  /** Blocks of text moved before a figure so that they fill the foot of the page it left. */
  floated: number;
  structure: StructureReport;
}

export interface PrintOptions {
  /** The site's name: the PDF's creator. */
  creator: string;
  /**
   * The site's public address (Astro's `site`), or null: links to the site's own pages go there, never
   * to the build's local server; without one they are printed as text.
   */
  siteUrl: string | null;
  env?: Record<string, string | undefined>;
}

/**
 * Prints the page. Drafts, printed only to read where the text lands, leave out the structure tags and
 * the outline, which move nothing and cost about a quarter of a print (Chromium's processor time, median
 * of 4: the fixture's 9 pages 0.9 s tagged, 0.7 s untagged; the first report's 23 pages 1.2 s and 0.8 s);
 * the final print, checked against the last draft, has them.
 */
async function print(page: Page, { draft = false } = {}): Promise<Uint8Array> {
  await page.evaluate(() => document.fonts.ready);
  return page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    outline: !draft,
    tagged: !draft,
  });
}

/** Where each contents entry's heading is; throws when one is not found in the body. */
async function locate(bytes: Uint8Array, facts: PageFacts) {
  const pages = await bodyTextByPage(bytes);
  const found = locateContents(
    pages,
    facts.entries.map((e) => e.text),
    CONTENTS_PAGE,
  );
  const lost = facts.entries.filter((_, i) => found.pages[i] === undefined).map((e) => e.text);
  if (lost.length) throw new Error(`headings not found on their own lines in the PDF: ${lost.join('; ')}`);
  return { count: pages.length, pages: found.pages as number[] };
}

/** Prints `url` (the report page) to `out`. */
export async function printReport(
  page: Page,
  url: string,
  out: string,
  opts: PrintOptions,
): Promise<PrintResult> {
  const t0 = performance.now();
  let t = t0;
  const lap = () => -t + (t = performance.now());
  // The page may have printed another report before: back to the screen, in the light theme.
  await page.emulateMedia({ media: null, colorScheme: 'light' });
  await page.setViewportSize({ width: 1024, height: 1400 });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const date = buildTime(opts.env ?? process.env);
  await page.evaluate(resolveSiteLinks, opts.siteUrl);
  await page.evaluate(moveDataTablesToAppendix, DATA_APPENDIX);
  await page.evaluate(keepTokensWhole);
  const facts = await page.evaluate(preparePage, beijingDay(date));
  if (!facts.entries.length) throw new Error('the report page has no headings for the printed contents');
  // Load the print font's slices for all of the page's text (with the contents and digits) first.
  await page.evaluate(async () => {
    const text = `${document.body.innerText}0123456789`;
    await Promise.all([400, 700].map((w) => document.fonts.load(`${w} 16px 'Report Print Sans'`, text)));
  });
  // And the images, which load lazily (the cover's QR code): one that fails to load fails the build.
  await page.evaluate(() =>
    Promise.all(
      [...document.images].map(async (img) => {
        img.loading = 'eager';
        await img.decode().catch(() => {
          throw new Error(`image not loaded: ${img.src}`);
        });
      }),
    ),
  );

  const load = lap();
  // Figures that do not fit at the foot of a page move to the next and would leave the foot empty: the
  // text after them flows up into it instead, as a float would.
  const figures = facts.entries.filter((e) => e.level === 2 && e.href);
  let first = await print(page, { draft: true });
  let floated = 0;
  let prints = 1;
  for (let round = 0; round < FLOAT_ROUNDS && figures.length; round++) {
    const pages = await bodyPages(first);
    const moves = figures.flatMap((f) => {
      const at = pages.findIndex(
        (p, i) => i > CONTENTS_PAGE && comparableText(p.text).startsWith(comparableText(f.text)),
      );
      const gapMm = at > 0 ? pages[at - 1]!.lowestMm - COLUMN.bottom : 0;
      return gapMm > MAX_GAP * COLUMN.height ? [{ id: f.href.slice(1), gapMm }] : [];
    });
    const moved = moves.length ? await page.evaluate(floatFigures, { moves, widthMm: COLUMN.width }) : 0;
    if (!moved) break;
    floated += moved;
    first = await print(page, { draft: true });
    prints++;
  }
  const print1 = lap();
  const planned = await locate(first, facts);
  const read1 = lap();
  await page.evaluate(setContentsPages, planned.pages);
  const second = await print(page);
  const print2 = lap();
  const printed = await locate(second, facts);
  const read2 = lap();
  const wrong = facts.entries
    .map((e, i) => ({ text: e.text, listed: planned.pages[i], actual: printed.pages[i] }))
    .filter((e) => e.listed !== e.actual);
  if (printed.count !== planned.count || wrong.length) {
    throw new Error(
      `the printed contents moved the pages (${planned.count} → ${printed.count} pages): ${wrong
        .map((e) => `${e.text}: listed ${e.listed}, on ${e.actual}`)
        .join('; ')}`,
    );
  }

  const pdf = await PDFDocument.load(second, { updateMetadata: false });
  const author = facts.credits.find((c) => c.author)?.name;
  const publisher = facts.publisher;
  setMetadata(pdf, {
    title: facts.subtitle ? `${facts.title}——${facts.subtitle}` : facts.title,
    author: author && publisher && author !== publisher ? `${author}（${publisher}）` : author || publisher,
    subject: facts.description,
    keywords: [...new Set([...facts.keywords, facts.title, publisher, opts.creator].filter(Boolean))],
    lang: facts.lang,
    creator: opts.creator,
    producer: 'Chromium, pdf-lib',
    date,
  });
  const structure = finishStructure(pdf, facts.targets, facts.external);
  numberStructureIds(pdf);
  wrapListBodies(pdf);
  markUntaggedArtifacts(pdf);
  const problems = [
    ...headingNestingProblems(structure.headings),
    ...structure.figures.flatMap((alt, i) => (alt ? [] : [`figure ${i + 1} has no alternative text`])),
  ];
  if (structure.figures.length < facts.images.length) {
    problems.push(`${facts.images.length} images on the page, ${structure.figures.length} tagged as /Figure`);
  }
  if (problems.length) throw new Error(`the PDF's structure: ${problems.join('; ')}`);
  // Object streams (PDF 1.5) pack the thousands of small structure-tree dictionaries: about a third
  // smaller than Chromium's own file.
  const bytes = await pdf.save({ useObjectStreams: true });
  writeFileSync(out, bytes);
  return {
    date,
    pages: printed.count,
    bytes: bytes.length,
    timings: { load, print1, read1, print2, read2, finish: lap(), total: t - t0 },
    contents: facts.entries.map((e, i) => ({ text: e.text, page: printed.pages[i]! })),
    floated,
    prints: prints + 1,
    structure,
  };
}
