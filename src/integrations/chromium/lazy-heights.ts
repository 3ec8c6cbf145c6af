/**
 * Reserved heights for a report page's `.lazy-layout` blocks (content-visibility: auto, global.css).
 * Until a block is drawn, the page reserves this height for it. Measured here, in the build's Chromium, at
 * the narrowest width a phone has (320 px, where blocks are tallest) and with JavaScript off (everything
 * laid out), plus a margin: a block is never taller than its reservation, so blocks waiting to be drawn
 * never overlap (tools that measure the page without scrolling it, like axe's target-size check, would
 * otherwise find the links of one block on top of the next). Wider screens reserve too much, which costs
 * nothing: the real height replaces it once the block is drawn.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** The width measured, and the margin for fonts that set a little looser than the build's. */
export const MEASURE_WIDTH = 320;
const MARGIN = 1.05;

/** Measures the page at `url` and writes its reserved heights into `file` (the page's built HTML). */
export async function reserveHeights(browser: Browser, url: string, file: string): Promise<number> {
  const page = await browser.newPage({
    viewport: { width: MEASURE_WIDTH, height: 800 },
    javaScriptEnabled: false,
    colorScheme: 'light',
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll('.lazy-layout[id]')].map(
        (el) => [el.id, el.getBoundingClientRect().height] as const,
      ),
    );
    const rules = heights
      .map(([id, h]) => `[id="${id}"]{contain-intrinsic-block-size:auto ${Math.ceil(h * MARGIN)}px}`)
      .join('');
    const html = readFileSync(file, 'utf8');
    if (!heights.length || !html.includes('</head>')) return 0;
    writeFileSync(
      file,
      html.replace('</head>', `<style data-lazy-heights>@media screen{${rules}}</style></head>`),
    );
    return heights.length;
  } finally {
    await page.close();
  }
}
