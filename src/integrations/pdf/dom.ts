/**
 * What the PDF build does in the page before printing (functions run in the browser by
 * page.evaluate; self-contained, no imports). Everything is read from the page's own markup, so no
 * title or label of a particular report is written here.
 */

/** One line of the printed contents: a heading after the cover, at level 1 (h2) or 2 (a figure's title). */
export interface ContentsEntry {
  level: 1 | 2;
  text: string;
  /** The fragment the entry links to (#id), '' when the heading has no id around it. */
  href: string;
}

/** What the PDF's post-processing needs to know about the page. */
export interface PageFacts {
  /** The title (h1 of the cover) and subtitle. */
  title: string;
  subtitle: string;
  description: string;
  /** Who published the report (the masthead's data-publisher). */
  publisher: string;
  /** The page's keywords (the report's `keywords`). */
  keywords: string[];
  lang: string;
  credits: Array<{ role: string; name: string; author: boolean }>;
  entries: ContentsEntry[];
  /** id → a description of what is there (a heading's text, a label), for links inside the document. */
  targets: Record<string, string>;
  /** Absolute URL → the text of the first link to it, for links out of the document. */
  external: Record<string, string>;
  /** The text alternative of each chart or image, in document order. */
  images: string[];
}

/**
 * Readies the page for print: opens what is collapsed, states the build date on the cover, gives the
 * charts their full text alternative (so Chromium tags them as /Figure with it as /Alt) and lets each
 * HTML <figure> be a group (a PDF /Figure is a graphic whose content a reader skips), then inserts the
 * printed contents after the cover, without page numbers yet. Returns the facts the PDF needs.
 */
export function preparePage(buildDay: { iso: string; text: string }): PageFacts {
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return el.checkVisibility() && box.width > 1 && box.height > 1;
  };
  const byIds = (ids: string | null) =>
    clean(
      (ids ?? '')
        .split(/\s+/)
        .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
        .join(' '),
    );

  document.querySelectorAll('details').forEach((d) => (d.open = true));

  // The slot holds no <time> in the HTML (an empty one is invalid): the print adds it.
  const built = document.querySelector<HTMLElement>('[data-build-date]');
  const time = built && (built.querySelector('time') ?? built.appendChild(document.createElement('time')));
  if (built && time) {
    time.dateTime = buildDay.iso;
    time.textContent = buildDay.text;
    built.hidden = false;
  }

  const images: string[] = [];
  for (const img of document.querySelectorAll<HTMLElement>('[role="img"], img')) {
    if (!visible(img)) continue;
    const alt =
      byIds(img.getAttribute('aria-describedby')) ||
      clean(img.getAttribute('aria-label')) ||
      clean(img.getAttribute('alt'));
    if (img.getAttribute('role') === 'img') {
      img.setAttribute('aria-label', alt);
      img.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.removeAttribute('aria-hidden'));
    }
    images.push(alt);
  }
  document.querySelectorAll('figure').forEach((f) => f.setAttribute('role', 'group'));

  // The contents: every visible h2 after the cover, and under it the titles of its figures.
  const cover = document.querySelector('h1')?.closest('.masthead') ?? document.querySelector('h1');
  const after = (el: Element) =>
    !cover ||
    (!cover.contains(el) && !!(cover.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
  const entries: ContentsEntry[] = [];
  for (const el of document.querySelectorAll('h2, figure[aria-labelledby]')) {
    const heading =
      el.tagName === 'FIGURE' ? document.getElementById(el.getAttribute('aria-labelledby') ?? '') : el;
    if (!heading || !after(heading) || !visible(heading)) continue;
    const text = clean((heading as HTMLElement).innerText);
    if (!text) continue;
    const target = heading.id ? heading : heading.closest('[id]');
    entries.push({ level: el.tagName === 'FIGURE' ? 2 : 1, text, href: target ? `#${target.id}` : '' });
  }
  // The contents' heading: the page's own navigation's (目录 on the screen's table of contents).
  const pageNav = document.querySelector('nav[aria-labelledby]');
  const contentsTitle =
    byIds(pageNav?.getAttribute('aria-labelledby') ?? null) || clean(pageNav?.getAttribute('aria-label'));
  const nav = document.createElement('nav');
  nav.className = 'print-contents';
  nav.setAttribute('aria-labelledby', 'print-contents-heading');
  const h2 = document.createElement('h2');
  h2.id = 'print-contents-heading';
  h2.textContent = contentsTitle;
  const list = document.createElement('ol');
  let parent: HTMLElement | undefined;
  let sub: HTMLOListElement | undefined;
  entries.forEach((e, i) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    if (e.href) a.href = e.href;
    const text = document.createElement('span');
    text.className = 'print-contents__text';
    text.textContent = e.text;
    const page = document.createElement('span');
    page.className = 'print-contents__page';
    page.dataset.entry = String(i);
    a.append(text, page);
    li.append(a);
    if (e.level === 1 || !parent) {
      list.append(li);
      parent = e.level === 1 ? li : parent;
      sub = undefined;
    } else {
      if (!sub) parent.append((sub = document.createElement('ol')));
      sub.append(li);
    }
  });
  nav.append(h2, list);
  (cover ?? document.body.firstElementChild)?.after(nav);

  // Descriptions for the PDF's link annotations (/Contents).
  const targets: Record<string, string> = {};
  for (const a of document.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
    const el = id && document.getElementById(id);
    if (!el || id in targets) continue;
    const heading = el.matches('h1, h2, h3, h4, h5, h6') ? el : el.querySelector('h1, h2, h3, h4, h5, h6');
    targets[id] =
      byIds(el.getAttribute('aria-labelledby')) ||
      clean(el.getAttribute('aria-label')) ||
      clean((heading as HTMLElement | null)?.innerText) ||
      clean((el as HTMLElement).innerText).slice(0, 80);
  }
  const external: Record<string, string> = {};
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"])')) {
    if (!(a.href in external)) external[a.href] = clean(a.innerText) || clean(a.getAttribute('aria-label'));
  }

  const get = (sel: string) => clean(document.querySelector(sel)?.textContent);
  return {
    title: get('h1'),
    subtitle: get('.masthead__subtitle'),
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    keywords: (document.querySelector('meta[name="keywords"]')?.getAttribute('content') ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    lang: document.documentElement.lang,
    credits: [...document.querySelectorAll('.masthead__credits > div')].map((d) => ({
      role: clean(d.querySelector('dt')?.textContent),
      name: clean(d.querySelector('dd')?.textContent),
      author: d.hasAttribute('data-author'),
    })),
    publisher: document.querySelector('.masthead')?.getAttribute('data-publisher') ?? '',
    entries,
    targets,
    external,
    images,
  };
}

