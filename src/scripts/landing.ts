/**
 * Landing on a deep link: resolves retired anchor ids through the alias map (old id → new id, from
 * `<script type="application/json" id="anchor-aliases">`), falls back from a text-fragment link to its
 * paragraph where the browser lacks text fragments, and opens any <details> around the target.
 * Scrolling below the sticky header and the highlight are CSS (scroll-margin-top, :target).
 */
import { idFromHash } from '../lib/text-fragment.ts';

const aliases: Record<string, string> = (() => {
  try {
    return JSON.parse(document.getElementById('anchor-aliases')?.textContent ?? '{}');
  } catch {
    return {};
  }
})();

function land(): void {
  if (!location.hash) return;
  let id = idFromHash(location.hash);
  if (!document.getElementById(id) && aliases[id]) {
    id = aliases[id]!;
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
}

land();
addEventListener('hashchange', land);
