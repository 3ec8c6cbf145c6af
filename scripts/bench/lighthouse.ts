/**
 * Lighthouse runs for the bench: mobile and desktop, the four categories, and the key metrics. Each page
 * is run several times and each figure is the median of its runs: on a shared 2-core machine single runs
 * of TBT vary by a factor of three. (Lighthouse's `computeMedianRun` picks one run by FCP and TTI, which
 * says nothing about TBT.)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/integrations/chromium/chromium.ts';

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
  /** How many runs the medians were taken from. */
  runs: number;
}

type LighthouseReport = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(urls: string[], runs = 3): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const lhrs: LighthouseReport[] = [];
        for (let i = 0; i < runs; i++) {
          const runner = await lighthouse(
            url,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          lhrs.push(runner!.lhr);
        }
        const metric = (audit: string) => median(lhrs.map((lhr) => lhr.audits[audit]?.numericValue ?? NaN));
        const lcpMs = metric('largest-contentful-paint');
        // The LCP element of the run whose LCP is the median.
        const lcpRun = lhrs.find((lhr) => lhr.audits['largest-contentful-paint']?.numericValue === lcpMs);
        results.push({
          url,
          formFactor,
          scores: Object.fromEntries(
            CATEGORIES.map((c) => [
              c,
              Math.round(median(lhrs.map((lhr) => lhr.categories[c]?.score ?? NaN)) * 100),
            ]),
          ),
          fcpMs: metric('first-contentful-paint'),
          lcpMs,
          lcpElement: lcpElement(lcpRun?.audits['lcp-breakdown-insight']?.details),
          cls: metric('cumulative-layout-shift'),
          tbtMs: metric('total-blocking-time'),
          runs,
        });
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/** The median of the values a run produced (a failed run gives NaN and is left out). */
function median(values: number[]): number {
  const v = values.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
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
