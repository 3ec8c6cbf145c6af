/**
 * An expert's opinion (content/reports/<id>/opinions/<expert>-<n>.mdx): whose it is, where it stands and
 * the grid excerpts it gives; its body is the opinion, verbatim.
 */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/**
 * One expert's opinion (`content/reports/<report>/opinions/<id>.mdx`): the paragraph(s) of the report
 * that carry it, verbatim. The article places it with `<Opinion id="<id>" />` in its section; the expert
 * pages and the expert grid render the same entry. Public anchor: `#opinion-<id>`.
 */
export const opinionSchema = z
  .object({
    /** Who says it: the id of an expert in content/experts/ (shared by all reports). */
    expert: slug,
    /** The section of this report where it stands (its file name, e.g. history). */
    section: slug,
    /**
     * Excerpts for the expert grid, one per perspective the opinion speaks to: the expert's words,
     * verbatim. Fragments of one excerpt may be joined by “……” (in their order in the opinion). An excerpt
     * never cuts one side of a contrast (好处…弊端, 短期…长期): the content check enforces it. None when
     * the report declares no perspectives (the grid then links to the whole opinion).
     */
    excerpts: z
      .array(
        z
          .object({
            /** What this excerpt speaks to: the id of one of the report's `perspectives`. */
            perspective: slug,
            /** The words, verbatim from the opinion. */
            text: text,
          })
          .strict(),
      )
      .default([])
      .refine((list) => new Set(list.map((e) => e.perspective)).size === list.length, {
        message: 'one excerpt per perspective',
      }),
  })
  .strict();

export type OpinionData = z.infer<typeof opinionSchema>;
