/**
 * Every figure of every report (the content with the test fixture's real article added), both drawings
 * (wide and narrow), in Chromium at their natural size: each value label is nearest its own point and
 * covers no other (the same check as tests/e2e/figures.spec.ts on the built pages).
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureSvg } from '../../src/charts/render.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/integrations/chromium/chromium.ts';
import { drawnFigure } from '../../src/charts/index.ts';
import { pointsOf } from '../../src/lib/figures.ts';
import { labelMarkProblems, type ChartData } from '../helpers/chart-overlaps.ts';
import { allFigures } from '../helpers/figures.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(allFigures())('%s', (_key, fig) => {
  it.each(['wide', 'narrow'] as const)('%s: every value label is nearest its own point', async (variant) => {
    const { svg, layout, rows } = figureSvg(drawnFigure(fig), variant, `t-${fig.id}`);
    // Each row's label as drawn: its value, 报告：… (the text's noun) for a claim of the text.
    const values = Object.fromEntries(
      pointsOf(fig).map((p) => [
        p.row,
        p.kind === 'report-claim' ? `${fig.publication.noun}：${p.valueText}` : p.valueText,
      ]),
    );
    const page = await browser.newPage({ viewport: { width: layout.width, height: layout.height } });
    try {
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><body style="margin:0;font-family:'Noto Sans CJK SC',sans-serif">` +
          `<div style="width:${layout.width}px">${svg}</div></body></html>`,
      );
      const data: ChartData = { rows, values };
      const labelled = await page.$$eval(
        'svg text',
        (ts, v) => ts.filter((t) => v.includes(t.textContent!.trim())).length,
        Object.values(values),
      );
      expect(labelled).toBeGreaterThan(0);
      expect(await page.$eval('svg', labelMarkProblems, data)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
