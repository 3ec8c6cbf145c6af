// Everything the report page needs before interaction; each module is small and self-contained.
import './landing.ts';
import './lazy-layout.ts';
import './copy-link.ts';
import './passage-link.ts';
import './toc.ts';
import './print.ts';
import { defineWhenNear } from './when-near.ts';

// Further down the page: their code loads when the reader gets near them.
defineWhenNear('figure-chart', () => import('./figure-chart.ts'));
// A filter chosen in the URL (?view=…) is restored at once.
defineWhenNear(
  'filter-group',
  () => import('./filter-group.ts'),
  (el) => new URLSearchParams(location.search).has(el.dataset.param ?? ''),
);
// The search box (the top bar's, or /reports/'s): its code, then Pagefind's, loads on the first focus.
document
  .querySelector('site-search')
  ?.addEventListener('focusin', () => import('./site-search.ts'), { once: true });
