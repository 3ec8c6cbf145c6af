import { expect, test, type Page } from '@playwright/test';
import {
  expertRowProblems,
  measureExpertRows,
  measureHeadingLines,
  measurePunctuationWidths,
  wordsSplit,
} from '../helpers/layout.ts';

// The same checks as the Firefox pass (tests/firefox/), in Chromium at 1440 px and 360 px.

async function headingsSplitInsideWords(page: Page) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const headings = await page.evaluate(measureHeadingLines);
  expect(headings.length).toBeGreaterThan(0);
  return headings.flatMap((h) => wordsSplit(h).map((split) => `${h.heading}: ${split}`));
}

for (const path of ['/', '/experts/gao-pan/']) {
  test(`${path}: the title and headings break only between words; punctuation keeps full width`, async ({
    page,
  }) => {
    await page.goto(path);
    expect(await headingsSplitInsideWords(page)).toEqual([]);
    const marks = await page.evaluate(measurePunctuationWidths);
    expect(marks.length).toBeGreaterThan(path === '/' ? 100 : 5);
    const narrow = marks.filter((m) => m.em < 0.9).map((m) => `${m.context} ${m.em.toFixed(2)}em`);
    expect(narrow.length, `${narrow.length} of ${marks.length} squeezed: ${narrow.slice(0, 8)}`).toBe(0);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a share page’s title breaks only between words', async ({ page }) => {
    await page.goto('/s/coopetition/');
    expect(await headingsSplitInsideWords(page)).toEqual([]);
  });
});

test('the expert grid’s row headers are table cells on wide screens, cards on phones', async ({
  page,
  isMobile,
}) => {
  await page.goto('/');
  const rows = await page.evaluate(measureExpertRows);
  expect(rows).toHaveLength(8);
  expect(expertRowProblems(rows, !isMobile)).toEqual([]);
});
