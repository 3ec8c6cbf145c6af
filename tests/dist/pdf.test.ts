/**
 * The printed report (/wechat-jd-report.pdf, made by the build with Chromium): A4, tagged, outlined,
 * fonts embedded, every heading and sentence of the article in its text. Its first pages are rendered to
 * PNG in test-results/pdf/ for review.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../src/lib/content/integrity.ts';
import { comparableText } from '../../src/lib/text/typography.ts';
import { dist } from '../helpers/dist.ts';

const pdf = join(dist, 'wechat-jd-report.pdf');
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const source = readFileSync(
  new URL('../../content/sources/wechat-jd-report.zh.txt', import.meta.url),
  'utf8',
);

describe('the PDF', () => {
  it('is built', () => {
    expect(existsSync(pdf), 'dist/wechat-jd-report.pdf: the build prints it when Chromium is available').toBe(
      true,
    );
  });

  it('has its title and author, A4 pages in a sane number, and is tagged', () => {
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/^Title:\s+微信京东十年“联姻”落幕——网经社独家解读报告$/m);
    expect(info).toMatch(/^Author:\s+无痕（网经社）$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(40);
  });

  it('embeds its fonts, the CJK ones as real fonts (no Type 3 glyph fonts)', () => {
    const rows = run('pdffonts', [pdf]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row, row).not.toMatch(/Type 3/);
      expect(row, row).toMatch(/\syes\s+yes\s+yes\s+\d+\s+\d+$/); // emb sub uni, object id
    }
    expect(rows.some((r) => /NotoSansSC/.test(r))).toBe(true);
  });

  it('contains every heading and every sentence of the article as searchable text', () => {
    // Pages joined without their running header and footer (title, 网经社独家解读报告, "n / N").
    const pages = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']).split('\f');
    const running = /^(微信京东十年“联姻”落幕|网经社独家解读报告|\d+ \/ \d+)$/;
    const body = pages.map((p, i) =>
      i === 0
        ? p
        : p
            .split('\n')
            .filter((l) => !running.test(l.trim()))
            .join('\n'),
    );
    const text = comparableText(body.join('\n'));
    const missing: string[] = [];
    for (const line of sourceLines(source)) {
      for (const sentence of line.split(/(?<=[。！？])/)) {
        const s = comparableText(sentence);
        if (s && !text.includes(s)) missing.push(sentence);
      }
    }
    expect(missing).toEqual([]);
    expect(text).toContain(comparableText('图1腾讯持有京东股份比例'));
  });

  it('has an outline (bookmarks) that follows the table of contents', async () => {
    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
    const titles: string[] = [];
    const walk = (item: PDFDict | undefined) => {
      for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        const t = node.lookup(PDFName.of('Title'));
        if (t instanceof PDFHexString || t instanceof PDFString) titles.push(t.decodeText());
        walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
      }
    };
    const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
    walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
    const flat = titles.map((t) => t.replace(/\s+/g, ''));
    for (const heading of [
      '十年合作历程：从流量红利到战略分化',
      '京东的短期阵痛与腾讯电商战略跃迁',
      '竞合新生态：互联网巨头走向“动态平衡”',
      '【小贴士】',
      '合作时间线',
      '专家观点一览',
    ]) {
      expect(
        flat.some((t) => t.startsWith(heading)),
        heading,
      ).toBe(true);
    }
    expect(doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)).toBeDefined();
    expect(PDFArray).toBeDefined();
  });

  it('renders its first pages to PNG for review (test-results/pdf/)', () => {
    const out = new URL('../../test-results/pdf/', import.meta.url).pathname;
    mkdirSync(out, { recursive: true });
    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdf, join(out, 'page')]);
    expect(existsSync(join(out, 'page-01.png')) || existsSync(join(out, 'page-1.png'))).toBe(true);
  });
});
