/**
 * The figures' pictures after the build (`<report>/data/<figure>.svg`, src/charts/picture.ts): each SVG
 * gets its font — Noto Sans SC cut to the picture's own characters, as WOFF2 in an `@font-face` inside
 * the SVG under the picture's own family name — so it draws the same glyphs wherever it is opened; then
 * Chromium photographs it at twice its size as `<figure>.png` beside it (chromium-assets.ts runs this and
 * keeps both files in the build cache).
 */
import { decodeXML } from 'entities';
import type { Page } from 'playwright-core';
import { PICTURE_FONT, PICTURE_SCALE } from '../../charts/picture.ts';
import { subsetPrintFont } from '../pdf/subset.ts';

/** A picture's file in dist/: `data/<figure>.svg` of any report. */
export const isPictureFile = (file: string): boolean => /(^|\/)data\/[^/]+\.svg$/.test(file);

/** The PNG beside a picture's SVG. */
export const pngOf = (svgFile: string): string => svgFile.replace(/\.svg$/, '.png');

/** The size of a picture (its root's width and height, in SVG units = CSS pixels). */
export function pictureSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="(\d+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="(\d+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error(`a figure picture without its size: ${root}`);
  return { width, height };
}

/** The characters a picture sets, by weight (its bold text: the title), with the digits and ASCII marks. */
export function pictureChars(svg: string): { 400: string; 700: string } {
  const chars = { 400: new Set<string>(), 700: new Set<string>() };
  for (const m of svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g))
    for (const ch of decodeXML(m[2]!)) chars[/font-weight="700"/.test(m[1]!) ? 700 : 400].add(ch);
  return { 400: [...chars[400]].sort().join(''), 700: [...chars[700]].sort().join('') };
}

/** The picture with its font inside: an `@font-face` per weight with the cut font as a data: address. */
export async function withPictureFont(svg: string): Promise<string> {
  if (svg.includes('@font-face')) return svg;
  const chars = pictureChars(svg);
  const weights = ([400, 700] as const).filter((w) => chars[w]);
  const fonts = await Promise.all(weights.map((w) => subsetPrintFont(w, chars[w], 'woff2')));
  const faces = weights
    .map(
      (w, i) =>
        `@font-face{font-family:'${PICTURE_FONT}';font-weight:${w};` +
        `src:url(data:font/woff2;base64,${fonts[i]!.toString('base64')}) format('woff2')}`,
    )
    .join('');
  return svg.replace(/(<svg\b[^>]*>)/, `$1<defs><style>${faces}</style></defs>`);
}

/**
 * The PNG of a picture: `page` (in a context with deviceScaleFactor PICTURE_SCALE) opens the SVG at its
 * own size, waits for its font, and is photographed whole.
 */
export async function photographPicture(page: Page, url: string, svg: string): Promise<Buffer> {
  const { width, height } = pictureSize(svg);
  await page.setViewportSize({ width, height });
  await page.goto(url, { waitUntil: 'load' });
  const ready = await page.evaluate(async (family) => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family.replace(/["']/g, '') === family && f.status === 'loaded');
  }, PICTURE_FONT);
  if (!ready) throw new Error(`${url}: the picture's font did not load`);
  const png = await page.screenshot({ type: 'png' });
  if (png.readUInt32BE(16) !== width * PICTURE_SCALE)
    throw new Error(`${url}: photographed at ${png.readUInt32BE(16)} px wide, not ${width * PICTURE_SCALE}`);
  return png;
}
