import { describe, expect, it } from 'vitest';
import {
  contentHash,
  fontFaceCss,
  hashedName,
  printedCharacters,
  inlinePrintCss,
  printSheetOf,
  withoutPrintFontHashes,
} from '../../src/integrations/pdf/print-fonts.ts';

describe('printedCharacters', () => {
  it('collects every character of the sources, decodes character references, adds printable ASCII', () => {
    const chars = printedCharacters(['<p title="标题">微信&#x4eac;东 &amp; &mdash;</p>', "content:'〔'"]);
    for (const c of '标题微信京东&—〔') expect(chars).toContain(c);
    for (const c of ' ~AZaz09/:') expect(chars).toContain(c);
    expect(chars).not.toMatch(/[\n\t]/);
  });

  it('is sorted and without duplicates, so it can key a cache', () => {
    const chars = printedCharacters(['京京微', '微京']);
    expect([...chars]).toEqual([...new Set(chars)]);
    expect(printedCharacters(['微京'])).toBe(printedCharacters(['京', '微']));
    const cps = [...chars].map((c) => c.codePointAt(0)!);
    expect(cps).toEqual([...cps].sort((a, b) => a - b));
  });
});

describe('hashed names', () => {
  it('are name.<8 characters of the content hash>.ext and change with the content', () => {
    expect(hashedName('print', 'css', 'a{}')).toMatch(/^print\.[\w-]{8}\.css$/);
    expect(hashedName('print', 'css', 'a{}')).toBe(`print.${contentHash('a{}')}.css`);
    expect(contentHash('a{}')).not.toBe(contentHash('b{}'));
  });
});

describe('fontFaceCss', () => {
  it('writes one @font-face rule per weight for the print family', () => {
    const css = fontFaceCss([
      { weight: 400, url: '/fonts/a.woff2' },
      { weight: 700, url: '/fonts/b.woff2' },
    ]);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain("font-family:'Report Print Sans'");
    expect(css).toContain("font-weight:700;font-display:block;src:url(/fonts/b.woff2) format('woff2')");
  });
});

describe('inlinePrintCss', () => {
  it('puts the print stylesheet in place of its link, and touches nothing else', () => {
    const html =
      '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/print.css" media="print"><a href="/print.css">x</a>';
    // `$&` would be a replacement pattern in String.replace: the sheet goes in as written.
    expect(inlinePrintCss(html, '@page{margin:1cm}a::after{content:"$&"}')).toBe(
      '<link rel="icon" href="/favicon.svg"><style media="print">@page{margin:1cm}a::after{content:"$&"}</style><a href="/print.css">x</a>',
    );
  });

  it('is read back by printSheetOf', () => {
    const page = inlinePrintCss('<link rel="stylesheet" href="/print.css" media="print"><p>x</p>', 'a>b{}');
    expect(printSheetOf(page)).toBe('a>b{}');
    expect(printSheetOf('<style>a{}</style>')).toBeUndefined();
  });

  it('fails on a page without the link, and on a sheet that would end the style element', () => {
    expect(() => inlinePrintCss('<link rel="stylesheet" href="/x.css">', 'a{}')).toThrow(/print\.css/);
    expect(() =>
      inlinePrintCss('<link rel="stylesheet" href="/print.css" media="print">', 'a{content:"</style>"}'),
    ).toThrow(/<\/style/);
  });
});

describe('withoutPrintFontHashes', () => {
  it('takes the content hash out of the print fonts’ names, and out of nothing else', () => {
    const css = fontFaceCss([
      { weight: 400, url: `/fonts/${hashedName('noto-sans-sc-400', 'woff2', 'a')}` },
      { weight: 700, url: `/fonts/${hashedName('noto-sans-sc-700', 'woff2', 'b')}` },
    ]);
    const other = '<script src="/_astro/page.Ab_9-xYz.js"></script><link href="/fonts/other.Ab_9-xYz.woff2">';
    const masked = withoutPrintFontHashes(`<style media="print">${css}</style>${other}`);
    expect(masked).toContain('src:url(/fonts/noto-sans-sc-400.woff2)');
    expect(masked).toContain('src:url(/fonts/noto-sans-sc-700.woff2)');
    expect(masked).toContain(other);
    // Pages that differ only by the print fonts' subsets key alike; any other difference keys apart.
    const withFont = (hash: string) =>
      `<p>微信</p><style>src:url(/fonts/noto-sans-sc-400.${hash}.woff2)</style>`;
    expect(withoutPrintFontHashes(withFont('AAAAAAAA'))).toBe(withoutPrintFontHashes(withFont('b-C_dEfG')));
    expect(withoutPrintFontHashes(withFont('AAAAAAAA'))).not.toBe(
      withoutPrintFontHashes(withFont('AAAAAAAA').replace('微信', '京东')),
    );
  });
});
