/**
 * Copy-link controls: any `a[data-copy-link]` copies its absolute URL (Clipboard API, with a fallback for
 * browsers without it) and announces 已复制 in a polite live region; the address bar follows without
 * scrolling. Also used by the passage-link button and the citation copy buttons (`[data-copy-text]`).
 */
import { accessDate } from '../lib/citation.ts';

const region = (() => {
  let el = document.getElementById('copy-status');
  if (!el) {
    el = document.createElement('p');
    el.id = 'copy-status';
    el.className = 'copy-status';
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    document.body.append(el);
  }
  return el;
})();

let timer: ReturnType<typeof setTimeout> | undefined;
export function announce(message: string): void {
  region.textContent = message;
  region.classList.add('is-visible');
  clearTimeout(timer);
  timer = setTimeout(() => region.classList.remove('is-visible'), 2500);
}

/** Copies text; resolves false when neither the Clipboard API nor the fallback worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

export async function copyAndAnnounce(text: string, what = '链接'): Promise<void> {
  if (await copyText(text)) announce(`已复制${what}`);
  else announce(`无法自动复制，请手动复制：${text}`);
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (link) {
    event.preventDefault();
    const url = new URL(link.getAttribute('href') ?? '', location.href);
    history.replaceState(history.state, '', url.hash);
    void copyAndAnnounce(url.href);
    return;
  }
  const button = target?.closest<HTMLElement>('[data-copy-text]');
  if (button) {
    const source = document.getElementById(button.dataset.copyText ?? '');
    if (!source) return;
    // Citations carry a placeholder for the access date (引用日期): fill in today's date, Beijing time.
    const today = accessDate(new Date());
    void copyAndAnnounce((source.textContent ?? '').trim().replace('[引用日期]', `[${today}]`), '引用');
  }
});

/*
 * A section's paragraph controls (¶) are one tab stop (src/lib/markdown/paragraph-links.ts): from the one
 * in the tab order, the arrow keys move to the previous or next paragraph's control of the same section
 * (or expert opinion), Home and End to the first and last; the one left focused becomes the tab stop.
 */
const PARAGRAPH_KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowRight: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

document.addEventListener('keydown', (event) => {
  const move = PARAGRAPH_KEYS[event.key];
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.anchor--para');
  if (!move || !link || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const group = link.closest('section, article') ?? document.body;
  const links = [...group.querySelectorAll<HTMLAnchorElement>('a.anchor--para')].filter(
    (a) => a.closest('section, article') === link.closest('section, article'),
  );
  const from = links.indexOf(link);
  const to = links[move(from, links.length)];
  if (!to || to === link) return;
  event.preventDefault();
  for (const a of links) a.tabIndex = a === to ? 0 : -1;
  to.focus();
});

// Copy buttons need this script: show them only now that it runs.
for (const b of document.querySelectorAll<HTMLElement>('[data-copy-text][hidden]')) b.hidden = false;
