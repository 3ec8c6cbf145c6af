import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * One part of a report's body (`content/sections/<report>/<anchor>.mdx`). The file name is the section's
 * public anchor id (`#cooperation-history`). The body is the report's text, verbatim, with
 * `<Opinion id="…" />` where an expert's opinion stands and `<OmittedImage caption="…" />` where the
 * original has a picture that is not reproduced.
 */
export const sectionSchema = z
  .object({
    /** The report this section belongs to. */
    report: reference('reports'),
    /** Position in the report, 1 for the first part. Unique within a report. */
    order: z.number().int().positive(),
    /** The heading exactly as in the source; absent for the untitled opening paragraphs. */
    title: text.optional(),
    /** Short label for the table of contents (editorial, not quoted from the source). */
    label: text,
  })
  .strict();
