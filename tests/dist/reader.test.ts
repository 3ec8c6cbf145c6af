/**
 * Reading tools: Firefox's Reader View runs Mozilla Readability over the page. What it extracts from the
 * built pages must be the report's words — every paragraph of the source — without the page's controls:
 * the copy-link glyphs (¶, #), the data tables' disclosure labels (数据表（N项）) and the download lines.
 */
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../src/model/checks/verbatim.ts';
import { comparableText } from '../../src/lib/text/typography.ts';
import { htmlPages } from '../helpers/dist.ts';

const source = readFileSync(new URL('../../content/reports/wechat-jd/source.txt', import.meta.url), 'utf8');

function readerView(html: string) {
  const { window } = new JSDOM(html, { url: 'http://127.0.0.1/' });
  const article = new Readability(window.document).parse();
  if (!article?.textContent) throw new Error('Readability found no article');
  return { ...article, textContent: article.textContent };
}

const pages = htmlPages().filter((p) => p.path === '/' || p.path.startsWith('/experts/'));

describe.each(pages.map((p) => [p.path, p] as const))('%s in reader mode', (path, page) => {
  const article = readerView(page.html);

  it('has no control glyphs or labels in its text', () => {
    expect(article.textContent).not.toMatch(/[¶#]/);
    expect(article.textContent).not.toContain('数据表（');
    expect(article.textContent).not.toContain('下载数据');
    expect(article.textContent).not.toContain('复制');
  });

  if (path === '/') {
    it('keeps the report: the first sentence of every paragraph of the source, in order', () => {
      const text = comparableText(article.textContent);
      // The credit lines (出品 | 网经社 …) are the page's header, which reader modes show as the byline.
      const lines = sourceLines(source).filter((l) => !l.includes(' | '));
      expect(lines.length).toBeGreaterThan(30);
      let from = 0;
      for (const line of lines) {
        const first = comparableText(/^.+?[。！？]|^.+$/u.exec(line)![0]);
        const at = text.indexOf(first, from);
        expect(at, `missing or out of order: ${first}`).toBeGreaterThanOrEqual(0);
        from = at + first.length;
      }
    });

    it('keeps the figures’ titles and data, and the report’s title and publisher', () => {
      for (const title of ['腾讯持有京东股份比例', '京东GMV与移动/微信渠道', '京东估值与市值']) {
        expect(article.textContent).toContain(title);
      }
      // The data tables stay (their rows are content; only the disclosure's label is a control).
      expect(article.content).toContain('<table');
      expect(article.title).toContain('微信京东十年“联姻”落幕');
      // The byline is the writer with the publisher, as the masthead and the PDF credit them.
      expect(article.byline).toBe('无痕（网经社）');
    });
  }
});
