import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * An expert quoted in one or more reports (`content/experts/<id>.yaml`, shared by all reports). The file name is the expert's id, the
 * pinyin of the name (`lin-zhiyuan`); the public anchor is `#expert-<id>`.
 */
export const expertSchema = z
  .object({
    /** Name as in the report, e.g. 林知远. */
    name: text,
    /** The name in pinyin, capitalised, e.g. Lin Zhiyuan. */
    pinyin: z
      .string()
      .regex(/^[A-Z][a-z]+( [A-Z][a-z]+)+$/, 'must be capitalised pinyin such as "Lin Zhiyuan"'),
    /** Titles and affiliations exactly as the reports give them, in their order (typos included). */
    titles: z.array(text).min(1),
    /**
     * Words of the titles the report evidently got wrong, kept verbatim and shown with the likely
     * reading marked as ours, e.g. 研究院 → 研究员.
     */
    sic: z
      .array(
        z
          .object({
            /** The words as printed, verbatim in one of the titles. */
            text: text,
            /** What they evidently mean (our correction, shown as such). */
            reads: text,
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((e, ctx) =>
    e.sic.forEach((s, i) => {
      if (!e.titles.some((t) => t.includes(s.text)))
        ctx.addIssue({
          code: 'custom',
          path: ['sic', i, 'text'],
          message: `"${s.text}" is not in the titles`,
        });
    }),
  );

export type ExpertData = z.infer<typeof expertSchema>;
