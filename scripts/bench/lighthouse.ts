/** Lighthouse runs for the bench: mobile and desktop, the four categories, and the key metrics. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/lib/chromium.ts';

export interface LighthouseResult {
  url: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<string, number>;
  fcpMs: number;
  lcpMs: number;
  /** What Lighthouse reports as the largest contentful paint element. */
  lcpElement: string;
  cls: number;
  tbtMs: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(urls: string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const runner = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = runner!.lhr;
        results.push({
          url,
          formFactor,
          scores: Object.fromEntries(
            CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
          ),
          fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          lcpElement: lcpElement(lhr.audits['lcp-breakdown-insight']?.details),
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        });
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/** The selector and text of the LCP element, from the `lcp-breakdown-insight` audit (Lighthouse 13). */
function lcpElement(details: unknown): string {
  const find = (v: unknown): { selector?: string; snippet?: string } | undefined => {
    if (!v || typeof v !== 'object') return undefined;
    const o = v as Record<string, unknown>;
    if (o.type === 'node') return o as { selector?: string; snippet?: string };
    for (const child of Object.values(o)) {
      const hit = Array.isArray(child) ? child.map(find).find(Boolean) : find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  const node = find(details);
  return node ? (node.selector ?? node.snippet ?? 'unknown') : 'unknown';
}
