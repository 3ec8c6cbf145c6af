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

/** What a chart's drawn data marks stand for: its ECharts series' table rows, and each row's value text. */
export interface ChartData {
  /** `rows[series][dataIndex]`: the table row of each datum (the chart's `data-rows`). */
  rows: Array<Array<string | null>>;
  /** Each row's value label as drawn: the value as the table gives it, 报告：… for a report claim. */
  values: Record<string, string>;
}

/**
 * In the page: the value labels of one chart drawing that are not nearest their own point, or that
 * cover another point. A value label is a text whose words are a datum's label (报告：… for a claim); the
 * data marks are the drawn points and bars (`data-series-index` / `data-data-index`). For each label, the
 * nearest mark (by the distance between their boxes) must be one with its value, and it must overlap no
 * mark with another value. Pass it to `evaluate` with the chart's `ChartData`.
 */
export function labelMarkProblems(root: Element, data: ChartData): string[] {
  type Box = { x: number; y: number; w: number; h: number };
  const box = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  };
  const gap = (a: Box, b: Box) =>
    Math.hypot(
      Math.max(0, a.x - (b.x + b.w), b.x - (a.x + a.w)),
      Math.max(0, a.y - (b.y + b.h), b.y - (a.y + a.h)),
    );
  const hit = (a: Box, b: Box) =>
    Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
    Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
  const marks = [...root.querySelectorAll('[data-series-index][data-data-index]')].flatMap((el) => {
    const row =
      data.rows[Number(el.getAttribute('data-series-index'))]?.[Number(el.getAttribute('data-data-index'))];
    const value = row ? data.values[row] : undefined;
    return value === undefined ? [] : [{ row: row!, value, box: box(el) }];
  });
  const values = new Set(Object.values(data.values));
  const problems: string[] = [];
  for (const t of root.querySelectorAll('text')) {
    const words = t.textContent?.trim() ?? '';
    const value = words;
    if (!values.has(value) || getComputedStyle(t).display === 'none') continue;
    const b = box(t);
    const own = Math.min(...marks.filter((m) => m.value === value).map((m) => gap(b, m.box)));
    const others = marks.filter((m) => m.value !== value);
    const nearest = others.reduce<(typeof others)[number] | undefined>(
      (a, m) => (!a || gap(b, m.box) < gap(b, a.box) ? m : a),
      undefined,
    );
    if (nearest && gap(b, nearest.box) <= own)
      problems.push(
        `“${words}” is ${gap(b, nearest.box).toFixed(1)} px from ${nearest.row} (${nearest.value}), ${own.toFixed(1)} px from its own point`,
      );
    for (const m of others) if (hit(b, m.box)) problems.push(`“${words}” covers ${m.row} (${m.value})`);
  }
  return problems;
}
