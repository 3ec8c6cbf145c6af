/**
 * Measures a rendered chart: every piece of text (value labels, axis labels, event labels, axis names)
 * must overlap no other text, no event marker line and no axis line or tick. Runs in the browser on the
 * real layout and fonts, so it catches what the build-time placement only estimates.
 */
import type { Locator } from '@playwright/test';

export interface Overlap {
  a: string;
  b: string;
}

/** The overlaps in one visible `svg.chart-svg` (empty when the chart is clean). */
export async function chartOverlaps(svg: Locator, tolerance = 0.5): Promise<Overlap[]> {
  return svg.evaluate((root, tol) => {
    type Rect = { x: number; y: number; w: number; h: number; what: string };
    const rect = (el: Element, what: string): Rect => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height, what };
    };
    const texts = [...root.querySelectorAll('text')]
      .filter((t) => t.textContent?.trim() && getComputedStyle(t).display !== 'none')
      .map((t) => rect(t, `text “${t.textContent!.trim()}”`));
    const paths = [...root.querySelectorAll('path')];
    // Event markers: dashed vertical lines.
    const marks = paths
      .filter((p) => p.getAttribute('stroke-dasharray') && p.getBoundingClientRect().width < 3)
      .map((p) => rect(p, 'event line'));
    // Axis lines and ticks: drawn in the muted axis colour, without fill.
    const axes = paths
      .filter((p) => /^#5f5c55$/i.test(p.getAttribute('stroke') ?? '') && !p.getAttribute('stroke-dasharray'))
      .map((p) => rect(p, 'axis line or tick'));
    const hit = (a: Rect, b: Rect) =>
      Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > tol &&
      Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > tol;
    const out: Array<{ a: string; b: string }> = [];
    texts.forEach((t, i) => {
      for (const u of texts.slice(i + 1)) if (hit(t, u)) out.push({ a: t.what, b: u.what });
      for (const m of [...marks, ...axes]) if (hit(t, m)) out.push({ a: t.what, b: m.what });
    });
    return out;
  }, tolerance);
}

/**
 * In the page: scrolls to each chart drawing shown at this width, as a reader reaching it would, and waits
 * until it is drawn (drawings are laid out only when the reader nears them); then back to the top. Pass
 * it to `page.evaluate` (Playwright or Puppeteer).
 */
export async function reachEveryChart(): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const shown = [...document.querySelectorAll<HTMLElement>('.figure .chart')].filter(
    (chart) => getComputedStyle(chart).display !== 'none',
  );
  for (const chart of shown) {
    chart.scrollIntoView({ block: 'center' });
    for (let i = 0; i < 60 && chart.hasAttribute('data-draw-near'); i++) await frame();
  }
  scrollTo(0, 0);
}
