/**
 * A figure's picture to download (src/charts/picture.ts), for every figure of every report: a standalone
 * SVG of fixed size whose text (its <text> elements, parsed) gives the number and title, the sources line,
 * the credit as the embed page words it and, only with a public address, the figure's address; drawn in
 * the light theme (no theme rules of the page). Its font and PNG come from the build
 * (tests/build/pictures.test.ts).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/charts/labels.ts';
import { figurePicture, PICTURE_BACKGROUND, pictureSources, wrapText } from '../../src/charts/picture.ts';
import { LIGHT } from '../../src/charts/theme.ts';
import { embedCredit } from '../../src/lib/embed.ts';
import { publicSources, reportParagraphs } from '../../src/lib/figures.ts';
import { pictureChars, pictureSize } from '../../src/integrations/chromium/pictures.ts';
import { allFigures } from '../helpers/figures.ts';

/** The picture parsed as XML: its root and the lines of its own text (outside the drawing). */
function parse(svg: string) {
  const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
  const root = doc.documentElement;
  const own = [...root.children].filter((e) => e.tagName === 'text').map((e) => e.textContent ?? '');
  return { root, own, all: [...root.querySelectorAll('text')].map((e) => e.textContent ?? '') };
}

const ADDRESS = 'https://reports.example.org/s/fig-x/';

describe.each(allFigures())('%s: its picture', (_key, fig) => {
  const { svg, width, height } = figurePicture(fig, { address: ADDRESS });
  const { root, own, all } = parse(svg);
  const text = own.join('');

  it('is a standalone SVG of fixed size, light, with its title', () => {
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([`${width}`, `${height}`]);
    expect(root.querySelector('title')?.textContent).toBe(`图${fig.number}：${fig.title}`);
    // A background of its own, and no style that could follow the reader's theme.
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe(PICTURE_BACKGROUND);
    expect(svg).not.toMatch(/prefers-color-scheme|var\(--/);
    expect(svg).toContain(`fill="${LIGHT.text}"`);
  });

  it('says its number and title, sources and credit in its text', () => {
    const flat = (s: string) => s.replace(/\s/g, '');
    expect(flat(text).startsWith(flat(`图${fig.number}　${fig.title}`))).toBe(true);
    expect(flat(text)).toContain(flat(pictureSources(fig)));
    for (const s of publicSources(fig)) expect(flat(text)).toContain(flat(s.publisherText));
    for (const p of reportParagraphs(fig)) expect(flat(text)).toContain(flat(p.name));
    expect(flat(text)).toContain(flat(`${embedCredit(fig)}。`));
    expect(text).toContain('图表整理：');
    // The drawing's own labels are there too (axes, values).
    expect(all.length).toBeGreaterThan(own.length);
  });

  it('gives the address only when there is one', () => {
    expect(own).toContain(ADDRESS);
    const without = parse(figurePicture(fig).svg).own;
    expect(without.some((l) => l.includes('http'))).toBe(false);
    expect(without.length).toBe(own.length - 1);
  });

  it('keeps every line of its text inside the picture', () => {
    for (const t of root.querySelectorAll(':scope > text')) {
      const x = Number(t.getAttribute('x'));
      const size = Number(t.getAttribute('font-size'));
      expect(x + textWidth(t.textContent ?? '', size), t.textContent ?? '').toBeLessThanOrEqual(width);
      expect(Number(t.getAttribute('y'))).toBeLessThan(height);
    }
  });
});

describe('wrapText', () => {
  it('breaks between CJK characters and Latin words, never before closing or after opening punctuation', () => {
    const lines = wrapText(
      '来源：JD.com Investor Relations，About JD.com（公司官网）；IT-Online（IDC分析）。',
      150,
      12,
    );
    expect(lines.length).toBeGreaterThan(2);
    const flat = (s: string) => s.replace(/\s/g, '');
    expect(flat(lines.join(''))).toBe(
      flat('来源：JD.com Investor Relations，About JD.com（公司官网）；IT-Online（IDC分析）。'),
    );
    for (const l of lines) {
      expect(textWidth(l, 12)).toBeLessThanOrEqual(150);
      expect(l).not.toMatch(/^[，。、；：）》”]|[（《“]$/);
    }
    // Words stay whole.
    for (const word of ['Investor', 'Relations', 'JD.com', 'IT-Online'])
      expect(
        lines.some((l) => l.includes(word)),
        word,
      ).toBe(true);
  });

  it('breaks a word longer than a line between its characters', () => {
    const url = 'https://reports.example.org/reports/jiaju-shuangshiyi-2017/s/fig-luolai-quarterly/';
    const lines = wrapText(url, 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
  });
});

describe('the picture’s font (cut by the build to the characters it sets)', () => {
  it('is cut per weight to the text of the picture, entities decoded', () => {
    const { svg } = figurePicture(allFigures()[0]![1], { address: ADDRESS });
    const chars = pictureChars(svg);
    const fig = allFigures()[0]![1];
    for (const ch of `图${fig.number}${fig.title}`.replace(/\s/g, '')) expect(chars[700]).toContain(ch);
    for (const ch of `${embedCredit(fig)}${ADDRESS}`) expect(chars[400]).toContain(ch);
    expect(pictureChars('<svg><text font-size="12">A&amp;B&lt;</text></svg>')[400]).toBe('&<AB');
    expect(pictureSize(svg)).toEqual({
      width: Number(/width="(\d+)"/.exec(svg)![1]),
      height: Number(/height="(\d+)"/.exec(svg)![1]),
    });
  });
});
