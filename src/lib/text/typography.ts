/**
 * Chinese typography helpers.
 *
 * The report is quoted verbatim. The only changes allowed are whitespace and the width of punctuation:
 * half-width `,:;()!?` inside Chinese text become their full-width forms and straight double quotes
 * become “…”. Words never change. `comparableText()` is the yardstick for that promise: two strings that
 * differ only in those allowed ways compare equal.
 */

/** CJK ideographs, kana, and the CJK / full-width punctuation blocks. */
const CJK =
  /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]/u;

const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);

/** Index ranges of URLs, whose punctuation must never be touched. */
function urlRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(/https?:\/\/[\w.~:/?#@!$&'*+=%-]+/g)) {
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/**
 * A form of `text` in which the allowed typographic differences vanish: NFKC (full-width → half-width),
 * every kind of double or single quote unified, and no whitespace at all. Two texts with the same words
 * and the same punctuation (up to width) have the same comparable text.
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟「」『』]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/gu, '');
}

/** Half-width punctuation left between Chinese characters (outside URLs); used by the content lint. */
export function findHalfWidthPunctuation(text: string): string[] {
  const urls = urlRanges(text);
  const found: string[] = [];
  for (const m of text.matchAll(/[,:;!?()"]/g)) {
    if (urls.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const before = text[m.index - 1];
    const after = text[m.index + 1];
    if (isCjk(before) || isCjk(after)) {
      found.push(text.slice(Math.max(0, m.index - 6), m.index + 7));
    }
  }
  return found;
}
