/**
 * The print fonts: Noto Sans SC (the simplified-Chinese cut of Noto Sans CJK, from @fontsource/noto-sans-sc),
 * self-hosted and used only by print.css. Chromium embeds TrueType-outline web fonts in PDFs as real,
 * searchable fonts, whereas the system's OpenType/CFF Noto CJK would be turned into Type 3 glyphs.
 * The font comes in unicode-range slices, so a printout loads only the slices its text needs.
 */

/** The family name print.css uses. */
export const PRINT_FAMILY = 'Report Print Sans';

export interface FontSlice {
  /** File name of the woff2 slice in the package's files/ folder. */
  file: string;
  weight: number;
  unicodeRange: string;
}

/** The woff2 slices of a fontsource weight stylesheet (e.g. 400.css). */
export function parseFontsourceCss(css: string): FontSlice[] {
  const out: FontSlice[] = [];
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = block[1]!;
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1]);
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim();
    if (file && weight && range) out.push({ file, weight, unicodeRange: range });
  }
  return out;
}

/** @font-face rules for the slices, served from `base`. */
export function fontFaceCss(slices: FontSlice[], base: string): string {
  return slices
    .map(
      (s) =>
        `@font-face{font-family:'${PRINT_FAMILY}';font-style:normal;font-weight:${s.weight};font-display:block;src:url(${base}${s.file}) format('woff2');unicode-range:${s.unicodeRange}}`,
    )
    .join('\n');
}
