/**
 * npm run bench — builds the site (timed), then measures what a reader's first visit to `/` transfers:
 * Chromium (Debian's) opens `/` with an empty cache, on a phone and a desktop viewport, and every response
 * until the network is idle is recorded with its encoded (transferred) body size — HTML, CSS (the print
 * sheet too: browsers fetch media="print" sheets as well, at low priority), JS, fonts, images. The site is
 * served as a host serves it: the headers of _headers and the build's gzip siblings (the budget is gzip).
 * Then: what printing costs (print sheet, fonts per weight, the PDF), the on-demand chart chunk, the SSR SVG
 * per figure, and Lighthouse (mobile and desktop, median of 5 runs) for `/`, an expert page and a floor
 * page (one heading, one paragraph) that shows what this machine adds to any page; then what a report
 * costs (scripts/bench/reports.ts): importing a 15,000-character article, and the build time each added
 * report adds (N = 1, 10 and 50 copies of the fixture report, cold, and the rebuild of 50 after one changes).
 * Figures, not tests.
 * Last, the code: lines of src/ and tests/, and with `--tests` the time of each step of `npm test`.
 * `--no-build` measures the existing dist/; `--no-lighthouse` skips Lighthouse; `--no-reports` the report
 * costs; `--tests` runs the test suite step by step (about ten minutes); `--reports [N …]` runs only the
 * build benches of reports.ts, with those N.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, devices } from '@playwright/test';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { serveStatic } from '../../src/integrations/chromium/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/integrations/chromium/chromium.ts';
import { headersFor, parseHeadersFile } from '../../src/integrations/delivery/headers.ts';
import { printSheetOf } from '../../src/integrations/pdf/print-fonts.ts';
import { runLighthouse } from './lighthouse.ts';
import { printCodeBenches } from './code.ts';
import { printBuildBenches, printReportBenches } from './reports.ts';

const argv = process.argv.slice(2);
const args = new Set(argv);
// `--reports [N …]`: only what more reports cost to build (scripts/bench/reports.ts), with N copies of
// the fixture report (default 1, 10 and 50; comma- or space-separated).
const reportsAt = argv.indexOf('--reports');
if (reportsAt >= 0) {
  const ns = argv
    .slice(reportsAt + 1)
    .join(',')
    .split(',')
    .filter((n) => /^\d+$/.test(n))
    .map(Number);
  await printBuildBenches(ns.length ? ns : [1, 10, 50]);
  process.exit(0);
}
if (!args.has('--no-build')) {
  // With an empty build cache of its own: the time of a first build (the project's cache is left as it is).
  const cache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
  const t0 = performance.now();
  execSync('npx astro build', { stdio: 'ignore', env: { ...process.env, REPORT_BUILD_CACHE: cache } });
  rmSync(cache, { recursive: true, force: true });
  console.log(
    `\nBuild (astro build, incl. print font, share images, PDF, precompression; empty build cache): ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

const dist = new URL('../../dist/', import.meta.url).pathname;
const BUDGET = { firstVisitGzip: 40 * 1024, jsBeforeInteractionGzip: 5 * 1024 };
const LIGHTHOUSE_TARGET = { lcpMs: 1000, tbtMs: 50, cls: 0, score: 100 };

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
const read = (p: string) => readFileSync(join(dist, p.replace(/^\//, '')));
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const hostHeaders = (path: string) =>
  Object.fromEntries([...headersFor(rules, path)].map(([k, v]) => [k, v] as const));

interface Transfer {
  path: string;
  type: string;
  encoding: string;
  /** Encoded body bytes on the wire. */
  transferred: number;
  /** Decoded body bytes. */
  size: number;
}

/** A first visit to `url` with an empty cache, until the network is idle: every response and its size. */
async function firstVisit(url: string, device: 'phone' | 'desktop'): Promise<Transfer[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext(
      device === 'phone'
        ? { ...devices['Pixel 7'], viewport: { width: 360, height: 780 } }
        : { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    );
    const page = await context.newPage();
    const pending: Array<Promise<Transfer>> = [];
    page.on('requestfinished', (request) =>
      pending.push(
        (async () => {
          const response = (await request.response())!;
          return {
            path: new URL(request.url()).pathname,
            type: request.resourceType(),
            encoding: (await response.allHeaders())['content-encoding'] ?? '-',
            transferred: (await request.sizes()).responseBodySize,
            size: (await response.body()).length,
          };
        })(),
      ),
    );
    await page.goto(url, { waitUntil: 'networkidle' });
    return await Promise.all(pending);
  } finally {
    await browser.close();
  }
}

