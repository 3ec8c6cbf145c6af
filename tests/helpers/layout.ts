/**
 * How a browser laid the page out: where the lines of the headings break, how wide full-width
 * punctuation is, the boxes of the expert grid. The `measure*` functions run in the page (Playwright's or
 * Puppeteer's `evaluate`), so they are self-contained; `wordsSplit` runs in Node and judges the breaks.
 * Shared by the Chromium (Playwright) and Firefox (Puppeteer) suites.
 */
import { measureHeadingLines, wordsSplit, type HeadingText } from '../../src/lib/text/line-measure.ts';

export { measureHeadingLines, wordsSplit, type HeadingText };

/** Width of one full-width punctuation mark between two Han characters on the same line. */
export interface PunctuationWidth {
  char: string;
  /** Advance width in em of the element's font size: 1 is full width, 0.5 is squeezed to half width. */
  em: number;
  /** The mark with its neighbours, to find it in a failure. */
  context: string;
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

/**
 * In the page: what is wrong with the report header's label/value lines at this width (empty when
 * nothing is): a label (dt) narrower than its words or on more than one line, a date (<time>, or a date
 * written out in a value) broken across lines, a date range broken elsewhere than at its dash.
 */
export function mastheadProblems(): string[] {
  const problems: string[] = [];
  const lineTops = (node: Node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
    return [...new Set(tops)];
  };
  const width = (node: Node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect().width;
  };
  for (const dt of document.querySelectorAll<HTMLElement>('.masthead dt')) {
    if (!dt.checkVisibility()) continue;
    const name = dt.textContent!.trim();
    if (dt.getBoundingClientRect().width + 0.5 < width(dt))
      problems.push(`dt ${name} narrower than its words`);
    if (lineTops(dt).length > 1) problems.push(`dt ${name} on ${lineTops(dt).length} lines`);
    const lineHeight =
      parseFloat(getComputedStyle(dt).lineHeight) || 1.5 * parseFloat(getComputedStyle(dt).fontSize);
    if (dt.getBoundingClientRect().height > lineHeight * 1.5)
      problems.push(`dt ${name} (with its separator) is ${dt.getBoundingClientRect().height}px tall`);
  }
  for (const dd of document.querySelectorAll<HTMLElement>('.masthead dd')) {
    if (!dd.checkVisibility()) continue;
    // Every date as written: a <time>, or a run like 2025年9月30日 in the text.
    const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const m of node.data.matchAll(/\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (tops.size > 1) problems.push(`date ${m[0]} broken across ${tops.size} lines`);
      }
    }
    // A range (two dates): its lines break only at the dash.
    const times = [...dd.querySelectorAll('time')];
    if (times.length === 2) {
      const [a, b] = times.map((t) => lineTops(t));
      if (a!.length > 1 || b!.length > 1) problems.push(`range ${dd.textContent} breaks inside a date`);
    }
  }
  return problems;
}
