/**
 * The table of contents: marks the part being read (aria-current="location", scroll-spy) and, on
 * phones, turns the top bar's 目录 link into a menu button. Without JavaScript the link jumps to the
 * table of contents (CSS shows it as :target).
 */
const nav = document.getElementById('toc');
const toggle = document.querySelector<HTMLAnchorElement>('a[href="#toc"][data-toc-toggle]');

if (nav) {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(a.hash.slice(1), a);
  const targets = [...links.keys()]
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => !!el);
  const visible = new Set<string>();
  const mark = () => {
    // The first part in reading order that is on screen.
    const current = targets.find((t) => visible.has(t.id));
    for (const [id, a] of links) {
      if (id === current?.id) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target.id);
        else visible.delete(e.target.id);
      }
      mark();
    },
    { rootMargin: '-20% 0px -60% 0px' },
  );
  targets.forEach((t) => observer.observe(t));

  if (toggle) {
    toggle.setAttribute('role', 'button');
    toggle.setAttribute('aria-controls', 'toc');
    toggle.setAttribute('aria-expanded', 'false');
    const set = (open: boolean) => {
      nav.classList.toggle('is-open', open);
      toggle.setAttribute('aria-expanded', String(open));
    };
    toggle.addEventListener('click', (e) => {
      e.preventDefault();
      set(!nav.classList.contains('is-open'));
    });
    nav.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a')) set(false);
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && nav.classList.contains('is-open')) {
        set(false);
        toggle.focus();
      }
    });
  }
}
