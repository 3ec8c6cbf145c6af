import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseFontsourceCss, type FontSlice } from '../lib/print-fonts.ts';

const pkg = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));

/** Where the slices are served from. */
export const PRINT_FONT_BASE = '/fonts/noto-sans-sc/';

/** The regular and bold slices of Noto Sans SC. */
export const printFontSlices = (): FontSlice[] =>
  [400, 700].flatMap((w) => parseFontsourceCss(readFileSync(join(pkg, `${w}.css`), 'utf8')));

export const readPrintFont = (file: string): Buffer => readFileSync(join(pkg, 'files', file));