/** Writes the page numbers into the printed contents (entry i gets pages[i]). */
export function setContentsPages(pages: Array<number | null>): void {
  for (const el of document.querySelectorAll<HTMLElement>('.print-contents__page[data-entry]')) {
    el.textContent = String(pages[Number(el.dataset.entry)] ?? '');
  }
}

/**
 * Points the page's links to its own site away from the build's local server, which a reader of the
 * PDF cannot reach: a link into this page becomes a link inside the document (#id, or no link when the
 * target is not printed); a link to another page of the site goes to the site's public address
 * (`siteUrl`), or, when the site has none, stops being a link (its text stays). Links out of the site are
 * left alone. Returns how many links were changed and how many dropped.
 */
export function resolveSiteLinks(siteUrl: string | null): {
  public: number;
  inside: number;
  dropped: number;
} {
  const counts = { public: 0, inside: 0, dropped: 0 };
  const base = siteUrl ? (siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) : null;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    let url: URL;
    try {
      url = new URL(a.href);
    } catch {
      continue;
    }
    if (url.origin !== location.origin) continue;
    const samePage = url.pathname === location.pathname && url.search === location.search;
    if (samePage && url.hash) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (document.getElementById(id)) {
        a.setAttribute('href', url.hash);
        counts.inside++;
        continue;
      }
    }
    if (base) {
      a.setAttribute('href', new URL(`${url.pathname.slice(1)}${url.search}${url.hash}`, base).href);
      // The site's own pages: the cover prints the site's address, the link needs no printed address.
      a.dataset.printSite = '';
      counts.public++;
    } else {
      a.removeAttribute('href');
      counts.dropped++;
    }
  }
  return counts;
}

