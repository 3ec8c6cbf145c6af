/**
 * After the build, Chromium (Debian's, as for the tests) turns built pages into files readers get:
 * - the share-preview PNGs (every `…/og/<part>/` card page → `…/og/<part>.png`, 1200×630; the card pages
 *   are then removed);
 * - each report page's reserved heights for the blocks laid out late (./lazy-heights.ts);
 * - each figure's picture (`…/data/<figure>.svg`): its font embedded, and its PNG at twice its size beside
 *   it (./pictures.ts);
 * - each report's printed report: every page that links its PDF (`<link rel="alternate"
 *   type="application/pdf">`) printed with print.css to that file (A4, cover, printed contents with page
 *   numbers), tagged, with an outline from the headings, embedded CJK fonts and PDF/UA metadata
 *   (src/integrations/pdf/), with a print font cut to that page's characters (report-print-font.ts).
 * Without Chromium the build says so and skips them. Beside it in this folder: the Chromium it launches
 * (chromium.ts, as the tests and the bench launch it), the server it reads dist/ through
 * (static-server.ts), the heights it reserves (lazy-heights.ts) and the files a page loads (page-deps.ts).
 *
 * Every result is kept in the build cache (../cache/) under a key of all it is made from: the page's
 * address and HTML (with the print fonts' name hashes taken out, print-fonts.ts withoutPrintFontHashes),
 * the code that makes it, Chromium's version and the system fonts — for a PDF also the site's name and
 * address, the print font's version and SOURCE_DATE_EPOCH when set — and, checked on reuse, the bytes of
 * every file the page loaded. A report's reserved heights go into its HTML before its PDF's key is
 * taken. A build that finds every result in the cache launches no Chromium. The results missing are made
 * on as many pages at once as there are cores (../cache/parallel.ts): the report pages first (heights,
 * then the PDF), the longest first, then the cards.
 *
 * A PDF from the cache keeps the date it was printed with: its cover's 「本版生成于…」 is the day this
 * edition was made, i.e. the first build that printed the page as it is now (src/integrations/pdf/build-date.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chromium, type Page } from 'playwright-core';
import { getSite } from '../../model/site.ts';
import { codeVersion, chromiumVersion, systemFonts } from '../cache/inputs.ts';
import { buildJobs, runLimited } from '../cache/parallel.ts';
import { hashOf, type BuildCache } from '../cache/store.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { measureHeadingLines, wordsSplit, type HeadingText } from '../../lib/text/line-measure.ts';
import { MEASURE_PAGE, MEASURE_WIDTH, measureHeights, withHeights } from './lazy-heights.ts';
import { DistFiles, recordingDeps, type PageDeps } from './page-deps.ts';
import { printReport } from '../pdf/print-report.ts';
import { printFontSourceVersion, PRINT_FONT_DIR } from '../pdf/print-font-source.ts';
import { withoutPrintFontHashes } from '../pdf/print-fonts.ts';
import { reportPrintFonts, usePrintFonts } from '../pdf/report-print-font.ts';
import { serveStatic } from './static-server.ts';
import { isPictureFile, photographPicture, pngOf, withPictureFont } from './pictures.ts';
import { PICTURE_SCALE } from '../../charts/picture.ts';

const THIS_FILE = fileURLToPath(import.meta.url);

/** What the cache keeps beside each result's file. */
interface CardMeta {
  deps: PageDeps;
  /** The card's lines that break inside a word (the check below), reported again when reused. */
  split: string[];
}
interface HeightsMeta {
  deps: PageDeps;
  rules: string;
  blocks: number;
}
interface PdfMeta {
  deps: PageDeps;
  /** The moment the PDF states (ISO). */
  date: string;
  pages: number;
}

interface Report {
  /** dist/ file of the page, its site path, and the site path of its PDF. */
  file: string;
  page: string;
  pdf: string;
}

