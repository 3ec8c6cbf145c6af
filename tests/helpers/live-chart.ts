/** Opening a figure's interactive chart (交互查看) in a Playwright page, as a reader does. */
import { expect, type Page } from '@playwright/test';

/**
 * Scrolls to the figure and opens its interactive chart. The button comes with the figure's code, which
 * loads as the reader gets near the figure. A jump straight after load can land off while the blocks
 * around it are drawn for the first time (their reserved heights give way to real ones), so the jump is
 * repeated until the figure is near, as a reader would scroll back to it. The chart's code (ECharts, the
 * largest chunk, loaded only on this click) is given 20 s to arrive on a busy 2-core machine: how fast it
 * comes is the bench's to measure, not this test's.
 */
export async function openLiveChart(page: Page, figure: string): Promise<void> {
  const button = page.locator(`#${figure}`).getByRole('button', { name: '交互查看' });
  await expect(async () => {
    await page.locator(`#${figure}`).scrollIntoViewIfNeeded();
    await expect(button).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await button.click();
  await expect(page.locator(`#${figure} .chart--live svg`)).toBeVisible({ timeout: 20_000 });
}
