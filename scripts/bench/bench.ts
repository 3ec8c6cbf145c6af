/**
 * npm run bench — builds the site (timed), then prints what a reader downloads for `/` (raw and gzip) by
 * resource type, the on-demand chart chunk, the SSR SVG size per figure, and Lighthouse (mobile and
 * desktop) for `/` and an expert page: the four category scores, LCP, CLS and TBT, and the printed
 * report's size, page count and embedded font bytes. Figures, not tests.
 * `--no-build` measures the existing dist/; `--no-lighthouse` skips Lighthouse.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { serveStatic } from '../../src/integrations/static-server.ts';
import { runLighthouse } from './lighthouse.ts';

const args = new Set(process.argv.slice(2));
if (!args.has('--no-build')) {
  const t0 = performance.now();
  execSync('npx astro build', { stdio: 'ignore' });
  console.log(
    `\nBuild (astro build, incl. share images and PDF): ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

const dist = new URL('../../dist/', import.meta.url).pathname;
const BUDGET = { initialGzip: 40 * 1024, jsBeforeInteractionGzip: 5 * 1024 };

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const row = (label: string, raw: number, gzip: number, note = '') =>
  console.log(`${label.padEnd(34)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)}  ${note}`);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const htmlBytes = Buffer.byteLength(html);
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
// Stylesheets for the screen; the print stylesheet (media="print") loads only when printing.
const links = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
const href = (tag: string) => /href="([^"]+)"/.exec(tag)![1]!;
const cssFiles = links.filter((l) => !/media="print"/.test(l)).map(href);
const printCss = links.filter((l) => /media="print"/.test(l)).map(href);
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1]!)
  .join('');
const read = (p: string) => readFileSync(join(dist, p.replace(/^\//, '')));

// Scripts that load before interaction: the module scripts in the page and their static imports.
const seen = new Set<string>();
const queue = [...scripts];
while (queue.length) {
  const src = queue.shift()!;
  if (seen.has(src)) continue;
  seen.add(src);
  const code = read(src).toString('utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    queue.push(new URL(m[1]!, `http://x${src}`).pathname);
  }
}
const eager = [...seen].map((s) => read(s));
// Chunks no page references directly: loaded on demand by dynamic import().
const allHtml = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(join(dist, f), 'utf8'))
  .join('\n');
const lazy = readdirSync(join(dist, '_astro'))
  .filter((f) => f.endsWith('.js') && !allHtml.includes(`/_astro/${f}`))
  .map((f) => ({ f, b: readFileSync(join(dist, '_astro', f)) }));

console.log(`\nBundle report for / (dist/index.html)\n`);
console.log(`${'resource'.padEnd(34)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
const htmlGz = gz(html);
row('HTML (incl. inline CSS, SVG)', htmlBytes, htmlGz);
row('  of which inline CSS', Buffer.byteLength(styles), gz(styles));
const cssRaw = cssFiles.reduce((n, f) => n + read(f).length, 0);
const cssGz = cssFiles.reduce((n, f) => n + gz(read(f)), 0);
row('CSS files', cssRaw, cssGz, `${cssFiles.length} file(s)`);
for (const f of printCss)
  row('CSS for print (not initial)', read(f).length, gz(read(f)), 'media="print"; fonts load on print');
const jsRaw = eager.reduce((n, b) => n + b.length, 0) + Buffer.byteLength(inlineScripts);
const jsGz = eager.reduce((n, b) => n + gz(b), 0) + (inlineScripts ? gz(inlineScripts) : 0);
row(
  'JS before interaction',
  jsRaw,
  jsGz,
  `${seen.size} file(s); budget ${kb(BUDGET.jsBeforeInteractionGzip)} gzip`,
);
for (const { f, b } of lazy)
  row(`JS on demand: ${f.replace(/\.[\w-]+\.js$/, '')}`, b.length, gz(b), 'loaded on “交互查看”');
const favicon = statSync(join(dist, 'favicon.svg')).size;
const initial = htmlGz + cssGz + jsGz + gz(read('/favicon.svg'));
row(
  'Initial load (HTML+CSS+JS+icon)',
  htmlBytes + cssRaw + jsRaw + favicon,
  initial,
  `budget ${kb(BUDGET.initialGzip)} gzip`,
);

console.log(`\nSSR SVG per figure (inline in the HTML)\n`);
for (const m of html.matchAll(/<figure class="figure" id="(fig-[a-z-]+)"[\s\S]*?<\/figure>/g)) {
  const svgs = [...m[0].matchAll(/<div class="chart chart--(\w+)"[^>]*>(<svg[\s\S]*?<\/svg>)/g)];
  for (const [, variant, svg] of svgs) row(`${m[1]} (${variant})`, Buffer.byteLength(svg!), gz(svg!));
}

// The printed report: what a reader downloads, and how much of it is fonts.
// The home report's printed report, as its page links it.
const REPORT_PDF =
  /<link rel="alternate" type="application\/pdf" href="([^"]+)"/.exec(
    readFileSync(join(dist, 'index.html'), 'utf8'),
  )?.[1] ?? '/(none)';
const pdfFile = join(dist, REPORT_PDF.replace(/^\//, ''));
if (existsSync(pdfFile)) {
  const bytes = readFileSync(pdfFile);
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
  console.log(`\nPrinted report ${REPORT_PDF}\n`);
  console.log(`${'size'.padEnd(34)} ${kb(bytes.length).padStart(10)}`);
  console.log(`${'pages (A4)'.padEnd(34)} ${String(doc.getPageCount()).padStart(10)}`);
  console.log(`${`embedded fonts (${fonts} files)`.padEnd(34)} ${kb(fontBytes).padStart(10)}`);
} else {
  console.log(`\nPrinted report ${REPORT_PDF}: not built (no Chromium?)`);
}

const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
console.log(`\nJS before interaction: ${kb(jsGz)} gzip — ${verdict(jsGz <= BUDGET.jsBeforeInteractionGzip)}`);
console.log(`Initial load of /:     ${kb(initial)} gzip — ${verdict(initial <= BUDGET.initialGzip)}\n`);

// Resource types of the whole built site (what a host stores), for context.
const sizes = new Map<string, number>();
for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  const full = join(dist, f);
  if (!statSync(full).isFile()) continue;
  const ext = f.includes('.') ? f.slice(f.lastIndexOf('.') + 1) : '(none)';
  sizes.set(ext, (sizes.get(ext) ?? 0) + statSync(full).size);
}
console.log(
  `Built site by type: ${[...sizes]
    .sort((a, b) => b[1] - a[1])
    .map(([e, n]) => `${e} ${kb(n)}`)
    .join(', ')}\n`,
);

if (!args.has('--no-lighthouse')) {
  const text = readFileSync(join(dist, '_headers'), 'utf8');
  const start = text.indexOf('/*\n');
  const headerBlock = text.slice(start, text.indexOf('\n\n', start));
  const headers = Object.fromEntries(
    [...headerBlock.matchAll(/^\s+([\w-]+): (.+)$/gm)]
      .filter((m) => m[1] !== 'Cache-Control')
      .map((m) => [m[1]!, m[2]!]),
  );
  const server = await serveStatic(dist, headers);
  try {
    const results = await runLighthouse([`${server.url}/`, `${server.url}/experts/cao-lei/`]);
    console.log('Lighthouse (served with the _headers, gzip)\n');
    console.log(`${'page'.padEnd(22)} ${'form'.padEnd(8)} perf  a11y  best  seo    LCP      CLS    TBT`);
    for (const r of results) {
      const s = r.scores;
      console.log(
        `${new URL(r.url).pathname.padEnd(22)} ${r.formFactor.padEnd(8)} ${String(s.performance).padStart(4)} ${String(s.accessibility).padStart(5)} ${String(s['best-practices']).padStart(5)} ${String(s.seo).padStart(4)} ${`${Math.round(r.lcpMs)} ms`.padStart(8)} ${r.cls.toFixed(3).padStart(7)} ${`${Math.round(r.tbtMs)} ms`.padStart(6)}`,
      );
    }
    console.log('\nTargets: 100 in all four categories, CLS 0.\n');
  } finally {
    await server.close();
  }
}