/**
 * Moves each figure's full data table (its `.figure__data` disclosure) into an appendix at the end of
 * the page's body, under a heading of its own, and leaves in the figure a link to the table: on paper a
 * figure is then its chart and notes, which the text can flow around, instead of pages of table. Returns
 * the number of tables moved (none: no appendix).
 */
export function moveDataTablesToAppendix(labels: {
  id: string;
  title: string;
  table: string;
  reference: string;
}): number {
  const tables = [...document.querySelectorAll<HTMLElement>('figure .figure__data')].filter((d) =>
    d.querySelector('table[id]'),
  );
  if (!tables.length) return 0;
  const appendix = document.createElement('section');
  appendix.id = labels.id;
  appendix.className = 'print-appendix';
  appendix.setAttribute('aria-labelledby', `${labels.id}-heading`);
  const heading = document.createElement('h2');
  heading.id = `${labels.id}-heading`;
  heading.textContent = labels.title;
  appendix.append(heading);
  for (const data of tables) {
    const table = data.querySelector('table[id]')!;
    const label = data.querySelector('summary')?.getAttribute('aria-label') || labels.table;
    const pointer = document.createElement('p');
    pointer.className = 'figure__data-ref';
    const link = document.createElement('a');
    link.href = `#${table.id}`;
    link.textContent = `${label}${labels.reference}`;
    pointer.append(link);
    data.replaceWith(pointer);
    appendix.append(data);
  }
  // After the last part of the report's body (the citations): the end of the main column.
  const main = document.querySelector('main') ?? document.body;
  const last = main.querySelector('.shell__body') ?? main;
  last.append(appendix);
  return tables.length;
}

/**
 * Keeps dates (2014年3月10日, 2014年第四季度, 3月10日) and short tokens joined by hyphens, dots or
 * slashes (20-F, 2021-12-23, 14.7/0.864) on one line: each is wrapped, as it stands, in a span that does
 * not wrap. Text in charts, code and the hidden chart descriptions is left alone. Returns the count.
 */
export function keepTokensWhole(): number {
  const pattern =
    /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?|第[一二三四]季度)?|\d{1,2}月\d{1,2}日|[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)+/g;
  const root = document.querySelector('main') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('svg, pre, code, script, style, .visually-hidden, .print-nobr')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const matches = [...text.matchAll(pattern)].filter((m) => m[0].length > 2 && m[0].length <= 24);
    if (!matches.length) continue;
    const parts: Node[] = [];
    let at = 0;
    for (const m of matches) {
      if (m.index! > at) parts.push(document.createTextNode(text.slice(at, m.index)));
      const span = document.createElement('span');
      span.className = 'print-nobr';
      span.textContent = m[0];
      parts.push(span);
      at = m.index! + m[0].length;
      count++;
    }
    if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
    node.replaceWith(...parts);
  }
  return count;
}

/**
 * Lets the text flow past a figure that did not fit at the foot of a page and left it empty: moves the
 * blocks of text that follow the figure in its part (paragraphs and the like; never a heading or another
 * figure) before it, until they fill the gap (`gapMm`, measured at the printed column's width
 * `widthMm`) — the last may run on to the next page, above the figure. Returns the blocks moved.
 */
export function floatFigures({
  moves,
  widthMm,
}: {
  moves: Array<{ id: string; gapMm: number }>;
  widthMm: number;
}): number {
  const mm = 96 / 25.4;
  let moved = 0;
  for (const { id, gapMm } of moves) {
    // The id of the figure or of an element in it (its title).
    const figure = document.getElementById(id)?.closest('figure');
    const parent = figure?.parentElement;
    if (!figure || !parent) continue;
    const width = parent.style.width;
    parent.style.width = `${widthMm}mm`;
    const blocks: Element[] = [];
    let filled = 0;
    for (let next = figure.nextElementSibling; next && filled < gapMm; next = next.nextElementSibling) {
      if (
        next.matches('h1, h2, h3, h4, h5, h6, figure, section, nav') ||
        next.querySelector('h2, h3, figure')
      )
        break;
      const style = getComputedStyle(next);
      const height =
        next.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
      filled += height / mm;
      blocks.push(next);
    }
    parent.style.width = width;
    if (!blocks.length) continue;
    figure.before(...blocks);
    moved += blocks.length;
  }
  return moved;
}
