/**
 * Chinese typography helpers.
 *
 * The report is quoted verbatim. The only changes allowed are whitespace and the width of punctuation:
 * half-width `,:;()!?` inside Chinese text become their full-width forms, straight double quotes become
 * “…” and a half-width full stop closing a Chinese sentence becomes “。”. Words never change. `comparableText()` is the yardstick for that promise: two strings that
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
  return (
    text
      .normalize('NFKC')
      // A half-width full stop closing a Chinese sentence is the ideographic one (屡见不鲜. = 屡见不鲜。).
      .replace(/(?<=[\p{Script=Han}”"」』)])\.(?![\d.])/gu, '。')
      .replace(/[“”„‟「」『』]/g, '"')
      .replace(/[‘’‚‛]/g, "'")
      .replace(/\s+/gu, '')
  );
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

const FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

/**
 * A text set in proper Chinese typography, changing only what `comparableText` ignores: whitespace
 * touching a Chinese character is removed (copy-and-paste leaves spaces where lines wrapped; spaces
 * between Latin words stay), half-width `,:;!?()` beside Chinese text become full-width, straight double
 * quotes become “…” (opening and closing in turn) and a half-width full stop closing a Chinese sentence
 * becomes “。”. URLs are left as they are. `comparableText(toChineseTypography(t)) === comparableText(t)`.
 */
export function toChineseTypography(input: string): string {
  // Runs of whitespace become one space, but an ideographic space (between a headline's phrases) stays.
  const text = input.trim().replace(/(?:(?!\u3000)\s)+/g, ' ');
  const urls = urlRanges(text);
  const inUrl = (i: number) => urls.some(([a, b]) => i >= a && i < b);
  const out: string[] = [];
  let quoteOpen = false;
  // Whether each open parenthesis was set full-width, so its closing one follows it.
  const parens: boolean[] = [];
  const chars = [...text];
  // Code point offsets → string indices, for the URL ranges.
  let at = 0;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    const index = at;
    at += ch.length;
    if (inUrl(index)) {
      out.push(ch);
      continue;
    }
    const before = out[out.length - 1];
    const after = chars[i + 1];
    if (ch === '\u3000') {
      out.push(ch);
      continue;
    }
    if (/\s/.test(ch)) {
      // A space between two Latin words (or digits) stays; one touching Chinese goes.
      if (!isCjk(before) && !isCjk(after) && before !== undefined && after !== undefined) out.push(' ');
      continue;
    }
    const nextSolid = chars.slice(i + 1).find((c) => !/\s/.test(c));
    const beside = isCjk(before) || isCjk(nextSolid);
    if (ch === '(') {
      parens.push(beside);
      out.push(beside ? '（' : ch);
    } else if (ch === ')') {
      const opened = parens.pop();
      out.push(opened || (opened === undefined && beside) ? '）' : ch);
    } else if (FULL[ch] && beside) {
      out.push(FULL[ch]);
    } else if (ch === '"') {
      out.push(quoteOpen ? '”' : '“');
      quoteOpen = !quoteOpen;
    } else if (ch === '.' && /[\p{Script=Han}”」』）)]/u.test(before ?? '') && !/[\d.]/.test(after ?? '')) {
      out.push('。');
    } else out.push(ch);
  }
  // A space left beside a mark set full-width above goes too.
  return out
    .join('')
    .replace(/ +(?=[\u3000-\u303f\uff00-\uffef“”])|(?<=[\u3000-\u303f\uff00-\uffef“”]) +/g, '');
}
