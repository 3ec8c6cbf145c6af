/**
 * npm run bench — prints what a reader downloads for `/` (raw and gzip), the on-demand chart chunk and the
 * SSR SVG size per figure, against the budgets. Run after `npm run build`. Figures only: no assertions.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url).pathname;
const BUDGET = { initialGzip: 40 * 1024, jsBeforeInteractionGzip: 5 * 1024 };

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const row = (label: string, raw: number, gzip: number, note = '') =>
  console.log(`${label.padEnd(34)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)}  ${note}`);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const htmlBytes = Buffer.byteLength(html);
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
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
const lazy = readdirSync(join(dist, '_astro'))
  .filter((f) => f.endsWith('.js') && !seen.has(`/_astro/${f}`))
  .map((f) => ({ f, b: readFileSync(join(dist, '_astro', f)) }));

console.log(`\nBundle report for / (dist/index.html)\n`);
console.log(`${'resource'.padEnd(34)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
const htmlGz = gz(html);
row('HTML (incl. inline CSS, SVG)', htmlBytes, htmlGz);
row('  of which inline CSS', Buffer.byteLength(styles), gz(styles));
const cssRaw = cssFiles.reduce((n, f) => n + read(f).length, 0);
const cssGz = cssFiles.reduce((n, f) => n + gz(read(f)), 0);
row('CSS files', cssRaw, cssGz, `${cssFiles.length} file(s)`);
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

const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
console.log(`\nJS before interaction: ${kb(jsGz)} gzip — ${verdict(jsGz <= BUDGET.jsBeforeInteractionGzip)}`);
console.log(`Initial load of /:     ${kb(initial)} gzip — ${verdict(initial <= BUDGET.initialGzip)}\n`);
