/**
 * Where the full print font comes from: @expo-google-fonts/noto-sans-sc ships Google Fonts' static
 * instances of Noto Sans SC as complete TrueType (glyf) files, one per weight, with their layout tables
 * (GSUB/GPOS). (@fontsource/noto-sans-sc ships the same font only cut into ~100 unicode-range woff2
 * slices per weight, which would have to be merged again; the system's Noto Sans CJK is CFF, which
 * Chromium prints as Type 3.) Only the package's .ttf files are used, never its Expo code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PrintWeight } from './print-fonts.ts';

const pkg = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));

const FILES: Record<PrintWeight, string> = {
  400: '400Regular/NotoSansSC_400Regular.ttf',
  700: '700Bold/NotoSansSC_700Bold.ttf',
};

/** Site folder of the subset fonts. */
export const PRINT_FONT_DIR = 'fonts';
/** File-name stem of a weight's subset (`noto-sans-sc-400.<hash>.woff2`). */
export const printFontStem = (weight: PrintWeight): string => `noto-sans-sc-${weight}`;

/** The file of a weight's full TrueType font. */
export const printFontFile = (weight: PrintWeight): string => join(pkg, FILES[weight]);

/** The full TrueType font of a weight. */
export const readFullPrintFont = (weight: PrintWeight): Buffer => readFileSync(printFontFile(weight));

/** The package version (part of the subset cache key). */
export const printFontSourceVersion = (): string =>
  (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
