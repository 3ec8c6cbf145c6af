/**
 * <site-search>: search across every report, offline. The box (src/components/SiteSearch.astro) gets its
 * results here: a polite live region that says how many passages were found (or that none were), and a
 * list of links, each to a passage's deep link, showing the report, the section and the passage with
 * the reader's words marked. Typing searches (debounced), Enter at once; arrow keys move between the box
 * and the links, Escape closes the list.
 * Pagefind's script and index (dist/pagefind/, built by src/integrations/search/) load on the first
 * focus, never before; the search runs in Pagefind's worker, which is the only place the CSP lets
 * WebAssembly run (src/lib/security.ts).
 *
 * Why our own element and not Pagefind's UI: its hits are its sub-results, which split a page only at
 * headings (or elements given a data-pagefind-title), so they would link to sections, not paragraphs;
 * and its excerpts mark the words of its own segmentation — for 双十一 it marks 双 inside 双方, for 曹磊
 * the two characters apart. Pagefind finds the pages; src/lib/search.ts cuts each page into its
 * passages at the ids of its elements (Pagefind's `anchors`) and keeps those that hold every word of
 * the query, as typed, so each hit links to the paragraph, opinion, event or figure and marks exactly
 * the reader's words.
 */
import css from './site-search.css?inline';
import { SEARCH_BUNDLE, hitsOf, queryWords, type IndexedPage, type SearchHit } from '../lib/search.ts';

/** The parts of Pagefind's browser API used here (pagefind.js, Pagefind 1.x). */
interface PagefindSearch {
  results: Array<{ data: () => Promise<IndexedPage> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  destroy: () => Promise<void>;
  search: (query: string) => Promise<PagefindSearch>;
  /** Null when a later call has superseded this one. */
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<PagefindSearch | null>;
}

/** Pages read for hits (one request each), and hits listed. */
const MAX_PAGES = 20;
const MAX_HITS = 50;

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind's script, started once: it fetches its index's metadata and WebAssembly as it starts. */
const loadPagefind = (): Promise<Pagefind> =>
  (pagefind ??= (import(/* @vite-ignore */ `${SEARCH_BUNDLE}pagefind.js`) as Promise<Pagefind>).then(
    async (pf) => {
      await pf.init();
      return pf;
    },
  ));

/**
 * Pagefind's results for a query (null: a later debounced call superseded it). Pagefind waits 5 s for
 * its worker to start (script, index metadata, WebAssembly: a slow connection can take longer) and then
 * runs in the page instead, where the CSP forbids WebAssembly: so a search that fails is tried once more
 * with Pagefind started again, which finds its worker started by then.
 */
async function find(query: string, now: boolean): Promise<PagefindSearch | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      const pf = await loadPagefind();
      return await (now ? pf.search(query) : pf.debouncedSearch(query, {}, 200));
    } catch (error) {
      if (attempt) throw error;
      const failed = pagefind;
      pagefind = undefined;
      await failed?.then((pf) => pf.destroy()).catch(() => undefined);
    }
  }
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
  const el = document.createElement(tag);
  el.className = className;
  return el;
};

function hitItem(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  const a = element('a', 'site-search__hit');
  a.href = hit.href;
  const where = element('span', 'site-search__where');
  where.textContent = hit.section ? `${hit.report} · ${hit.section}` : hit.report;
  const text = element('span', 'site-search__text');
  for (const part of hit.excerpt) {
    if (part.mark) text.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
    else text.append(part.text);
  }
  a.append(where, text);
  li.append(a);
  return li;
}

class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #panel!: HTMLDivElement;
  #status!: HTMLParagraphElement;
  #list!: HTMLOListElement;
  /** Counts searches, so that a slow one never overwrites a later one. */
  #run = 0;

  connectedCallback(): void {
    if (this.#panel) return;
    this.#input = this.querySelector('input')!;
    // The live region exists (and is rendered, visually hidden while closed) before anything is said.
    this.#panel = element('div', 'site-search__panel');
    this.#status = element('p', 'site-search__status');
    this.#status.setAttribute('role', 'status');
    this.#list = element('ol', 'site-search__results');
    this.#list.hidden = true;
    this.#panel.append(this.#status, this.#list);
    this.append(this.#panel);

    this.#input.addEventListener('input', () => void this.#search(false));
    this.#input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void this.#search(true);
    });
    this.addEventListener('focusin', () => {
      void loadPagefind().catch(() => undefined);
      if (this.#status.textContent) this.#open(true);
    });
    this.addEventListener('focusout', (e) => {
      if (!(e.relatedTarget instanceof Node && this.contains(e.relatedTarget))) this.#open(false);
    });
    this.addEventListener('keydown', (e) => this.#key(e));
    // A link to this page only scrolls: close the list so that the passage is in sight.
    this.#list.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a')) this.#open(false);
    });
    // Focused before this code arrived (it loads on the first focus): start now, with what was typed.
    if (this.contains(document.activeElement)) {
      void loadPagefind().catch(() => undefined);
      if (this.#input.value.trim()) void this.#search(true);
    }
  }

  #open(open: boolean): void {
    this.classList.toggle('is-open', open);
    this.#list.hidden = !open;
  }

  async #search(now: boolean): Promise<void> {
    const run = ++this.#run;
    const query = this.#input.value.trim();
    const words = queryWords(query);
    if (!words.length) {
      this.#open(false);
      this.#list.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    let hits: SearchHit[];
    let pages: number;
    try {
      const found = await find(words.join(' '), now);
      if (!found || run !== this.#run) return;
      const data = await Promise.all(found.results.slice(0, MAX_PAGES).map((r) => r.data()));
      if (run !== this.#run) return;
      hits = data.flatMap((page) => hitsOf(page, words));
      pages = new Set(hits.map((h) => h.report)).size;
    } catch (error) {
      if (run !== this.#run) return;
      console.warn('search:', error);
      this.#show([], '搜索暂时无法使用。');
      return;
    }
    this.#show(
      hits.slice(0, MAX_HITS),
      hits.length
        ? `找到${hits.length}处（${pages}份报告）${hits.length > MAX_HITS ? `，列出前${MAX_HITS}处` : ''}。`
        : `没有找到“${query}”。`,
    );
  }

  #show(hits: SearchHit[], message: string): void {
    this.#list.replaceChildren(...hits.map(hitItem));
    this.#open(this.contains(document.activeElement));
    this.#status.textContent = message;
  }

  #key(e: KeyboardEvent): void {
    const links = [...this.#list.querySelectorAll('a')];
    if (e.key === 'Escape' && this.classList.contains('is-open')) {
      e.preventDefault();
      this.#open(false);
      this.#input.focus();
      return;
    }
    if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || this.#list.hidden || !links.length) return;
    e.preventDefault();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next =
      e.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at < 0 ? links.length - 1 : at - 1;
    (next < 0 ? this.#input : links[next]!).focus();
  }
}

if (!customElements.get('site-search')) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  customElements.define('site-search', SiteSearch);
}
