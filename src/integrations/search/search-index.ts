/**
 * Search, in one folder: this build step writes the search index of every report into dist/pagefind/
 * with Pagefind's Node API; the reader's side is src/client/site-search.ts (the box) and
 * src/lib/search.ts (hits as passages).
 *
 * What is indexed: the report pages only, `/` and `/reports/<id>/` — their <main> carries
 * `data-pagefind-body` (src/components/ReportPage.astro), and Pagefind leaves out every page without it
 * once one has it: share pages, preview cards, expert pages (they quote opinions the report page has,
 * so each hit has one home), the reports index, the 404. Within a report page, the words of the report
 * and the site's timeline: sections and their paragraphs, opinions, events, figure titles, the title;
 * not the page's furniture or what repeats those words elsewhere on the page (SEARCH_EXCLUDE).
 *
 * Chinese: pages are `lang="zh-CN"`, so Pagefind's extended build (the only binary of its npm package)
 * segments them into words with ICU4X, and the browser segments the query with Intl.Segmenter.
 *
 * Delivery: the index files (`*.pf_meta`, `*.pf_index`, `*.pf_fragment`, `wasm.*.pagefind`) are gzip
 * already and Pagefind's script unpacks them itself, so they get no `.gz`/`.br` siblings
 * (delivery/compressible.ts) and are served as they are; pagefind.js, pagefind-worker.js and
 * pagefind-entry.json are precompressed like every other text file (this step runs before that one).
 * Pagefind's own UI bundles are not written: the site has its own box.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { SEARCH_BUNDLE } from '../../lib/search.ts';

/**
 * What a report page's <main> holds that is not indexed: the masthead but its title (credits, dates,
 * the edition note), the contents, the key figures (the report's numbers again), a figure but its title
 * (drawing, description, table, legend, sources: our compilation, with the numbers of the text), who
 * speaks an opinion and its perspectives (tags like 京东 would match every opinion), an event's category
 * and sources, the filters and the blocks' introductions, the expert grid (excerpts of the opinions) and
 * the citations.
 */
export const SEARCH_EXCLUDE = [
  '.masthead > :not(h1)',
  '#toc',
  '#key-figures',
  'figure > :not(.figure__head)',
  '.figure__takeaway',
  '.omitted-image',
  '.opinion__by',
  '.event__category',
  '.event__sources',
  'filter-group',
  '.block__intro',
  '#experts',
  '#cite',
];

/** Pagefind's prebuilt search UIs and their highlighter, which the site does not use. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const start = Date.now();
        try {
          const { index, errors } = await createIndex({ excludeSelectors: SEARCH_EXCLUDE });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: root });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const files = await index.getFiles();
          if (files.errors.length) throw new Error(files.errors.join('\n'));
          // Pages read (every HTML file) are not pages indexed: the entry file counts those.
          const entry = files.files.find((f) => f.path === 'pagefind-entry.json');
          const { languages } = JSON.parse(new TextDecoder().decode(entry?.content)) as {
            languages: Record<string, { page_count: number }>;
          };
          const pages = Object.values(languages).reduce((n, l) => n + l.page_count, 0);
          if (!pages)
            throw new Error(`no report page among ${added.page_count} (no <main data-pagefind-body>)`);
          const out = join(root, SEARCH_BUNDLE);
          rmSync(out, { recursive: true, force: true });
          let bytes = 0;
          let written = 0;
          for (const f of files.files) {
            if (UNUSED.test(f.path)) continue;
            mkdirSync(dirname(join(out, f.path)), { recursive: true });
            writeFileSync(join(out, f.path), f.content);
            bytes += f.content.length;
            written++;
          }
          logger.info(
            `search index: ${pages} report page(s) of ${added.page_count}, ${written} files, ${(bytes / 1024).toFixed(0)} KB in ${SEARCH_BUNDLE} (${((Date.now() - start) / 1000).toFixed(1)} s)`,
          );
        } catch (error) {
          throw new Error(`search-index: ${(error as Error).message}`);
        } finally {
          await close();
        }
      },
    },
  };
}
