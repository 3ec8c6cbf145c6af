import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { paragraphPrefixForFile } from '../../src/lib/anchors.ts';
import remarkParagraphIds from '../../src/lib/markdown/remark-paragraph-ids.ts';

async function render(markdown: string, path: string): Promise<string> {
  const file = new VFile({ value: markdown, path });
  const out = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkParagraphIds, { prefix: paragraphPrefixForFile })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(out);
}

describe('remarkParagraphIds', () => {
  it('numbers the top-level paragraphs of a section file', async () => {
    const html = await render(
      '一。\n\n> 引用里的段落\n\n二。\n\n| a |\n| - |\n| 1 |\n\n三。',
      '/c/reports/r/sections/overview.mdx',
    );
    const link = (id: string, n: number) =>
      `<a class="anchor anchor--para" href="#${id}" data-copy-link aria-label="复制本段链接：第${n}段"></a>`;
    expect(html).toContain(`<p id="overview-p1">${link('overview-p1', 1)}一。</p>`);
    expect(html).toContain(`<p id="overview-p2">${link('overview-p2', 2)}二。</p>`);
    expect(html).toContain(`<p id="overview-p3">${link('overview-p3', 3)}三。</p>`);
    expect(html).toContain('<p>引用里的段落</p>');
    expect(html).toContain('<table>'); // GFM tables still work
  });

  it('prefixes opinion paragraphs with the opinion anchor', async () => {
    const html = await render('甲。\n\n乙。', '/c/reports/r/opinions/guo-tao-3.mdx');
    expect(html).toContain(
      '<p id="opinion-guo-tao-3-p2"><a class="anchor anchor--para" href="#opinion-guo-tao-3-p2"',
    );
  });

  it('leaves other files alone', async () => {
    expect(await render('甲。', '/c/pages/x.md')).toBe('<p>甲。</p>');
  });
});

describe('paragraph controls: names and tab stops', () => {
  it('names the controls after their part, once, and keeps one tab stop', async () => {
    const { nameParagraphLinks, oneParagraphTabStop } =
      await import('../../src/lib/markdown/paragraph-links.ts');
    const section = await render('一。\n\n二。', '/c/reports/r/sections/overview.mdx');
    const opinion = nameParagraphLinks(
      await render('甲。', '/c/reports/r/opinions/guo-tao-3.mdx'),
      '郭涛的第3条观点',
    );
    const html = oneParagraphTabStop(nameParagraphLinks(section + opinion, '概述"<'));
    const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(labels).toEqual([
      '复制本段链接：概述&quot;&lt;，第1段',
      '复制本段链接：概述&quot;&lt;，第2段',
      '复制本段链接：郭涛的第3条观点，第1段',
    ]);
    expect([...html.matchAll(/<a( tabindex="-1")? class="anchor anchor--para"/g)].map((m) => !!m[1])).toEqual(
      [false, true, true],
    );
  });
});

describe('rehypeUrlLinks', () => {
  it('marks links that show their own address', async () => {
    const { default: rehypeUrlLinks } = await import('../../src/lib/markdown/rehype-url-links.ts');
    const file = new VFile({
      value: '[https://a.example/x](https://a.example/x) 与 [网经社](https://b.example/)',
      path: '/x.md',
    });
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypeUrlLinks)
        .use(rehypeStringify)
        .process(file),
    );
    expect(html).toContain('<a href="https://a.example/x" class="url">https://a.example/x</a>');
    expect(html).toContain('<a href="https://b.example/">网经社</a>');
  });
});
