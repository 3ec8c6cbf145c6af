import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** The perspectives an opinion can take: on JD, on Tencent, on the industry. */
export const PERSPECTIVES = ['jd', 'tencent', 'industry'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** Reader-facing names of the perspectives. */
export const PERSPECTIVE_LABELS: Record<Perspective, string> = {
  jd: '京东',
  tencent: '腾讯',
  industry: '行业',
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
    /** What the opinion is about: jd (京东), tencent (腾讯) or industry (行业). */
    perspective: z.enum(PERSPECTIVES),
  })
  .strict();