export default function chromiumAssets(cache: BuildCache): AstroIntegration {
  /** The site's public address (astro.config.mjs `site`), for the PDF's links to the site's pages. */
  let siteUrl: string | null = null;
  return {
    name: 'chromium-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ?? null;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
          f.endsWith('index.html'),
        );
        // Preview cards: `<…>/og/<part>/index.html`.
        const cards = pages
          .map((f) => f.replaceAll('\\', '/'))
          .filter((f) => /(^|\/)og\/[^/]+\/index\.html$/.test(f))
          .map((f) => dirname(f));
        // The figures' pictures: `<…>/data/<figure>.svg`.
        const pictures = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .map((f) => f.replaceAll('\\', '/'))
          .filter(isPictureFile);
        // Report pages: those that link their PDF.
        const reports: Report[] = pages.flatMap((f) => {
          const m = /<link rel="alternate" type="application\/pdf" href="([^"]+)"/.exec(
            readFileSync(join(root, f), 'utf8'),
          );
          return m
            ? [{ file: f, page: `/${f.replaceAll('\\', '/').replace(/index\.html$/, '')}`, pdf: m[1]! }]
            : [];
        });
        // The cards are never published: without Chromium they go unphotographed.
        const dropCards = () => cards.forEach((card) => rmSync(join(root, card), { recursive: true }));
        if (process.env.REPORT_SKIP_CHROMIUM) {
          logger.info('REPORT_SKIP_CHROMIUM is set: skipping the share images and the PDF');
          return dropCards();
        }
        if (!existsSync(CHROMIUM_PATH)) {
          logger.warn(
            `Chromium not found at ${CHROMIUM_PATH}: skipping the share images and the PDF (run "npm run setup" to install it, or set CHROMIUM_PATH)`,
          );
          return dropCards();
        }

        const files = new DistFiles(root);
        const unchanged = (meta: { deps: PageDeps }) => files.unchanged(meta.deps);
        const made = [
          codeVersion(THIS_FILE),
          chromiumVersion(CHROMIUM_PATH),
          systemFonts(),
          `icu ${process.versions.icu ?? '?'}`,
        ];
        const creator = getSite().name;
        const printed = [
          creator,
          siteUrl ?? '',
          process.env.SOURCE_DATE_EPOCH?.trim() ?? '',
          printFontSourceVersion(),
        ];
        const keyOf = (kind: string, path: string, html: string, ...more: string[]) =>
          hashOf(kind, ...made, ...more, path, withoutPrintFontHashes(html));
        const read = (file: string) => readFileSync(join(root, file), 'utf8');

        // Every line of a card (kicker, title, description, brand) breaks only between words, as
        // headings do: checked on the card at its size when it is photographed (with jieba and ICU, which
        // the key covers: the code's packages and Node's ICU).
        const split: string[] = [];
        const checkCard = (card: string, lines: HeadingText[]) =>
          lines.flatMap((l) => wordsSplit(l).map((w) => `${card}: ${l.heading}: ${w}`));
        const cardPng = (card: string, png: Uint8Array) => {
          writeFileSync(join(root, `${card}.png`), png);
          rmSync(join(root, card), { recursive: true });
        };
        const usePdf = (report: Report, pdf: Uint8Array) => writeFileSync(join(root, report.pdf), pdf);
        /** The cached PDF of a report page as it is now, if any (written out), else its key. */
        const pdfFromCache = (report: Report) => {
          const key = keyOf('pdf', report.page, read(report.file), ...printed);
          const hit = cache.lookup<PdfMeta>('pdf', key, unchanged);
          if (hit) usePdf(report, hit.file('pdf'));
          return { key, hit: !!hit };
        };
        const useHeights = (report: Report, html: string, rules: string) => {
          const out = withHeights(html, rules);
          if (out !== html) writeFileSync(join(root, report.file), out);
          files.forget(report.page);
        };

        // What the cache has: written out now; the rest is left to Chromium.
        const usePicture = (svgFile: string, svg: string | Uint8Array, png: Uint8Array) => {
          writeFileSync(join(root, svgFile), svg);
          writeFileSync(join(root, pngOf(svgFile)), png);
        };
        const pictureTasks: Array<{ kind: 'picture'; file: string; key: string }> = [];
        for (const file of pictures) {
          const key = hashOf('picture', ...made, printFontSourceVersion(), `/${file}`, read(file));
          const hit = cache.lookup('picture', key, () => true);
          if (!hit) pictureTasks.push({ kind: 'picture', file, key });
          else usePicture(file, hit.file('svg'), hit.file('png'));
        }
        const cardTasks: Array<{ kind: 'card'; card: string; key: string }> = [];
        for (const card of cards) {
          const key = keyOf('share-image', `/${card}/`, read(join(card, 'index.html')));
          const hit = cache.lookup<CardMeta>('share-image', key, unchanged);
          if (!hit) cardTasks.push({ kind: 'card', card, key });
          else {
            split.push(...hit.meta.split);
            cardPng(card, hit.file('png'));
          }
        }
        const reportTasks: Array<{ kind: 'report'; report: Report; heightsKey?: string; pdfKey?: string }> =
          [];
        for (const report of reports) {
          const html = read(report.file);
          const heightsKey = keyOf('heights', report.page, html);
          const heights = cache.lookup<HeightsMeta>('heights', heightsKey, unchanged);
          if (!heights) {
            reportTasks.push({ kind: 'report', report, heightsKey });
            continue;
          }
          useHeights(report, html, heights.meta.rules);
          const pdf = pdfFromCache(report);
          if (!pdf.hit) reportTasks.push({ kind: 'report', report, pdfKey: pdf.key });
        }

        const summary = () => {
          const c = (kind: string) => cache.countOf(kind);
          const of = (kind: string, what: string) =>
            `${c(kind).hits + c(kind).misses} ${what} (${c(kind).hits} from the build cache)`;
          return `${of('share-image', 'share image(s)')}, ${of('picture', 'figure picture(s)')}, ${of('heights', 'report page(s) with reserved heights')}, ${of('pdf', 'PDF(s)')}`;
        };
        const fail = () => {
          if (split.length) throw new Error(`share cards break lines inside words:\n${split.join('\n')}`);
        };
        if (!cardTasks.length && !reportTasks.length && !pictureTasks.length) {
          fail();
          logger.info(`${summary()}: Chromium not launched`);
          return;
        }

        const jobs = buildJobs();
        const server = await serveStatic(root, { compress: false });
        const browser = await chromium.launch({
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        });
        // One tab of each kind per worker, reused from page to page: a new tab starts a new renderer
        // process, which costs about as much as measuring a report page (PDF structure IDs that count on
        // across pages are numbered afresh in each PDF: src/integrations/pdf/tagging.ts).
        const perWorker = (open: () => Promise<Page>) => {
          const pages: Array<Promise<Page>> = [];
          return (worker: number) => (pages[worker] ??= open());
        };
        const cardPage = perWorker(() =>
          browser.newPage({ viewport: { width: 1200, height: 630 }, colorScheme: 'light' }),
        );
        const heightsPage = perWorker(() => browser.newPage(MEASURE_PAGE));
        const printPage = perWorker(() => browser.newPage());
        const picturePage = perWorker(() =>
          browser.newPage({ deviceScaleFactor: PICTURE_SCALE, colorScheme: 'light' }),
        );
        /** Time spent on the pictures (ms, summed over the pages at work): in all, and cutting fonts. */
        const pictureTime = { total: 0, font: 0 };
        const t0 = performance.now();
        try {
          // The report pages first, the longest first: they take longest.
          const size = new Map(reportTasks.map((t) => [t, read(t.report.file).length]));
          reportTasks.sort((a, b) => size.get(b)! - size.get(a)!);
          await runLimited([...reportTasks, ...cardTasks, ...pictureTasks], jobs, async (task, worker) => {
            if (task.kind === 'picture') {
              const { file, key } = task;
              const t = performance.now();
              const svg = await withPictureFont(read(file));
              pictureTime.font += performance.now() - t;
              writeFileSync(join(root, file), svg);
              const png = await photographPicture(await picturePage(worker), `${server.url}/${file}`, svg);
              writeFileSync(join(root, pngOf(file)), png);
              pictureTime.total += performance.now() - t;
              cache.store('picture', key, {}, { svg: Buffer.from(svg), png });
              return;
            }
            if (task.kind === 'card') {
              const { card, key } = task;
              const page = await cardPage(worker);
              const { result, deps } = await recordingDeps(
                page,
                files,
                { origin: server.url, self: `/${card}/` },
                async () => {
                  await page.goto(`${server.url}/${card}/`, { waitUntil: 'load' });
                  await page.evaluate(() => document.fonts.ready);
                  const lines = await page.evaluate(measureHeadingLines, '.card__text > *');
                  return { lines, png: await page.screenshot({ type: 'png' }) };
                },
              );
              const wrong = checkCard(card, result.lines);
              split.push(...wrong);
              cardPng(card, result.png);
              cache.store<CardMeta>('share-image', key, { deps, split: wrong }, { png: result.png });
              return;
            }

            const { report } = task;
            const url = `${server.url}${report.page}`;
            let pdfKey = task.pdfKey;
            if (task.heightsKey) {
              const page = await heightsPage(worker);
              const { result, deps } = await recordingDeps(
                page,
                files,
                { origin: server.url, self: report.page },
                () => measureHeights(page, url),
              );
              cache.store<HeightsMeta>('heights', task.heightsKey, { deps, ...result });
              useHeights(report, read(report.file), result.rules);
              logger.info(
                `reserved heights: ${result.blocks} block(s) of ${report.page} measured at ${MEASURE_WIDTH} px`,
              );
              const pdf = pdfFromCache(report);
              if (pdf.hit) return;
              pdfKey = pdf.key;
            }

            const html = read(report.file);
            const page = await printPage(worker);
            await page.unrouteAll();
            await usePrintFonts(page, await reportPrintFonts(html));
            const { result: pdf, deps } = await recordingDeps(
              page,
              files,
              { origin: server.url, self: report.page, ignore: (p) => p.startsWith(`/${PRINT_FONT_DIR}/`) },
              () => printReport(page, url, join(root, report.pdf), { creator, siteUrl }),
            );
            cache.store<PdfMeta>(
              'pdf',
              pdfKey!,
              { deps, date: pdf.date.toISOString(), pages: pdf.pages },
              { pdf: readFileSync(join(root, report.pdf)) },
            );
            const t = Object.fromEntries(
              Object.entries(pdf.timings).map(([k, ms]) => [k, `${(ms / 1000).toFixed(1)} s`]),
            );
            logger.info(
              `printed report: ${report.pdf}, ${pdf.pages} pages, ${(pdf.bytes / 1024).toFixed(0)} KB in ${t.total} ` +
                `(page ${t.load}; ${pdf.prints} prints, ${pdf.floated} block(s) of text moved before figures; ` +
                `for the contents' page numbers: ${t.print1} + ${t.print2}, ` +
                `read back ${t.read1} + ${t.read2}; PDF/UA post-processing ${t.finish})`,
            );
          });
        } finally {
          await browser.close();
          await server.close();
        }
        if (pictureTasks.length)
          logger.info(
            `figure pictures: ${pictureTasks.length} made in ${(pictureTime.total / 1000).toFixed(1)} s of page time ` +
              `(their fonts cut in ${(pictureTime.font / 1000).toFixed(1)} s)`,
          );
        fail();
        const took = ((performance.now() - t0) / 1000).toFixed(1);
        logger.info(`${summary()}: the rest made by Chromium in ${took} s, ${jobs} page(s) at once`);
      },
    },
  };
}
