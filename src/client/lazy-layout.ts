/**
 * Blocks marked `.lazy-layout` are laid out only when the reader nears them (content-visibility: auto,
 * global.css), with a reserved height until then. A long jump (the scrollbar, the End key) would land on
 * reserved heights that change as the blocks there are drawn, and the page would shift under the reader.
 * Once the reader starts to use the page, every block is drawn once, one group per idle moment, and keeps
 * its real height (`contain-intrinsic-size: auto` remembers it) while it is off screen again. A new width
 * (a phone turned) changes the heights, so they are drawn again. `<html data-lazy-layout="drawn">` says
 * a pass has finished.
 */
const START_ON = ['scroll', 'wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** Waits for an idle moment (setTimeout where requestIdleCallback is missing, as in Safari). */
const idle = (): Promise<void> =>
  new Promise((resolve) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => resolve(), { timeout: 500 })
      : setTimeout(resolve, 50),
  );
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

let run = 0;

/** The first block that starts on or below the top of the screen: content above it may change height. */
const anchorBlock = (): Element | undefined =>
  [...document.querySelectorAll('.lazy-layout')].find((el) => el.getBoundingClientRect().top >= 0);

/**
 * Draws each outermost block together with the blocks inside it, then lets them go back to `auto`. While
 * drawn, a block keeps the containment `auto` gives it, so margins do not change. A block above the reader
 * that takes its real height would push the page: browsers' scroll anchoring does not cover a block whose
 * content-visibility is set, so the first block below the top of the screen is measured before and after,
 * and the page scrolled by the difference, in the same frame.
 */
async function drawAll(): Promise<void> {
  const id = ++run;
  // A new pass (after a width change) has to finish before the page counts as drawn again.
  delete document.documentElement.dataset.lazyLayout;
  const outermost = [...document.querySelectorAll<HTMLElement>('.lazy-layout')].filter(
    (el) => !el.parentElement?.closest('.lazy-layout'),
  );
  for (const block of outermost) {
    await idle();
    await frame(); // from here to the end of this frame's layout, nothing is painted
    if (id !== run) return; // a newer pass (after a resize) has started
    const anchor = anchorBlock();
    const before = anchor?.getBoundingClientRect().top ?? 0;
    const group = [block, ...block.querySelectorAll<HTMLElement>('.lazy-layout')];
    for (const el of group) {
      el.style.contain = 'layout style paint';
      el.style.contentVisibility = 'visible';
    }
    const shift = (anchor?.getBoundingClientRect().top ?? 0) - before;
    if (Math.abs(shift) >= 1) scrollBy({ top: shift, behavior: 'instant' });
    // This frame records the drawn heights; let go in the next one.
    await frame();
    for (const el of group) {
      el.style.contentVisibility = '';
      el.style.contain = '';
    }
  }
  document.documentElement.dataset.lazyLayout = 'drawn';
}

function start(): void {
  for (const type of START_ON) removeEventListener(type, start, true);
  void drawAll();
  let width = innerWidth;
  addEventListener('resize', () => {
    if (innerWidth === width) return;
    width = innerWidth;
    void drawAll();
  });
}

if (document.querySelector('.lazy-layout')) {
  for (const type of START_ON) addEventListener(type, start, { capture: true, passive: true });
}

/**
 * Drawings marked `data-draw-near` (the charts' SVG, figure.css) are not laid out until the reader comes
 * within half a screen of one; their box keeps its exact size meanwhile, so nothing moves when they are
 * drawn. A drawing that is not displayed at this width (the wide one on a phone) waits until it is.
 */
const drawings = document.querySelectorAll('[data-draw-near]');
if (drawings.length) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        entry.target.removeAttribute('data-draw-near');
        observer.unobserve(entry.target);
      }
    },
    { rootMargin: '50% 0px' },
  );
  for (const drawing of drawings) observer.observe(drawing);
}
