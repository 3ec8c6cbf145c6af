/**
 * The embed page's own script (src/components/EmbedPage.astro): the page's height for its host. (The
 * chart's tooltips and 交互查看 come from the reading script, ReaderScript.astro, as on the report page;
 * this file imports no module that script has, so the two entries share no chunk, which would be one more
 * request on the first visit to `/`.) Whenever the page's height changes (first layout, a wider or
 * narrower frame, the data table opened, the interactive chart loaded), it posts
 * `{ type: 'report-embed:height', height, url }` to the parent window (src/lib/embed.ts; README “Embeds”
 * shows a host's listener). Any origin may receive it: it says nothing but the height.
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../lib/embed.ts';

if (window.parent !== window) {
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height, url: location.href };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
