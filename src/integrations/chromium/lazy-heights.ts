/**
 * Reserved heights for a report page's `.lazy-layout` blocks (content-visibility: auto, global.css).
 * Until a block is drawn, the page reserves this height for it. Measured here, in the build's Chromium, at
 * the narrowest width a phone has (320 px, where blocks are tallest) and with JavaScript off (everything
 * laid out), plus a margin: a block is never taller than its reservation, so blocks waiting to be drawn
 * never overlap (tools that measure the page without scrolling it, like axe's target-size check, would
 * otherwise find the links of one block on top of the next). Wider screens reserve too much, which costs
 * nothing: the real height replaces it once the block is drawn.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';

/** The width measured, and the margin for fonts that set a little looser than the build's. */
export const MEASURE_WIDTH = 320;
const MARGIN = 1.05;

/** The page the heights are measured in: 320 px wide, JavaScript off, the light theme. */
export const MEASURE_PAGE: BrowserContextOptions = {
  viewport: { width: MEASURE_WIDTH, height: 800 },
  javaScriptEnabled: false,
  colorScheme: 'light',
};

/** The reserved heights of the page at `url` (opened in `page`, made with MEASURE_PAGE): CSS rules, one per block. */
export async function measureHeights(page: Page, url: string): Promise<{ rules: string; blocks: number }> {
  await page.goto(url, { waitUntil: 'load' });
  const heights = await page.evaluate(() =>
    [...document.querySelectorAll('.lazy-layout[id]')].map(
      (el) => [el.id, el.getBoundingClientRect().height] as const,
    ),
  );
  const rules = heights
    .map(([id, h]) => `[id="${id}"]{contain-intrinsic-block-size:auto ${Math.ceil(h * MARGIN)}px}`)
    .join('');
  return { rules, blocks: heights.length };
}

/** The page's HTML with its reserved heights, screen only (unchanged without rules or a `</head>`). */
export const withHeights = (html: string, rules: string): string =>
  rules && html.includes('</head>')
    ? html.replace('</head>', () => `<style data-lazy-heights>@media screen{${rules}}</style></head>`)
    : html;
