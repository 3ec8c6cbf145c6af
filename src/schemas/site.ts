/** The site (content/site.yaml): its name, its publisher, its public address and its home report. */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/**
 * The site's identity (`content/site.yaml`): who compiles this edition of the reports. The reports keep
 * their own credits; the site is credited for what it adds (figures, timeline, expert grid, notes).
 * Read by astro.config.mjs (for the base URL) and by the pages.
 */
export const siteSchema = z
  .object({
    /** The site's name, e.g. 研报精读: og:site_name, the PDF's creator, the author of figure citations. */
    name: text,
    /** Who edits and publishes the site, e.g. 研报精读编辑部: the responsible party for the site's own work. */
    publisher: text,
    /**
     * The public base address (`https://…/`). Absent until the site has one: the build then warns once and
     * publishes no absolute site URL (canonical links, share metadata, sitemap, citations, PDF cover).
     */
    url: z
      .url({
        protocol: /^https?$/,
        error: 'must be an absolute http(s) URL such as https://reports.example.org/',
      })
      .refine(
        (u) => !/^https?:\/\/(localhost|127\.|\[::1\])/.test(u),
        'must be a public address, not localhost',
      )
      .optional(),
    /** The report the site opens with, served at `/` (the id of a folder in content/reports/). */
    home: slug,
  })
  .strict();

export type SiteData = z.infer<typeof siteSchema>;
