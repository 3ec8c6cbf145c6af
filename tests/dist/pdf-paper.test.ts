/**
 * Every printed report of the build (each page that links its PDF), read as paper: its links go to the
 * site's public address, inside the document or to outside sources, never to the build's own server; its
 * cover carries the QR code of the report's address only when the site has one; the running header is on
 * every page but the cover;
 * no page ends with a heading or an expert's attribution line; table cells have room for two
 * characters; dates and tokens such as 20-F are not broken across lines; no page is left more than a
 * third empty but the last and the one before a part that starts a page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATA_APPENDIX } from '../../src/integrations/pdf/appendix.ts';
import { comparableText } from '../../src/lib/text/typography.ts';
import { dist, htmlPages } from '../helpers/dist.ts';
import { RUNNING_BAND_MM } from '../../src/integrations/pdf/page-text.ts';
import { bodyText, popplerPages, readWithPdfjs, run } from '../helpers/pdf.ts';
import { decodeQr, pdfPagePng } from '../helpers/qr.ts';
import {
  badLinks,
  brokenTokens,
  emptyFoot,
  htmlText,
  keepWithNext,
  narrowCells,
  pagesEndingWith,
  pdfLinks,
  sitePathsLinked,
} from '../helpers/pdf-paper.ts';

vi.setConfig({ testTimeout: 120_000 });

const reports = htmlPages().flatMap((p) => {
  const href = /<link rel="alternate" type="application\/pdf" href="([^"]+)"/.exec(p.html)?.[1];
  return href ? [{ ...p, pdf: join(dist, decodeURIComponent(href)) }] : [];
});
/** The public address the build published (the pages' canonical links), or null. */
const siteUrlOf = (html: string) => {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  return canonical ? new URL('/', canonical).href : null;
};

describe('the printed reports', () => {
  it('are built, one per report page', () => {
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) expect(existsSync(r.pdf), r.pdf).toBe(true);
  });
});

describe.each(reports.map((r) => [r.pdf.slice(dist.length), r] as const))('%s', (_, report) => {
  it('links to the public site, inside itself or to sources, never to the build server', async () => {
    const links = await pdfLinks(report.pdf);
    expect(links.length).toBeGreaterThan(0);
    const site = siteUrlOf(report.html);
    const paths = sitePathsLinked(report.html, report.path);
    expect(badLinks(links, site, paths)).toEqual([]);
    // Without a public address, a link to another page of the site is no link at all.
    if (!site) expect(links.filter((l) => l.uri && !/^https?:\/\//.test(l.uri))).toEqual([]);
  });

  it('carries on its cover the QR code of the report’s public address, and none without one', () => {
    // Read from the cover's pixels; the page's canonical link is its public address, when it has one.
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(report.html)?.[1] ?? null;
    expect(decodeQr(pdfPagePng(report.pdf))).toBe(canonical);
  });

  it('prints the running header on every page but the cover', () => {
    const band = Math.ceil((RUNNING_BAND_MM / 25.4) * 72);
    const top = (page: number) =>
      run('pdftotext', [
        '-enc',
        'UTF-8',
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        '-y',
        '0',
        '-W',
        '600',
        '-H',
        `${band}`,
        report.pdf,
        '-',
      ]).trim();
    expect(top(1)).toBe('');
    expect(top(2)).not.toBe('');
  });

  it('ends no page (but the last) with a heading or an attribution line', () => {
    const { headings, attributions } = keepWithNext(report.html);
    const pages = popplerPages(report.pdf);
    expect(pagesEndingWith(pages, [...headings, ...attributions])).toEqual([]);
  });

  it('gives every table cell room for two characters and breaks no date or token such as 20-F', async () => {
    const read = await readWithPdfjs(readFileSync(report.pdf));
    expect(narrowCells(read)).toEqual([]);
    expect(brokenTokens(bodyText(read))).toEqual([]);
    expect(brokenTokens(popplerPages(report.pdf))).toEqual([]);
  });

  it('leaves no page more than a third empty, but the last and those before a part that starts a page', () => {
    // The parts print.css starts on a page of their own: the printed contents (after the cover), the
    // citations and the appendix of data tables.
    const navHeading = /<nav\b[^>]*aria-labelledby="([^"]+)"/.exec(report.html)?.[1] ?? '';
    const contents = comparableText(
      htmlText(new RegExp(`<h2 id="${navHeading}"[^>]*>([\\s\\S]*?)</h2>`).exec(report.html)?.[1] ?? ''),
    );
    const startsPage = [
      contents,
      htmlText(/<h2 id="cite-heading"[^>]*>([\s\S]*?)<\/h2>/.exec(report.html)?.[1] ?? ''),
      DATA_APPENDIX.title,
    ]
      .map(comparableText)
      .filter(Boolean);
    const text = popplerPages(report.pdf).map(comparableText);
    const shares = emptyFoot(report.pdf, { top: 20, bottom: 22 });
    const empty = shares.flatMap((share, i) => {
      if (i === shares.length - 1 || share <= 1 / 3) return [];
      // The page before such a part, and the printed contents (the body starts after them).
      if (startsPage.some((s) => text[i + 1]?.startsWith(s))) return [];
      if (contents && text[i]!.startsWith(contents)) return [];
      return [`page ${i + 1}: ${Math.round(share * 100)}% empty`];
    });
    expect(empty).toEqual([]);
  });
});
