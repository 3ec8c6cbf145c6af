// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { paragraphPrefixForFile } from './src/lib/anchors.ts';
import { siteUrl } from './src/lib/site-url.ts';
import { buildCacheDir, buildCacheReport, openBuildCache } from './src/integrations/cache/index.ts';
import { loadSite } from './src/model/site.ts';
import chromiumAssets from './src/integrations/chromium/chromium-assets.ts';
import precompress from './src/integrations/delivery/precompress.ts';
import printAssets from './src/integrations/pdf/print-assets.ts';
import remarkParagraphIds from './src/lib/markdown/remark-paragraph-ids.ts';
import searchIndex from './src/integrations/search/search-index.ts';
import rehypeUrlLinks from './src/lib/markdown/rehype-url-links.ts';

// Tests build deliberately broken copies of content/ (see src/content.config.ts); keep their cache apart.
const fixture = process.env.REPORT_CONTENT_DIR;
const cacheDir = fixture ? `${fixture}/.astro-cache` : undefined;

/**
 * The public address of the site: `SITE_URL`, else content/site.yaml (`url`), else a static host's own
 * variable (Netlify, Vercel, Cloudflare Pages, GitLab Pages, Render; src/lib/site-url.ts). Canonical
 * URLs, share previews, the sitemap, the feed, citations and the PDF's links use it. Without it nothing absolute
 * is published (and the build says so once).
 */
const address = siteUrl(process.env, loadSite(fixture ?? './content').url);
const site = address?.url;

/**
 * The build cache (src/integrations/cache/): the share images, reserved heights, PDFs, print fonts and
 * precompressed files of earlier builds, by the hash of what they are made from. REPORT_BUILD_CACHE names
 * its folder (`off`: none); by default `report-build/` in Astro's cache folder (node_modules/.astro/),
 * which static hosts keep between builds.
 */
const cache = openBuildCache(
  buildCacheDir(process.env, { root: fileURLToPath(new URL('.', import.meta.url)), astroCacheDir: cacheDir }),
);

/**
 * Says once per build that absolute site URLs are left out, and why.
 * @type {import('astro').AstroIntegration}
 */
const siteUrlNotice = {
  name: 'site-url-notice',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (address) logger.info(`public address ${address.url} (from ${address.from})`);
      else
        logger.warn(
          'no public address (SITE_URL, content/site.yaml `url`, or a static host’s variable): canonical links, share images in previews, the sitemap, the feed and absolute URLs in citations and the PDF are left out. Set one before deploying.',
        );
    },
  },
};

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'ignore',
  ...(cacheDir ? { cacheDir } : {}),
  // Duplicate entry ids in a collection fail the build instead of being overwritten with a warning.
  prerenderConflictBehavior: 'error',
  // Scoped styles by class rather than data attributes: fewer bytes on every element.
  scopedStyleStrategy: 'class',
  markdown: {
    // The remark/rehype pipeline with remark-gfm (tables, footnotes, autolinks). MDX inherits it.
    processor: unified({
      gfm: false, // GFM comes from remark-gfm below, exactly once
      smartypants: false, // the report's punctuation is Chinese and verbatim: no "smart" rewriting
      remarkPlugins: [remarkGfm, [remarkParagraphIds, { prefix: paragraphPrefixForFile }]],
      rehypePlugins: [rehypeUrlLinks],
    }),
  },
  // After the pages are written, in this order: the sitemap (when the site has a public address), the
  // subset print font and hashed print stylesheet, the share images and the PDFs (printed with them),
  // the search index of the report pages (dist/pagefind/), then .gz/.br siblings of every text file; last,
  // what came from the build cache.
  integrations: [
    siteUrlNotice,
    mdx(),
    // The preview cards (`…/og/<part>/`, every report's) are turned into images and removed: never listed.
    ...(site ? [sitemap({ filter: (page) => !/(^|\/)og\//.test(new URL(page).pathname) })] : []),
    printAssets(cache),
    chromiumAssets(cache),
    searchIndex(),
    precompress(cache),
    buildCacheReport(cache),
  ],
  build: {
    // Small pages: keep the CSS in the HTML, no extra request before first paint.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts: every script is a same-origin file, so the CSP needs no 'unsafe-inline'.
      assetsInlineLimit: 0,
      // The interactive ECharts chunk (~580 KB) is loaded only when a reader asks for it.
      chunkSizeWarningLimit: 700,
      rollupOptions: {
        onwarn(warning, warn) {
          // Known Astro 7 noise for every MDX entry (withastro/astro#18087): the directive is Astro's own.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
