/**
 * The printed report, in one folder: this build step (the print font and sheet), the print sheet itself
 * (print.css), the PDF's two-pass printing and tagging (print-report.ts, dom.ts, page-text.ts,
 * tagging.ts, run by src/integrations/chromium/chromium-assets.ts), and beside them their pure rules
 * (print-fonts, appendix, build-date, locate, structure, xmp, artifacts), which the unit tests import.
 *
 * This step runs after the build, before the PDF is printed: the print font and the print stylesheet,
 * made to cost only what is printed.
 * - Noto Sans SC (see ./print-font-source.ts) is subset with HarfBuzz (`subset-font`, hb-subset in
 *   WebAssembly) to the characters of the built pages and the print rules, one woff2 per weight, named by
 *   a hash of its content: /fonts/noto-sans-sc-<weight>.<hash>.woff2.
 * - /print.css (the endpoint's minified rules) gets the two @font-face rules and goes into every page in
 *   place of its <link media="print">, as <style media="print"> (about 1 KB of each page's gzip, no
 *   request of its own). The fonts are cached for a year (public/_headers): a changed text makes new
 *   names.
 * Subsets are kept in the build cache (../cache/) under the source font's version, the code that cuts
 * it and the character set.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeVersion } from '../cache/inputs.ts';
import { hashOf, type BuildCache } from '../cache/store.ts';
import { DATA_APPENDIX } from './appendix.ts';
import { PRINT_FONT_DIR, printFontSourceVersion, printFontStem } from './print-font-source.ts';
import {
  PRINT_CSS_SOURCE_HREF,
  PRINT_WEIGHTS,
  fontFaceCss,
  hashedName,
  inlinePrintCss,
  printedCharacters,
  type PrintFace,
  type PrintWeight,
} from './print-fonts.ts';
import { subsetPrintFont } from './subset.ts';

export default function printAssets(cache: BuildCache): AstroIntegration {
  return {
    name: 'print-assets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const rulesFile = join(root, PRINT_CSS_SOURCE_HREF);
        if (!existsSync(rulesFile)) throw new Error(`print-assets: ${PRINT_CSS_SOURCE_HREF} was not built`);
        const rules = readFileSync(rulesFile, 'utf8');
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .map((f) => ({ file: join(root, f), html: readFileSync(join(root, f), 'utf8') }));
        // With the words the PDF build adds to the page (the appendix of data tables).
        const chars = printedCharacters([
          ...pages.map((p) => p.html),
          rules,
          ...Object.values(DATA_APPENDIX),
        ]);

        const t0 = performance.now();
        mkdirSync(join(root, PRINT_FONT_DIR), { recursive: true });
        const faces: PrintFace[] = [];
        const sizes: string[] = [];
        // Both weights at once, each in a worker thread.
        const fonts = await Promise.all(PRINT_WEIGHTS.map((weight) => subsetCached(cache, weight, chars)));
        for (const [i, weight] of PRINT_WEIGHTS.entries()) {
          const font = fonts[i]!;
          const name = hashedName(printFontStem(weight), 'woff2', font);
          writeFileSync(join(root, PRINT_FONT_DIR, name), font);
          faces.push({ weight, url: `/${PRINT_FONT_DIR}/${name}` });
          sizes.push(`${weight}: ${(font.length / 1024).toFixed(0)} KB`);
        }

        const css = `${fontFaceCss(faces)}\n${rules}`;
        rmSync(rulesFile);
        let inlined = 0;
        for (const page of pages) {
          if (!page.html.includes(`href="${PRINT_CSS_SOURCE_HREF}"`)) continue; // share-card pages
          writeFileSync(page.file, inlinePrintCss(page.html, css));
          inlined++;
        }
        if (!pages.some((p) => p.file === join(root, 'index.html') && p.html.includes(PRINT_CSS_SOURCE_HREF)))
          throw new Error('print-assets: index.html does not link the print stylesheet');
        logger.info(
          `print font: ${[...chars].length} characters, Noto Sans SC ${sizes.join(', ')} (${Math.round(performance.now() - t0)} ms); print stylesheet (${(css.length / 1024).toFixed(1)} KB) inlined in ${inlined} page(s)`,
        );
      },
    },
  };
}

/** HarfBuzz's subset of one weight to `chars`, as woff2; reused from the build cache when nothing changed. */
async function subsetCached(cache: BuildCache, weight: PrintWeight, chars: string): Promise<Buffer> {
  const key = hashOf(
    codeVersion(fileURLToPath(import.meta.url)),
    printFontSourceVersion(),
    String(weight),
    chars,
  );
  const hit = cache.lookup('print-font', key);
  if (hit) return hit.file('woff2');
  const font = await subsetPrintFont(weight, chars, 'woff2');
  cache.store('print-font', key, {}, { woff2: font });
  return font;
}
