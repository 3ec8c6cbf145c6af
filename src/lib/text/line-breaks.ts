/**
 * Where a heading may break its line. Browsers break Chinese text between any two characters, so a
 * narrow screen can cut a title inside a word (微信京东十 / 年…). Headings are set with
 * `word-break: keep-all` (no breaks between letters) and get a `<wbr>` between words, found at build
 * time by jieba (`@node-rs/jieba`, a Chinese word segmenter with a large dictionary) and confirmed by
 * ICU's zh-CN word segmenter (`Intl.Segmenter`, whose dictionary is small: 互|联|网), so that a break
 * is never inside a word of either. Around punctuation the browsers' own rules apply (no line starts
 * with ，or ”), so no `<wbr>` is placed next to it.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Words of the report that jieba's dictionary lacks (it cuts 微信 into 微|信): never broken. */
export const EXTRA_WORDS = ['微信', '网经社', '京东购物', '公众号', '小程序', '京喜', '大促'] as const;

let jieba: Jieba | undefined;
/** jieba with its dictionary and ours (loading the dictionary takes about half a second, once). */
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(EXTRA_WORDS.map((w) => `${w} 100000 n`).join('\n')));
  }
  return jieba;
}

const icu = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const wordLike = /[\p{L}\p{N}]/u;

/** The words of `text` as jieba cuts them (without its statistical guessing of unknown words). */
export function words(text: string): string[] {
  return segmenter().cut(text, false);
}

/**
 * Splits `text` into the pieces between which a line may break: where both jieba and ICU see a word
 * boundary, with a letter or digit on either side. Joined again, the pieces are `text`.
 */
export function breakableRuns(text: string): string[] {
  const icuBoundaries = new Set([...icu.segment(text)].map((s) => s.index));
  const runs: string[] = [];
  let start = 0;
  let at = 0;
  const cut = words(text);
  cut.forEach((word, k) => {
    const next = cut[k + 1];
    at += word.length;
    if (
      next !== undefined &&
      wordLike.test(word.at(-1)!) &&
      wordLike.test(next[0]!) &&
      icuBoundaries.has(at)
    ) {
      runs.push(text.slice(start, at));
      start = at;
    }
  });
  runs.push(text.slice(start));
  return runs.filter((r) => r !== '');
}
