/**
 * A section of a report (content/reports/<id>/sections/<anchor>.mdx): its place, label and heading; its
 * body is the report's paragraphs, verbatim.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * One part of a report's body (`content/reports/<report>/sections/<anchor>.mdx`). The file name is the
 * section's public anchor id (`#history`). The body is the report's text, verbatim, with
 * `<Opinion id="…" />` where an expert's opinion stands, `<Figure id="…" />` where a figure belongs and
 * `<OmittedImage caption="…" />` where the original has a picture that is not reproduced.
 */
export const sectionSchema = z
  .object({
    /** Position in the report, 1 for the first part. Unique within a report. */
    order: z.number().int().positive(),
    /** The heading exactly as in the source; absent for the untitled opening paragraphs. */
    title: text.optional(),
    /** Short label for the table of contents (editorial, not quoted from the source). */
    label: text,
    /** Set off from the article as a box (e.g. the publisher's own note at the end). */
    aside: z.boolean().default(false),
  })
  .strict();

export type SectionData = z.infer<typeof sectionSchema>;
