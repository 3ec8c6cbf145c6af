/**
 * Where lines of text break, as a browser laid them out, and whether a break falls inside a word. The
 * `measure*` function runs in the page (Playwright's or Puppeteer's `evaluate`), so it is self-contained;
 * `wordsSplit` runs in Node and judges the breaks. Used by the build (the share cards,
 * src/integrations/chromium/chromium-assets.ts) and the tests (tests/helpers/layout.ts).
 */
import { words } from './line-breaks.ts';

/** The lines of one run of text in a heading. */
export interface HeadingText {
  /** Tag and the start of the heading, to name it in a failure. */
  heading: string;
  /**
   * The text of one run: consecutive text nodes in the same block (a `<wbr>` or an inline element does
   * not end a run; an inline-block badge is a run of its own). Copy-link controls and visually hidden
   * text are left out.
   */
  text: string;
  /** Indices into `text` where a new line starts. */
  breaks: number[];
}

/**
 * In the page: every visible element matching `selector` (by default h1–h3), in runs of text, with the
 * indices at which its lines break. (`void` too: Playwright types `evaluate(fn)` without an argument so.)
 */
export function measureHeadingLines(selector: string | void): HeadingText[] {
  const out: HeadingText[] = [];
  for (const heading of document.querySelectorAll<HTMLElement>(selector || 'h1, h2, h3')) {
    if (!heading.checkVisibility() || heading.closest('.visually-hidden')) continue;
    const name = `${heading.tagName.toLowerCase()} ${heading.textContent!.trim().slice(0, 20)}`;
    // Group the text nodes into runs: by the nearest ancestor that is not inline.
    const runs: Array<{ block: Element; nodes: Text[] }> = [];
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.data.trim() || node.parentElement!.closest('.anchor, .visually-hidden')) continue;
      let block = node.parentElement!;
      while (block !== heading && getComputedStyle(block).display === 'inline') block = block.parentElement!;
      const last = runs.at(-1);
      if (last?.block === block) last.nodes.push(node);
      else runs.push({ block, nodes: [node] });
    }
    for (const run of runs) {
      let text = '';
      const breaks: number[] = [];
      let previous: DOMRect | undefined;
      for (const node of run.nodes) {
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect && rect.width > 0) {
            if (previous && rect.top > previous.top + previous.height / 2) breaks.push(text.length);
            previous = rect;
          }
          text += node.data[i];
        }
      }
      out.push({ heading: name, text, breaks });
    }
  }
  return out;
}

const icu = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The breaks that fall inside a word: inside a word of ICU's zh-CN segmenter (`Intl.Segmenter`) or of
 * jieba with the report's extra words (src/lib/text/line-breaks.ts), whichever is longer. Each is
 * returned as the text with `|` where the line broke.
 */
export function wordsSplit({ text, breaks }: Pick<HeadingText, 'text' | 'breaks'>): string[] {
  const inside = new Set<number>();
  const mark = (pieces: string[]) => {
    let at = 0;
    for (const piece of pieces) {
      for (let i = at + 1; i < at + piece.length; i++) inside.add(i);
      at += piece.length;
    }
  };
  mark([...icu.segment(text)].map((s) => s.segment));
  mark(words(text));
  return breaks
    .filter((i) => inside.has(i))
    .map((i) => `${text.slice(Math.max(0, i - 6), i)}|${text.slice(i, i + 6)}`);
}
