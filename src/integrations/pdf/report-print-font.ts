/**
 * The print font a report's PDF is printed with: Noto Sans SC cut to the characters of that report's page
 * alone, handed to Chromium in place of the site's subset. Chromium writes the font's glyph numbers into
 * the PDF, and the site's subset numbers its glyphs anew whenever any page of the site gains a character;
 * printed with its own subset, a report's PDF depends on its own page only, so the build cache keeps it
 * while other reports change (src/integrations/chromium/chromium-assets.ts). Same font, same glyphs: the
 * PDF embeds only the glyphs it uses either way. Left as TrueType (no WOFF2 packing, which costs about
 * ten times the cutting, for a file that never leaves the build).
 */
import type { Page } from 'playwright-core';
import { DATA_APPENDIX } from './appendix.ts';
import { beijingDay } from './build-date.ts';
import { PRINT_FONT_DIR, printFontStem } from './print-font-source.ts';
import { PRINT_WEIGHTS, printedCharacters, type PrintWeight } from './print-fonts.ts';
import { subsetPrintFont } from './subset.ts';

export type ReportPrintFonts = Map<PrintWeight, Buffer>;

/**
 * The print font for a report page's PDF, by weight: every character of the page's HTML (with its print
 * sheet), of the words the PDF build adds (the data appendix, the cover's date) and printable ASCII.
 */
export async function reportPrintFonts(html: string): Promise<ReportPrintFonts> {
  const chars = printedCharacters([html, ...Object.values(DATA_APPENDIX), beijingDay(new Date(0)).text]);
  const fonts = await Promise.all(PRINT_WEIGHTS.map((w) => subsetPrintFont(w, chars, 'sfnt')));
  return new Map(PRINT_WEIGHTS.map((w, i) => [w, fonts[i]!]));
}

/** Makes `page` get `fonts` whenever it asks for the site's print font of a weight. */
export async function usePrintFonts(page: Page, fonts: ReportPrintFonts): Promise<void> {
  for (const [weight, body] of fonts)
    await page.route(new RegExp(`/${PRINT_FONT_DIR}/${printFontStem(weight)}\\.[\\w-]+\\.woff2$`), (route) =>
      route.fulfill({ body, contentType: 'font/ttf' }),
    );
}