const server = await serveStatic(dist, { headers: hostHeaders, encodings: ['gzip'] });
try {
  for (const device of ['phone', 'desktop'] as const) {
    const visit = await firstVisit(`${server.url}/`, device);
    console.log(`\nFirst visit to / (${device}, empty cache, until network idle; served gzip)\n`);
    console.log(
      `${'file'.padEnd(58)} ${'type'.padEnd(11)} ${'enc'.padEnd(5)} ${'sent'.padStart(9)} ${'size'.padStart(9)}`,
    );
    for (const t of visit) {
      const name = t.path.length > 57 ? `…${t.path.slice(-56)}` : t.path;
      console.log(
        `${name.padEnd(58)} ${t.type.padEnd(11)} ${t.encoding.padEnd(5)} ${kb(t.transferred).padStart(9)} ${kb(t.size).padStart(9)}`,
      );
    }
    const total = visit.reduce((n, t) => n + t.transferred, 0);
    const js = visit.filter((t) => t.type === 'script').reduce((n, t) => n + t.transferred, 0);
    console.log(`\n${visit.length} responses.`);
    console.log(
      `First visit:            ${kb(total)} (${total} B) transferred — budget ${kb(BUDGET.firstVisitGzip)} (${BUDGET.firstVisitGzip} B): ${verdict(total <= BUDGET.firstVisitGzip)}`,
    );
    console.log(
      `JS before interaction:  ${kb(js)} transferred — budget ${kb(BUDGET.jsBeforeInteractionGzip)}: ${verdict(js <= BUDGET.jsBeforeInteractionGzip)}`,
    );
  }
} finally {
  await server.close();
}

// Printing: the print sheet (inside each page, so part of the first visit above), the fonts (only when
// printing), the PDF.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const printSheet = printSheetOf(html);
console.log('\nPrinting\n');
if (printSheet) {
  const css = Buffer.from(printSheet);
  console.log(
    `${'print stylesheet'.padEnd(40)} ${kb(css.length).padStart(9)} raw ${kb(gz(css)).padStart(9)} gzip  inside each page (<style media="print">)`,
  );
  for (const m of css.toString('utf8').matchAll(/font-weight:(\d+)[^}]*url\(([^)]+)\)/g))
    console.log(
      `${`print font, weight ${m[1]}`.padEnd(40)} ${kb(read(m[2]!).length).padStart(9)} woff2          ${m[2]}`,
    );
}
// The home report's printed report, as its page links it: size, pages and embedded font bytes.
const pdfPath = /<link rel="alternate" type="application\/pdf" href="([^"]+)"/.exec(html)?.[1];
if (pdfPath && existsSync(join(dist, pdfPath))) {
  const bytes = read(pdfPath);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  let fonts = 0;
  let fontBytes = 0;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
      const file = obj.lookup(PDFName.of(key));
      if (file instanceof PDFRawStream) {
        fonts++;
        fontBytes += file.contents.length;
      }
    }
  }
  console.log(
    `${`PDF (${pdfPath})`.padEnd(40)} ${kb(bytes.length).padStart(9)}  ${doc.getPageCount()} A4 pages`,
  );
  console.log(`${`  embedded fonts (${fonts} files)`.padEnd(40)} ${kb(fontBytes).padStart(9)}`);
} else {
  console.log(`PDF: not built (no Chromium?)`);
}

// Chunks no page references directly: loaded on demand by dynamic import() (src/client/report.ts,
// figure-chart.ts).
const LOADED_WHEN: Record<string, string> = {
  'figure-chart': 'when the reader nears a figure (tooltips)',
  'filter-group': 'when the reader nears a filter (URL state)',
  'figure-interactive': 'on “交互查看”',
  'site-search': 'when the reader focuses the search box (then Pagefind, /pagefind/)',
};
const allHtml = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(join(dist, f), 'utf8'))
  .join('\n');
console.log('\nOn demand\n');
for (const f of readdirSync(join(dist, '_astro')).filter(
  (f) => f.endsWith('.js') && !allHtml.includes(`/_astro/${f}`),
)) {
  const b = read(`_astro/${f}`);
  const name = f.replace(/\.[\w-]+\.js$/, '');
  console.log(
    `${`JS: ${name}`.padEnd(40)} ${kb(b.length).padStart(9)} raw ${kb(gz(b)).padStart(9)} gzip  ${LOADED_WHEN[name] ?? 'on demand'}`,
  );
}

