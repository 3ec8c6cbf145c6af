/**
 * The print font and stylesheet as built: one subset Noto Sans SC per weight under a content-hashed name,
 * TrueType outlines (so Chromium embeds it in the PDF as a real font), and a glyph for every character
 * the built pages can print — their text (incl. the charts' SVG text), the addresses printed after
 * external links, and the print stylesheet's generated content. A missing glyph would fall back to a
 * system font, which the PDF would carry as Type 3.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { contentHash, printSheetOf } from '../../src/integrations/pdf/print-fonts.ts';
import { dist, htmlPages } from '../helpers/dist.ts';

const pages = htmlPages();
const index = pages.find((p) => p.path === '/')!;
const printCss = printSheetOf(index.html) ?? '';
const faces = [...printCss.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => ({
  family: /font-family:'([^']+)'/.exec(m[1]!)?.[1],
  weight: Number(/font-weight:(\d+)/.exec(m[1]!)?.[1]),
  url: /src:url\(([^)]+)\)/.exec(m[1]!)?.[1] ?? '',
}));

/** The text a page can print: text nodes outside script/style/template, and the href of external links. */
function printableText(html: string): string {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') out.push(node.value);
    if (node.type === 'element' || node.type === 'root') {
      const el = node as Element;
      if (node.type === 'element' && ['script', 'style', 'template'].includes(el.tagName)) return;
      if (node.type === 'element' && el.tagName === 'a' && /^https?:/.test(String(el.properties.href)))
        out.push(String(el.properties.href));
      for (const child of node.children) walk(child);
    }
  };
  walk(fromHtml(html));
  return out.join('\n');
}

/** The strings of the print stylesheet's `content` declarations (running header, link brackets). */
const generatedContent = (css: string): string =>
  [...css.matchAll(/content:([^;}]+)/g)]
    .flatMap((m) => [...m[1]!.matchAll(/"([^"]*)"|'([^']*)'/g)].map((s) => s[1] ?? s[2]!))
    .join('');

describe('the print stylesheet', () => {
  it('is in every page (no request of its own), the same everywhere, and /print.css is gone', () => {
    expect(printCss).not.toBe('');
    for (const page of pages) {
      expect(printSheetOf(page.html), page.path).toBe(printCss);
      expect(page.html, page.path).not.toMatch(/<link[^>]+media="print"/);
    }
    expect(existsSync(join(dist, 'print.css'))).toBe(false);
    expect(readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'))).toEqual([]);
  });

  it('is small: two @font-face rules, one per weight, and the print rules', () => {
    expect(faces.map((f) => [f.family, f.weight])).toEqual([
      ['Report Print Sans', 400],
      ['Report Print Sans', 700],
    ]);
    expect(printCss.length).toBeLessThan(8 * 1024);
    expect(printCss).toContain('@page');
  });
});

describe.each([400, 700])('the print font, weight %i', (weight) => {
  const face = faces.find((f) => f.weight === weight);
  const file = join(dist, face?.url ?? '/missing');
  const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);

  it('is one woff2 file under a content-hashed name', () => {
    expect(face?.url).toMatch(new RegExp(`^/fonts/noto-sans-sc-${weight}\\.[\\w-]{8}\\.woff2$`));
    expect(face!.url).toContain(`.${contentHash(bytes)}.`);
  });

  const font = fontkit.create(bytes) as fontkit.Font;

  it('is Noto Sans SC with TrueType outlines (glyf, not CFF)', () => {
    expect(font.type).toBe('WOFF2');
    expect(font.familyName).toBe('Noto Sans SC');
    const tables = Object.keys((font as unknown as { directory: { tables: object } }).directory.tables);
    expect(tables).toContain('glyf');
    expect(tables).not.toContain('CFF ');
  });

  it('has an outlined glyph for every character the built pages can print', () => {
    const text = [...pages.map((p) => printableText(p.html)), generatedContent(printCss)].join('');
    const chars = [...new Set(text)].filter((c) => !/[\s\p{Cc}\p{Cf}]/u.test(c));
    expect(chars.length).toBeGreaterThan(500);
    const missing = chars.filter((c) => {
      const cp = c.codePointAt(0)!;
      return !font.hasGlyphForCodePoint(cp) || font.glyphForCodePoint(cp).path.commands.length === 0;
    });
    expect(missing.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`)).toEqual([]);
  });

  it('is a subset: far fewer glyphs than the full font', () => {
    expect(font.numGlyphs).toBeLessThan(4000); // the full Noto Sans SC has ~ 30 000
  });
});
