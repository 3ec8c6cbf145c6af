/**
 * Loads the code of a custom element only when the reader gets near one: a visit that never reaches the
 * figures or the filters fetches none of their code. Until then an element is what its HTML and CSS make
 * it (the chart's SVG and data table, the CSS-only filters), so nothing depends on the timing.
 *
 * "Near" is within a quarter of a screen of the viewport: the code (about 1 KB) arrives long before a
 * reader scrolling by could use it, and a first visit that stays on the first screen does not fetch it,
 * even on a tall desktop screen. A reader can still reach an element before its code has
 * run (a jump from the contents, a tap right after a deep link): the first such event starts the load and
 * is dispatched again once the element is defined, so the element's own listeners see it.
 */

/** What the element listens to (the events worth replaying to it). */
const REPLAYED = ['mouseover', 'click', 'change', 'focusin'] as const;
/** Elements whose own default action answers a click. */
const CONTROLS = 'a[href], button, input, label, select, textarea, summary';

export function defineWhenNear(
  tag: string,
  load: () => Promise<unknown>,
  /** Whether an element needs its code at once (e.g. state to restore from the URL). */
  eager: (element: HTMLElement) => boolean = () => false,
): void {
  const elements = [...document.querySelectorAll<HTMLElement>(tag)];
  if (!elements.length || customElements.get(tag)) return;
  let loading: Promise<unknown> | undefined;
  const start = () => (loading ??= load().then(() => customElements.whenDefined(tag)));
  if (elements.some(eager)) {
    void start();
    return;
  }

  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void start();
    },
    { rootMargin: '25% 0px' },
  );
  const replay = (event: Event) => {
    if (customElements.get(tag)) return;
    const target = event.target;
    // A click on a link or a control has had its effect already (its change event is replayed instead);
    // a synthetic click would follow the link or toggle the control a second time.
    if (event.type === 'click' && target instanceof Element && target.closest(CONTROLS)) return;
    const Ctor = event.constructor as typeof Event;
    void start().then(() => {
      // A pointer that has moved on since is not replayed (it would show a tooltip nobody points at).
      if (event.type === 'mouseover' && target instanceof Element && !target.matches(':hover')) return;
      target?.dispatchEvent(new Ctor(event.type, event));
    });
  };
  for (const element of elements) {
    observer.observe(element);
    for (const type of REPLAYED) element.addEventListener(type, replay);
  }
}
