import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { text } from './common.ts';

/** The perspectives an opinion can take: on JD, on Tencent, on the industry. */
export const PERSPECTIVES = ['jd', 'tencent', 'industry'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** Reader-facing names of the perspectives (short tags). */
export const PERSPECTIVE_LABELS: Record<Perspective, string> = {
  jd: '京东',
  tencent: '腾讯与微信',
  industry: '行业',
};

/**
 * The expert grid's columns, from the report's sections: 京东的短期阵痛与腾讯电商战略跃迁 splits into the
 * effect on JD and Tencent's strategy; the opening commentary and 竞合新生态 are about the industry.
 */
export const PERSPECTIVE_COLUMNS: Record<Perspective, string> = {
  jd: '京东',
  tencent: '腾讯与微信',
  industry: '行业与竞合',
};

/**
 * One expert's opinion (`content/opinions/<id>.mdx`): the paragraph(s) of the report that carry it,
 * verbatim. The article places it with `<Opinion id="<id>" />` in its section; the expert pages and the
 * expert grid render the same entry. Public anchor: `#opinion-<id>`.
 */
export const opinionSchema = z
  .object({
    /** Who says it. */
    expert: reference('experts'),
    /** The section of the report where it stands (entry id, e.g. wechat-jd/coopetition). */
    section: reference('sections'),
    /**
     * Excerpts for the expert grid, one per perspective the opinion speaks to: the expert's words,
     * verbatim. Fragments of one excerpt may be joined by “……” (in their order in the opinion). An excerpt
     * never cuts one side of a contrast (好处…弊端, 短期…长期): the content check enforces it.
     */
    excerpts: z
      .array(
        z
          .object({
            /** What this excerpt is about: jd (京东), tencent (腾讯与微信) or industry (行业与竞合). */
            perspective: z.enum(PERSPECTIVES),
            /** The words, verbatim from one paragraph of the opinion. */
            text: text,
          })
          .strict(),
      )
      .min(1)
      .refine((list) => new Set(list.map((e) => e.perspective)).size === list.length, {
        message: 'one excerpt per perspective',
      }),
  })
  .strict();
