// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { paragraphPrefixForFile } from './src/lib/anchors.ts';
import rehypeParagraphIds from './src/lib/markdown/rehype-paragraph-ids.ts';

export default defineConfig({
  // Duplicate entry ids in a collection fail the build instead of being overwritten with a warning.
  prerenderConflictBehavior: 'error',
  markdown: {
    // The remark/rehype pipeline with remark-gfm (tables, footnotes, autolinks). MDX inherits it.
    processor: unified({
      gfm: false, // GFM comes from remark-gfm below, exactly once
      smartypants: false, // the report's punctuation is Chinese and verbatim: no "smart" rewriting
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypeParagraphIds, { prefix: paragraphPrefixForFile }]],
    }),
  },
  integrations: [mdx()],
  build: {
    // Small pages: keep the CSS in the HTML, no extra request before first paint.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
