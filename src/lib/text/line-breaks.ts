/**
 * Where a heading may break its line. Browsers break Chinese text between any two characters, so a
 * narrow screen can cut a title inside a word (五年合 / 作…). Headings are set with
 * `word-break: keep-all` (no breaks between letters) and get a `<wbr>` between words, found at build
 * time by jieba (`@node-rs/jieba`, a Chinese word segmenter with a large dictionary) and confirmed by
 * ICU's zh-CN word segmenter (`Intl.Segmenter`, whose dictionary is small: 互|联|网), so that a break
 * is never inside a word of either. Around punctuation the browsers' own rules apply (no line starts
 * with ，or ”), so no `<wbr>` is placed next to it.
 *
 * Why not BudouX (Google's phrase breaker, 0.7, `zh-hans` model): measured on the reports' titles it cuts
 * inside words and numbers — 微|信京东十|年, 腾讯派|发京|东股份, 6|18|大促, 端订|单量 — where this keeps
 * 微信, 京东, 618 and 订单 whole (tests/unit/line-breaks.test.ts).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
const added = new Set<string>();
/**
 * jieba with its dictionary (loading it takes about half a second, once) and the words the reports
 * declare it lacks (it cuts some names into single characters; report.yaml `words`), added as they come.
 */
function segmenter(extra: readonly string[] = []): Jieba {
  jieba ??= Jieba.withDict(dict);
  const fresh = extra.filter((w) => !added.has(w));
  if (fresh.length) {
    jieba.loadDict(Buffer.from(fresh.map((w) => `${w} 100000 n`).join('\n')));
    fresh.forEach((w) => added.add(w));
  }
  return jieba;
}

const icu = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const wordLike = /[\p{L}\p{N}]/u;

/**
 * The words of `text` as jieba cuts them (without its statistical guessing of unknown words), knowing
 * the `extra` words too.
 */
export function words(text: string, extra: readonly string[] = []): string[] {
  return segmenter(extra).cut(text, false);
}

/**
 * Splits `text` into the pieces between which a line may break: where both jieba and ICU see a word
 * boundary, with a letter or digit on either side. Joined again, the pieces are `text`.
 */
export function breakableRuns(text: string, extra: readonly string[] = []): string[] {
  const icuBoundaries = new Set([...icu.segment(text)].map((s) => s.index));
  const runs: string[] = [];
  let start = 0;
  let at = 0;
  const cut = words(text, extra);
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
