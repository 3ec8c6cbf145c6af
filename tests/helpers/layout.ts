/**
 * How a browser laid the page out: where the lines of the headings break, how wide full-width
 * punctuation is, the boxes of the expert grid. The `measure*` functions run in the page (Playwright's or
 * Puppeteer's `evaluate`), so they are self-contained; `wordsSplit` runs in Node and judges the breaks.
 * Shared by the Chromium (Playwright) and Firefox (Puppeteer) suites.
 */
import { words } from '../../src/lib/text/line-breaks.ts';

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

/** Width of one full-width punctuation mark between two Han characters on the same line. */
export interface PunctuationWidth {
  char: string;
  /** Advance width in em of the element's font size: 1 is full width, 0.5 is squeezed to half width. */
  em: number;
  /** The mark with its neighbours, to find it in a failure. */
  context: string;
}

/** In the page: every visible h1–h3, in runs of text, with the indices at which its lines break. */
export function measureHeadingLines(): HeadingText[] {
  const out: HeadingText[] = [];
  for (const heading of document.querySelectorAll<HTMLElement>('h1, h2, h3')) {
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

/**
 * In the page: the advance width of every full-width comma, full stop, enumeration comma, colon and
 * quotation mark in the body text (paragraphs) that stands between two Han characters on one line.
 * Marks at the start or end of a line, or next to other punctuation, may legitimately be trimmed to half
 * width (CSS `text-spacing-trim`), so they are left out.
 */
export function measurePunctuationWidths(): PunctuationWidth[] {
  const out: PunctuationWidth[] = [];
  const han = /\p{Script=Han}/u;
  const rectOf = (node: Text, i: number) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect();
  };
  for (const p of document.querySelectorAll<HTMLElement>('main p')) {
    if (!p.checkVisibility()) continue;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const fontSize = parseFloat(getComputedStyle(node.parentElement!).fontSize);
      const text = node.data;
      for (let i = 1; i < text.length - 1; i++) {
        if (!'，。、：“”'.includes(text[i]!) || !han.test(text[i - 1]!) || !han.test(text[i + 1]!)) continue;
        const [before, mark, after] = [rectOf(node, i - 1), rectOf(node, i), rectOf(node, i + 1)];
        if (Math.abs(before.top - mark.top) > 1 || Math.abs(after.top - mark.top) > 1) continue;
        out.push({ char: text[i]!, em: mark.width / fontSize, context: text.slice(i - 1, i + 2) });
      }
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

/** One row of the expert grid: the layout of its cells and of the row header's card. */
export interface ExpertRowLayout {
  id: string;
  /** Computed `display` of the row header (th). */
  headerDisplay: string;
  /** Top and bottom of the row header and of every visible cell, in order. */
  cells: Array<{ top: number; bottom: number }>;
  /** The avatar and the text beside it, in the row header. */
  avatar: { left: number; right: number; top: number };
  text: { left: number; right: number; top: number };
}

/** In the page: the layout of every row of the expert grid. */
export function measureExpertRows(): ExpertRowLayout[] {
  return [...document.querySelectorAll<HTMLElement>('#experts tbody tr')].map((row) => {
    const box = (e: Element) => e.getBoundingClientRect();
    const th = row.querySelector('th')!;
    const avatar = box(row.querySelector('.expert-card__avatar')!);
    const text = box(row.querySelector('.expert-card__text')!);
    return {
      id: row.id,
      headerDisplay: getComputedStyle(th).display,
      cells: [...row.children]
        .filter((c) => (c as HTMLElement).checkVisibility())
        .map((c) => ({ top: box(c).top, bottom: box(c).bottom })),
      avatar: { left: avatar.left, right: avatar.right, top: avatar.top },
      text: { left: text.left, right: text.right, top: text.top },
    };
  });
}

/**
 * What is wrong with the grid's rows: on a wide screen (`table`) each row header is a real table cell as
 * tall as its row (so the row's rule is one straight line), on a phone a block (a card); in both, the
 * avatar stands beside the name and titles. Empty when the layout is right.
 */
export function expertRowProblems(rows: ExpertRowLayout[], table: boolean): string[] {
  const problems: string[] = [];
  const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;
  for (const row of rows) {
    const display = table ? 'table-cell' : 'block';
    if (row.headerDisplay !== display)
      problems.push(`${row.id}: header is ${row.headerDisplay}, not ${display}`);
    const first = row.cells[0]!;
    if (table && !row.cells.every((c) => near(c.top, first.top, 0.5) && near(c.bottom, first.bottom, 0.5)))
      problems.push(`${row.id}: cells of different heights`);
    if (row.avatar.right > row.text.left) problems.push(`${row.id}: the avatar overlaps the text`);
    if (!near(row.avatar.top, row.text.top, 5)) problems.push(`${row.id}: the avatar is not beside the text`);
  }
  return problems;
}

/**
 * In the page: what is wrong with the focused element as a skip link (empty when nothing is). It must be
 * the link to #main, inside the viewport, fully opaque, and the topmost element at its own centre (nothing,
 * such as the sticky top bar, painted over it).
 */
export function skipLinkProblems(): string[] {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el.getAttribute('href') !== '#main') return [`focus is on ${el?.outerHTML.slice(0, 80)}`];
  const problems: string[] = [];
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) problems.push(`no size: ${r.width}×${r.height}`);
  if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth)
    problems.push(`outside the viewport: ${JSON.stringify(r)}`);
  const style = getComputedStyle(el);
  if (style.visibility !== 'visible' || Number(style.opacity) < 1)
    problems.push(`not shown: visibility ${style.visibility}, opacity ${style.opacity}`);
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (!hit || !(hit === el || el.contains(hit)))
    problems.push(`covered at its centre by ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`);
  return problems;
}
