/**
 * Search hits as passages. Pagefind (src/integrations/search/search-index.ts) indexes each report page
 * whole and finds the pages a query matches; this turns one page's indexed data into the passages that
 * hold every word of the query — paragraphs, opinion paragraphs, events, figure titles, section headings
 * — each with its deep link, its section and an excerpt with the reader's words marked. Pure: the search
 * box runs it in the browser (src/client/site-search.ts), the unit tests over a real index.
 */

/** Where the index and Pagefind's script are served from (Pagefind's default bundle path). */
export const SEARCH_BUNDLE = '/pagefind/';

/** What Pagefind's `result.data()` gives for a page: the fields used here. */
export interface IndexedPage {
  /** The page, e.g. `/` or `/reports/<id>/`. */
  url: string;
  /** The page's text as indexed: words separated by U+200B once CJK text is segmented, else by spaces. */
  raw_content: string;
  /** `title`: the page's h1, the report's title. */
  meta: Record<string, string | undefined>;
  /** Every element with an id: where its text starts (an index into the words); a heading's text. */
  anchors: Array<{ element: string; id: string; text?: string; location: number }>;
}

/** A passage of a page: the id that links to it, the section it is in and its text. */
export interface Passage {
  id: string;
  section: string;
  text: string;
}

/** A piece of an excerpt: the reader's words are marked. */
export interface ExcerptPart {
  text: string;
  mark?: true;
}

/** A passage that holds every word of a query. */
export interface SearchHit {
  /** The passage's deep link, e.g. `/reports/<id>/#overview-p2`. */
  href: string;
  /** The report's title. */
  report: string;
  /** The section's heading. */
  section: string;
  /** The passage around the first match, `…` where it is cut, the words marked. */
  excerpt: ExcerptPart[];
}

/** Elements whose ids do not start a passage: an id inside a paragraph (a footnote mark, a link). */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i img kbd mark q s samp small span strong sub sup svg time u var wbr'.split(
    ' ',
  ),
);
const HEADING = /^h[1-6]$/;

/**
 * The passages of a page, in order. Each element with an id starts one, which runs to the next such
 * element; where several start at the same word (a section and its heading, a figure and its title, an
 * opinion and its first paragraph, or parts left out of the index), the innermost gives the text and
 * the innermost one that is not a heading the link: `#overview` for the heading 导语, `#fig-stake` for
 * its title, `#opinion-cao-lei-1-p1` for the paragraph. A heading's text is its own (the words would
 * carry the `. ` Pagefind puts after a block); the section is the last h2. The words before the first
 * id (the title) are no passage.
 */
export function passagesOf(page: IndexedPage): Passage[] {
  const segmented = page.raw_content.includes('\u200B');
  const words = segmented ? page.raw_content.split('\u200B') : page.raw_content.split(/\s+/);
  const anchors = page.anchors.filter((a) => !INLINE.has(a.element)).sort((a, b) => a.location - b.location);
  const passages: Passage[] = [];
  let section = '';
  for (let i = 0; i < anchors.length;) {
    const start = anchors[i]!.location;
    let j = i;
    while (j < anchors.length && anchors[j]!.location === start) j++;
    const group = anchors.slice(i, j);
    const inner = group.at(-1)!;
    const heading = HEADING.test(inner.element) ? inner.text?.trim() : undefined;
    if (inner.element === 'h2' && heading) section = heading;
    const link = group.findLast((a) => !HEADING.test(a.element)) ?? inner;
    const text =
      heading ||
      words
        .slice(start, anchors[j]?.location ?? words.length)
        .join(segmented ? '' : ' ')
        .trim();
    if (text) passages.push({ id: link.id, section, text });
    i = j;
  }
  return passages;
}

/** Quotation marks a reader may put around words (「双十一」, “曹磊”). */
const QUOTES = /[「」『』“”‘’"'《》〈〉]/g;

/**
 * A text folded for matching, with where each folded character came from: NFKC (full-width digits and
 * letters as ASCII) and lower case, one character at a time so that positions map back.
 */
function fold(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = ch.normalize('NFKC').toLowerCase();
    folded += f;
    for (let k = 0; k < f.length; k++) {
      from.push(at);
      to.push(at + ch.length);
    }
    at += ch.length;
  }
  return { folded, from, to };
}

/** The words of a query, folded, without quotation marks, each once: `「双十一」 家居` → 双十一, 家居. */
export function queryWords(query: string): string[] {
  const words = fold(query.replace(QUOTES, ' ')).folded.split(/\s+/);
  return [...new Set(words.filter(Boolean))];
}

/**
 * Where the words occur in a text, as [start, end) ranges in order, overlapping ones merged (adjacent
 * ones kept apart, one mark per word); undefined
 * unless every word occurs.
 */
export function matchRanges(text: string, words: string[]): Array<[number, number]> | undefined {
  const { folded, from, to } = fold(text);
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    let at = folded.indexOf(word);
    if (at < 0) return undefined;
    for (; at >= 0; at = folded.indexOf(word, at + word.length))
      ranges.push([from[at]!, to[at + word.length - 1]!]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** Moves an index off the second half of a surrogate pair. */
const snap = (text: string, i: number) => (/[\uDC00-\uDFFF]/.test(text[i] ?? '') ? i - 1 : i);

/** Where a clause ends: the excerpt starts after one when it can. */
const CLAUSE_END = /[。！？；，：、.!?;,:\s]/;

/**
 * About `size` characters of a text around its first match, from the start of its clause (or a little
 * before it), with `…` where the text is cut; every match inside is marked (a match is never cut).
 */
export function excerptOf(text: string, ranges: Array<[number, number]>, size = 90): ExcerptPart[] {
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - 18);
  for (let i = first - 1; i >= Math.max(0, first - 40); i--)
    if (CLAUSE_END.test(text[i]!)) {
      start = i + 1;
      break;
    }
  start = snap(text, Math.max(0, Math.min(start, text.length - size)));
  let end = snap(text, Math.min(text.length, start + size));
  for (const [s, e] of ranges) if (s < end && e > end) end = e;
  if (start < 6) start = 0;
  if (text.length - end < 6) end = text.length;
  const parts: ExcerptPart[] = [];
  const plain = (t: string) => t && parts.push({ text: t });
  plain(start > 0 ? '…' : '');
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    plain(text.slice(at, Math.max(s, start)));
    parts.push({ text: text.slice(Math.max(s, start), e), mark: true });
    at = e;
  }
  plain(text.slice(at, end));
  plain(end < text.length ? '…' : '');
  return parts;
}

/** The passages of a page that hold every word, as hits in the page's order. */
export function hitsOf(page: IndexedPage, words: string[]): SearchHit[] {
  if (!words.length) return [];
  const hits: SearchHit[] = [];
  for (const p of passagesOf(page)) {
    const ranges = matchRanges(p.text, words);
    if (!ranges) continue;
    hits.push({
      href: `${page.url}#${p.id}`,
      report: page.meta['title'] ?? page.url,
      section: p.section,
      excerpt: excerptOf(p.text, ranges),
    });
  }
  return hits;
}
