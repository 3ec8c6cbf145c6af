/**
 * With a public address (here from the deploy's SITE_URL, as a static host would set it; content/site.yaml
 * `url` and the hosts' own variables go through the same src/lib/site-url.ts), the build uses it: canonical links, share images, the
 * sitemap, citations, absolute links in downloads and the PDFs' links to the site's pages. Without one
 * (the committed content), nothing absolute is published — tests/dist checks that on the real build.
 * Never `localhost`, either way. Built with the test fixture's real article added, so the sitemap is
 * checked against pages of two reports, and both reports are printed (with Chromium, when it is there).
 * It is the build tests/build/two-reports.test.ts reads (tests/helpers/build.ts `siteWithFixture`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../src/integrations/chromium/chromium.ts';
import { PUBLIC_URL as URL_, siteWithFixture } from '../helpers/build.ts';
import { badLinks, LOCAL_ADDRESS, pdfLinks, sitePathsLinked } from '../helpers/pdf-paper.ts';

let out = '';
let status: number | null = null;
let log = '';

// The same build as tests/build/two-reports.test.ts's site with two reports (made once per run).
beforeAll(() => {
  ({ out, status, output: log } = siteWithFixture());
});

const read = (p: string) => readFileSync(join(out, p), 'utf8');

describe('a build with a public address', () => {
  it('builds without the missing-address warning', () => {
    expect(status).toBe(0);
    expect(log).not.toMatch(/no public address/);
    expect(log).toContain(`public address ${URL_} (from SITE_URL)`);
  });

  /** Every page's address from the files: `x/index.html` → `${URL_}x/`. */
  const htmlPages = () =>
    readdirSync(out, { recursive: true, encoding: 'utf8' })
      .map((f) => f.replaceAll('\\', '/'))
      .filter((f) => f.endsWith('.html') && f !== '404.html')
      .map((f) => `${URL_}${f.replace(/(^|\/)index\.html$/, '$1')}`)
      .sort();

  it('gives every page its canonical URL and absolute share image', () => {
    const html = read('index.html');
    expect(html).toContain(`<link rel="canonical" href="${URL_}">`);
    expect(html).toContain(`<meta property="og:image" content="${URL_}og/report.png">`);
    expect(read('s/fig-stake/index.html')).toContain(`content="${URL_}og/fig-stake.png"`);
  });

  it('gives a share page the part it stands for as canonical, and its own address as og:url', () => {
    const shares = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .map((f) => f.replaceAll('\\', '/'))
      .filter((f) => /(^|\/)s\/[^/]+\/index\.html$/.test(f));
    expect(shares.length).toBeGreaterThan(5);
    for (const f of shares) {
      const html = read(f);
      const part = /data-share-target="([^"]+)"/.exec(html)![1]!;
      expect(html, f).toContain(`<link rel="canonical" href="${new URL(part, URL_).href}">`);
      expect(html, f).toContain(`<meta property="og:url" content="${URL_}${f.replace(/index\.html$/, '')}">`);
    }
  });

  it('publishes a sitemap of exactly the HTML pages built (both ways), and points robots.txt at it', () => {
    const listed = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.some((p) => p.includes('/reports/jiaju-shuangshiyi-2017/s/'))).toBe(true);
    expect(
      listed.filter((u) => !pages.includes(u)),
      'listed but not built',
    ).toEqual([]);
    expect(
      pages.filter((u) => !listed.includes(u)),
      'built but not listed',
    ).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${URL_}sitemap-index.xml`);
  });

  it('cites the report at this address and the original, and each figure at its anchor', () => {
    const html = read('index.html');
    expect(html).toContain(`[EB/OL]. (2025-09)[引用日期]. ${URL_}. 原文: https://www.100ec.cn/zt//wjly5js/.`);
    expect(html).toContain(`[EB/OL]. (2026-11)[引用日期]. ${URL_}#fig-stake.`);
    // The address on the cover of the printed report, beside its QR code (tests/build/qr.test.ts).
    expect(html).toContain(`<details class="qr"><summary>用手机打开</summary>`);
    expect(html).toContain(`<p>${URL_}</p></details>`);
    expect(read('data/fig-valuation.csv')).toContain(`${URL_}#cooperation-history-p3`);
    // A newspaper article is cited as one, at this site's address (its own page's is not known).
    expect(read('reports/jiaju-shuangshiyi-2017/index.html')).toContain(
      `“双十一”成转型关键节点　家居企业战备升级[N/OL]. 中国经营报, 2017-11[引用日期]. ${URL_}reports/jiaju-shuangshiyi-2017/.`,
    );
  });

  it('publishes no localhost anywhere', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(
      (f) => statSync(join(out, f)).isFile() && /\.(html|xml|txt|json|csv|js|css)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(read(f), f).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it.runIf(existsSync(CHROMIUM_PATH))(
    "prints every report's PDF with its links to the site's pages at this address, none to the build server",
    async () => {
      const reports = readdirSync(out, { recursive: true, encoding: 'utf8' })
        .map((f) => f.replaceAll('\\', '/'))
        .filter((f) => f.endsWith('index.html'))
        .flatMap((f) => {
          const html = read(f);
          const pdf = /<link rel="alternate" type="application\/pdf" href="([^"]+)"/.exec(html)?.[1];
          return pdf ? [{ html, path: `/${f.replace(/index\.html$/, '')}`, pdf: join(out, pdf) }] : [];
        });
      expect(reports.length).toBeGreaterThanOrEqual(2);
      for (const r of reports) {
        const links = await pdfLinks(r.pdf);
        const paths = sitePathsLinked(r.html, r.path);
        // Each report's expert grid links the experts' pages.
        expect(paths.filter((p) => p.startsWith('/experts/')).length, r.pdf).toBeGreaterThan(0);
        expect(badLinks(links, URL_, paths), r.pdf).toEqual([]);
        expect(links.filter((l) => LOCAL_ADDRESS.test(`${l.uri} ${l.contents}`))).toEqual([]);
        // The described links name the public address too.
        const toSite = links.filter((l) => l.uri.startsWith(URL_));
        expect(toSite.length, r.pdf).toBeGreaterThanOrEqual(paths.length);
        for (const l of toSite) expect(l.contents, l.uri).toContain(l.uri);
      }
    },
  );
});