console.log('\nSSR SVG per figure (inline in the HTML of /; gzip: zlib -9 of each alone)\n');
for (const m of html.matchAll(/<figure class="figure[^"]*" id="(fig-[a-z-]+)"[\s\S]*?<\/figure>/g)) {
  const svgs = [...m[0].matchAll(/<div class="chart chart--(\w+)"[^>]*>(<svg[\s\S]*?<\/svg>)/g)];
  for (const [, variant, svg] of svgs)
    console.log(
      `${`${m[1]} (${variant})`.padEnd(40)} ${kb(Buffer.byteLength(svg!)).padStart(9)} raw ${kb(gz(svg!)).padStart(9)} gzip`,
    );
}

// Resource types of the whole built site (what a host stores), for context.
const sizes = new Map<string, number>();
for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  const full = join(dist, f);
  if (!statSync(full).isFile()) continue;
  const ext = f.includes('.') ? f.slice(f.lastIndexOf('.') + 1) : '(none)';
  sizes.set(ext, (sizes.get(ext) ?? 0) + statSync(full).size);
}
console.log(
  `\nBuilt site by type (.br/.gz: precompressed siblings): ${[...sizes]
    .sort((a, b) => b[1] - a[1])
    .map(([e, n]) => `${e} ${kb(n)}`)
    .join(', ')}\n`,
);

if (!args.has('--no-lighthouse')) {
  // As deployed (deploy/nginx): the _headers, Brotli or gzip siblings.
  const lhServer = await serveStatic(dist, { headers: hostHeaders, encodings: ['br', 'gzip'] });
  // The floor of this machine: a page of one heading and one paragraph, measured the same way. What the
  // browser does on any page (start-up work Lighthouse cannot attribute) shows here, not only on ours.
  const floorDir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  writeFileSync(
    join(floorDir, 'index.html'),
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>基线</title><meta name="description" content="基线页面"><link rel="icon" href="data:,"></head><body><main><h1>基线页面</h1><p>${'一段只有文字的页面，用来测量本机的基线。'.repeat(12)}</p></main></body></html>`,
  );
  const floorServer = await serveStatic(floorDir);
  try {
    // The home report and the first expert page (the longest pages a reader lands on).
    const expert = readdirSync(join(dist, 'experts')).sort()[0];
    // Five runs each: single runs of TBT on this 2-core machine vary from 10 to 300 ms.
    const results = await runLighthouse(
      [`${lhServer.url}/`, `${lhServer.url}/experts/${expert}/`, `${floorServer.url}/`],
      5,
    );
    const floorUrl = `${floorServer.url}/`;
    console.log(
      `Lighthouse (served with the _headers, Brotli; median of ${results[0]?.runs ?? 0} runs each)\n`,
    );
    console.log(
      `${'page'.padEnd(22)} ${'form'.padEnd(8)} perf  a11y  best  seo      FCP      LCP      CLS    TBT`,
    );
    for (const r of results) {
      const s = r.scores;
      const misses = [
        ...Object.entries(s)
          .filter(([, v]) => v < LIGHTHOUSE_TARGET.score)
          .map(([k]) => k),
        ...(r.lcpMs > LIGHTHOUSE_TARGET.lcpMs ? ['LCP'] : []),
        ...(r.tbtMs > LIGHTHOUSE_TARGET.tbtMs ? ['TBT'] : []),
        ...(r.cls > LIGHTHOUSE_TARGET.cls ? ['CLS'] : []),
      ];
      const name = r.url === floorUrl ? '(floor: 1 h1 + 1 p)' : new URL(r.url).pathname;
      console.log(
        `${name.padEnd(22)} ${r.formFactor.padEnd(8)} ${String(s.performance).padStart(4)} ${String(s.accessibility).padStart(5)} ${String(s['best-practices']).padStart(5)} ${String(s.seo).padStart(4)} ${`${Math.round(r.fcpMs)} ms`.padStart(8)} ${`${Math.round(r.lcpMs)} ms`.padStart(8)} ${r.cls.toFixed(3).padStart(7)} ${`${Math.round(r.tbtMs)} ms`.padStart(6)}  ${r.url === floorUrl ? '' : misses.length ? `misses: ${misses.join(', ')}` : 'on target'}`,
      );
      if (r.lcpMs > LIGHTHOUSE_TARGET.lcpMs) console.log(`${''.padEnd(31)}LCP element: ${r.lcpElement}`);
    }
    console.log(
      `\nTargets: 100 in all four categories, LCP ≤ ${LIGHTHOUSE_TARGET.lcpMs} ms, TBT ≤ ${LIGHTHOUSE_TARGET.tbtMs} ms, CLS 0 (mobile: simulated slow 4G, 4× CPU slowdown).\n`,
    );
  } finally {
    await lhServer.close();
    await floorServer.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

if (!args.has('--no-reports')) await printReportBenches();
printCodeBenches(args.has('--tests'));
