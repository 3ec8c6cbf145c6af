import { expect, test, type Page } from '@playwright/test';
import {
  chartOverlaps,
  labelMarkProblems,
  reachEveryChart,
  type ChartData,
} from '../helpers/chart-overlaps.ts';
import { kindLabel } from '../../src/lib/figures.ts';
import { loadSite } from '../helpers/content.ts';

const FIGURES = [
  { id: 'fig-stake', number: 1, title: '腾讯持有京东股份比例', rows: 5, value: '2.3%' },
  { id: 'fig-gmv', number: 2, title: '京东GMV与移动/微信渠道', rows: 12, value: '6582' },
  { id: 'fig-valuation', number: 3, title: '京东估值与市值', rows: 19, value: '1360.8亿美元' },
];

test.describe('without JavaScript', () => {
  // One page for the three tests, in order, in one worker (a failed test restarts the worker, which
  // loads it again); the first opens the data tables, which the others do not look at.
  test.describe.configure({ mode: 'default' });
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/');
  });
  test.afterAll(async () => {
    await page?.close();
  });

  test('each figure is drawn, described, tabulated and sourced', async () => {
    for (const f of FIGURES) {
      const fig = page.locator(`#cooperation-history figure#${f.id}`);
      // The title's words only: its copy-link control draws its # with CSS and is named by aria-label.
      await expect(fig.locator('.figure__title')).toHaveText(new RegExp(`^图${f.number}\\s*${f.title}$`));
      await expect(fig.locator('.figure__title .anchor')).toHaveAccessibleName(
        `复制链接：图${f.number} ${f.title}`,
      );
      const img = fig.getByRole('img', { name: `图${f.number}：${f.title}` });
      await expect(img).toBeVisible();
      // One of the two drawings is shown, as SVG, with its numbers as text.
      const svg = img.locator('svg.chart-svg:visible');
      await expect(svg).toHaveCount(1);
      await expect(svg.locator('text', { hasText: f.value }).first()).toBeAttached();
      const description = await img.getAttribute('aria-describedby');
      await expect(page.locator(`#${description}`)).toContainText(`图${f.number}：${f.title}`);
      // The table is in the HTML (collapsed) with exactly the plotted points, behind a disclosure whose
      // label CSS draws from its accessible name (so reader modes leave the control out).
      await expect(fig.locator('tbody tr')).toHaveCount(f.rows);
      const summary = fig.locator('summary');
      await expect(summary).toHaveAccessibleName(`数据表（${f.rows}项）`);
      expect(await summary.evaluate((e) => getComputedStyle(e, '::after').content)).toBe(
        `"数据表（${f.rows}项）"`,
      );
      await summary.click();
      await expect(fig.locator('table')).toBeVisible();
      await expect(fig.locator('figcaption')).toContainText('来源：');
      await expect(fig.locator('figcaption a[href^="http"]').first()).toBeVisible();
    }
  });

  test('the key figures near the top link to where each number comes from', async () => {
    const links = page.locator('#key-figures a');
    await expect(links).toHaveCount(4);
    await expect(links.first()).toContainText('2.15亿美元');
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(href)).toHaveCount(1);
    }
    await expect(page.locator('#key-figures a[href="#fig-stake"]')).toHaveCount(2);
  });

  test('report claims are told apart from sourced figures', async () => {
    const rows = page.locator('#fig-valuation tbody tr.row--claim');
    await expect(rows).toHaveCount(4);
    await expect(rows.first()).toContainText('报告说法');
    await expect(rows.first().locator('a[href="/#cooperation-history-p3"]')).toHaveCount(1);
    await expect(page.locator('#fig-valuation .figure__legend')).toContainText(
      '报告所述估值/市值（报告说法）',
    );
  });
});

