/**
 * Where text lands in a printed PDF, from the text of each page (pure). Texts are compared without
 * whitespace and with full-/half-width forms folded (`comparableText`), so line breaks, the spaces text
 * extractors insert between glyph runs and the width of punctuation do not matter.
 */
import { comparableText } from '../../lib/text/typography.ts';

/** The pages' text joined, with the offset at which each page starts. */
interface Joined {
  text: string;
  starts: number[];
}

function join(pages: readonly string[]): Joined {
  const starts: number[] = [];
  let text = '';
  for (const page of pages) {
    starts.push(text.length);
    text += comparableText(page);
  }
  return { text, starts };
}

/** The 1-based page that holds `offset`. */
function pageAt(j: Joined, offset: number): number {
  let page = 0;
  while (page + 1 < j.starts.length && j.starts[page + 1]! <= offset) page++;
  return page + 1;
}

/**
 * Finds each text in reading order: the first occurrence after the end of the previous one found,
 * starting at page `from` (1-based). Returns the page each text starts on, or undefined when it is
 * not there (the search then goes on from where it was).
 */
export function locateInOrder(
  pages: readonly string[],
  texts: readonly string[],
  from = 1,
): Array<number | undefined> {
  const j = join(pages);
  let cursor = j.starts[from - 1] ?? j.text.length;
  return texts.map((t) => {
    const needle = comparableText(t);
    if (!needle) return undefined;
    const at = j.text.indexOf(needle, cursor);
    if (at < 0) return undefined;
    cursor = at + needle.length;
    return pageAt(j, at);
  });
}

/** The texts that are missing or out of order in the pages (each searched after the previous one). */
export function missingInOrder(pages: readonly string[], texts: readonly string[]): string[] {
  const found = locateInOrder(pages, texts);
  return texts.filter((t, i) => comparableText(t) && found[i] === undefined);
}

/**
 * Finds each text in reading order as whole lines: it must start at the start of a line and end at the
 * end of one (a heading is set on lines of its own), after the lines of the previous text found,
 * starting at page `from` (1-based). Returns the page each text starts on, or undefined.
 */
export function locateLinesInOrder(
  pages: readonly string[],
  texts: readonly string[],
  from = 1,
): Array<number | undefined> {
  const lines = pages.flatMap((p, i) =>
    p
      .split('\n')
      .map((l) => ({ page: i + 1, text: comparableText(l) }))
      .filter((l) => l.text),
  );
  let cursor = lines.findIndex((l) => l.page >= from);
  if (cursor < 0) cursor = lines.length;
  return texts.map((t) => {
    const needle = comparableText(t);
    if (!needle) return undefined;
    for (let i = cursor; i < lines.length; i++) {
      let got = '';
      for (let j = i; j < lines.length && needle.startsWith(got + lines[j]!.text); j++) {
        got += lines[j]!.text;
        if (got === needle) {
          cursor = j + 1;
          return lines[i]!.page;
        }
      }
    }
    return undefined;
  });
}

export interface ContentsPages {
  /** The last page of the printed contents. */
  contentsEnd: number;
  /** The page of each entry's heading in the body, after the contents (undefined: not found). */
  pages: Array<number | undefined>;
}

/**
 * Locates the headings a printed table of contents lists: first the entries themselves on the
 * contents pages (which start at `contentsStart`), then each heading, on lines of its own, in the body
 * that follows them. Throws when the contents do not list every entry.
 */
export function locateContents(
  pages: readonly string[],
  entries: readonly string[],
  contentsStart: number,
): ContentsPages {
  const listed = locateInOrder(pages, entries, contentsStart);
  const missing = entries.filter((_, i) => listed[i] === undefined);
  if (missing.length) throw new Error(`the printed contents do not list: ${missing.join('; ')}`);
  const contentsEnd = Math.max(contentsStart, ...(listed as number[]));
  return { contentsEnd, pages: locateLinesInOrder(pages, entries, contentsEnd + 1) };
}

/** The headings a page's text ends with (the page would strand them at its foot). */
export function endsWithHeading(pageText: string, headings: readonly string[]): string | undefined {
  const text = comparableText(pageText);
  return headings.find((h) => {
    const needle = comparableText(h);
    return needle.length > 0 && text.endsWith(needle);
  });
}
