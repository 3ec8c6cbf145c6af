/**
 * Landing on a deep link: resolves retired anchor ids through the alias map (old id → new id, from
 * `<meta name="anchor-aliases">`, fetched only for an id the page lacks), falls back from a text-fragment link to its
 * paragraph where the browser lacks text fragments, opens any <details> around the target, and keeps the
 * target in place while the blocks above it are laid out (see holdInPlace).
 * Scrolling below the sticky header and the highlight are CSS (scroll-margin-top, :target).
 */
import { idFromHash } from '../lib/text-fragment.ts';

let aliases: Promise<Record<string, string>> | undefined;

/** The report's alias map, fetched once and only when a link's id is not on the page. */
function aliasMap(): Promise<Record<string, string>> {
  const href = document.querySelector<HTMLMetaElement>('meta[name="anchor-aliases"]')?.content;
  aliases ??= href
    ? fetch(href)
        .then((r) => (r.ok ? r.json() : {}))
        .catch(() => ({}))
    : Promise.resolve({});
  return aliases;
}

async function land(): Promise<void> {
  if (!location.hash) return;
  let id = idFromHash(location.hash);
  if (!document.getElementById(id)) {
    const to = (await aliasMap())[id];
    if (!to || idFromHash(location.hash) !== id) return; // no alias, or the reader has moved on
    id = to;
    location.replace(`#${id}`); // becomes :target, scrolls; history keeps one entry
  }
  const target = document.getElementById(id);
  if (!target) return;
  let opened = false;
  for (let el: Element | null = target; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) {
      el.open = true;
      opened = true;
    }
  }
  // A text-fragment link in a browser without support: the hash is "id:~:text=…", so go to the id.
  if (opened || location.hash.includes(':~:')) target.scrollIntoView();
  holdInPlace(target);
}

/** Frames to wait for layout to settle, and the most to spend holding a target (about 10 s). */
const SETTLED_FRAMES = 10;
const MAX_FRAMES = 600;
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
let holding: (() => void) | undefined;

/**
 * Blocks off screen are laid out only when the reader nears them (`content-visibility: auto`), with a
 * reserved height until then. After a jump, the blocks just above the target take their real height and
 * would push it away, and so do the blocks lazy-layout.ts draws once the page has scrolled. This puts it
 * back at the top until that pass is over (`<html data-lazy-layout="drawn">`) and nothing has moved for
 * SETTLED_FRAMES frames, or until the reader scrolls, types or taps.
 */
function holdInPlace(target: Element): void {
  holding?.();
  let frames = 0;
  let still = 0;
  let done = false;
  const stop = () => {
    done = true;
    holding = undefined;
    for (const type of READER_INPUT) removeEventListener(type, stop, true);
  };
  holding = stop;
  for (const type of READER_INPUT) addEventListener(type, stop, { capture: true, passive: true });
  const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
  const lazy = document.querySelector('.lazy-layout') !== null;
  const tick = () => {
    if (done) return;
    const top = target.getBoundingClientRect().top;
    const atBottom = scrollY >= document.documentElement.scrollHeight - innerHeight - 1;
    if (Math.abs(top - margin) > 1 && !(atBottom && top > margin)) {
      target.scrollIntoView({ behavior: 'instant', block: 'start' });
      still = 0;
    } else {
      still++;
    }
    const drawn = !lazy || document.documentElement.dataset.lazyLayout === 'drawn';
    if ((still >= SETTLED_FRAMES && drawn) || ++frames >= MAX_FRAMES) stop();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

void land();
addEventListener('hashchange', () => void land());