test('hovering a point shows its value, date and source; the figures’ code loads when needed, the full chart only on request', async ({
  page,
  isMobile,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  // The figures' code arrives late, so the pointer surely gets to the point before it.
  await page.route(/\/figure-chart\.[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => s.includes('figure-interactive'))).toBe(false);
  // The first screen has no figure: their code (tooltips, the button) is not fetched yet ...
  expect(await page.locator('#fig-stake').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(
    page.viewportSize()!.height * 1.25,
  );
  expect(scripts.filter((s) => /figure-chart|filter-group/.test(s))).toEqual([]);

  // ... and a jump straight to the chart (no scrolling by) and onto a point still gets its tooltip: the
  // first event loads the code and is replayed to the chart.
  const chart = page.locator('#fig-stake .chart:visible');
  await chart.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  // The 2.3% after the distribution: the second point of the stake chart's fourth run (series 3).
  const point = chart.locator('[data-series-index="3"][data-data-index="1"]');
  if (isMobile) await point.tap();
  else await point.hover();
  const tooltip = page.locator('#fig-stake .figure__tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('2021年12月23日');
  await expect(tooltip).toContainText('2.3%');
  await expect(tooltip).toContainText('Mint');
  await expect(page.locator('#fig-stake-stake-post-ipo-2021-12-23')).toHaveClass(/is-active/);
  if (!isMobile) {
    // Leaving the point hides the tooltip again.
    await page.locator('#fig-stake .figure__title').hover();
    await expect(tooltip).toBeHidden();
    await expect(page.locator('#fig-stake-stake-post-ipo-2021-12-23')).not.toHaveClass(/is-active/);
  }

  expect(scripts.filter((s) => s.includes('figure-chart'))).toHaveLength(1);

  const before = await page.locator('#fig-stake .figure__canvas').boundingBox();
  await page.locator('#fig-stake').getByRole('button', { name: '交互查看' }).click();
  await expect(page.locator('#fig-stake .chart--live svg')).toBeVisible({ timeout: 20_000 }); // the largest chunk, loaded on this click
  expect(scripts.some((s) => s.includes('figure-interactive'))).toBe(true);
  const after = await page.locator('#fig-stake .figure__canvas').boundingBox();
  // Replacing the drawing does not move what follows by more than the legend row it adds.
  expect(Math.abs(after!.height - before!.height)).toBeLessThan(60);
});

/**
 * Each report page with every chart drawn (the reader has reached each one), loaded once for the tests
 * that read it: in order, in one worker (a failed test restarts the worker, which loads it again).
 */
for (const report of loadSite().reports) {
  test.describe(`${report.paths.page} with every chart drawn`, () => {
    test.describe.configure({ mode: 'default' });
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      page = await browser.newPage();
      await page.goto(report.paths.page);
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(reachEveryChart);
    });
    test.afterAll(async () => {
      await page?.close();
    });

    test(`${report.paths.page}: every value label is nearest its own point and covers no other point`, async () => {
      const figures = page.locator('.figure');
      expect(await figures.count()).toBe(report.figures.size);
      const problems: string[] = [];
      for (const figure of await figures.all()) {
        const id = await figure.getAttribute('id');
        const svg = figure.locator('.chart:visible svg.chart-svg');
        await expect(svg, id!).toHaveCount(1);
        // Each row's label as drawn, from the data table: its value, 报告：… (the text's noun) for a claim.
        const noun = report.data.noun;
        const data = await figure.evaluate(
          (fig, [claim, noun]): ChartData => {
            const chart = [...fig.querySelectorAll<HTMLElement>('.chart')].find((c) => c.checkVisibility())!;
            const values: Record<string, string> = {};
            for (const tr of fig.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
              const value = tr.querySelector('.num')!.textContent!.trim();
              const kind = [...tr.cells].some((td) => td.textContent!.trim() === claim);
              values[tr.dataset.row!] = kind ? `${noun}：${value}` : value;
            }
            return { rows: JSON.parse(chart.dataset.rows!), values };
          },
          [kindLabel('report-claim', noun), noun] as const,
        );
        expect(Object.keys(data.values).length, id!).toBeGreaterThan(0);
        problems.push(...(await svg.evaluate(labelMarkProblems, data)).map((p) => `${id}: ${p}`));
      }
      expect(problems).toEqual([]);
    });

    // The first report's figures (FIGURES), on its page.
    if (report.id !== 'wechat-jd') return;

    test('chart text stays legible (≥ 11 px) at this width', async () => {
      const smallest = await page.evaluate(() => {
        let min = Infinity;
        for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
          if (!svg.checkVisibility()) continue;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          for (const t of svg.querySelectorAll('text')) {
            if (t.textContent?.trim()) min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
          }
        }
        return min;
      });
      expect(smallest).toBeGreaterThanOrEqual(11);
      expect(smallest).toBeLessThan(20);
    });

    test('each figure’s data downloads as CSV (UTF-8 with BOM) and JSON, with units and sources', async ({
      request,
    }) => {
      for (const f of FIGURES) {
        const link = page.locator(`#${f.id} a[download][href$=".csv"]`);
        // Saved under the file's own name (the link's `download` names none: the address gives it).
        const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(file.suggestedFilename()).toBe(`${f.id}.csv`);
        const csv = await request.get((await link.getAttribute('href'))!);
        expect(csv.ok()).toBe(true);
        const bytes = await csv.body();
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.subarray(3).toString('utf8');
        expect(text.split('\r\n')[0]).toContain('单位');
        expect(text.split('\r\n').filter(Boolean)).toHaveLength(f.rows + 1);

        const json = await request.get(
          (await page.locator(`#${f.id} a[download][href$=".json"]`).getAttribute('href'))!,
        );
        const data = await json.json();
        expect(data.id).toBe(f.id);
        const points = data.series.flatMap((s: { points: unknown[] }) => s.points);
        expect(points).toHaveLength(f.rows);
        for (const p of points) {
          expect(p.unit).toBeTruthy();
          expect(p.source.type === 'public' ? p.source.url : p.source.paragraph).toBeTruthy();
        }
      }
    });

    test('chart labels overlap no other label, event line or axis at this width', async () => {
      for (const f of FIGURES) {
        const svg = page.locator(`#${f.id} .chart:visible svg.chart-svg`);
        await expect(svg).toHaveCount(1);
        expect(await chartOverlaps(svg), f.id).toEqual([]);
      }
    });
  });
}
