import { z } from 'astro/zod';
import { httpUrl, isoDay, text } from './common.ts';
import { checkDated, datedFields } from './dated.ts';

/**
 * A published report (`content/reports/<id>.yaml`). Its body is the `sections` collection; the site's
 * home page is the one report it publishes.
 */
export const reportSchema = z
  .object({
    /** Title as printed by the publisher, e.g. 微信京东十年“联姻”落幕. */
    title: text,
    /** Subtitle as printed, e.g. 网经社独家解读报告. */
    subtitle: text,
    /** Who published it, e.g. 网经社 (the writer is credited in `credits`, role 撰写). */
    publisher: text,
    /** The page description for search engines and shares (Chinese, one sentence). */
    description: text,
    /** Where the publisher published the report, when known: citations give it as the original. */
    original: httpUrl.optional(),
    /** BCP 47 language tag of the text. */
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as zh-CN'),
    /** The day the report is about (here: the day WeChat's entry closes). */
    eventDate: isoDay,
    /**
     * When the publisher released the report, at the precision it is known. When the report text gives no
     * date, `basis` says how it was established (shown beside it, e.g. 据同系列文章推定) and `source`
     * where.
     */
    published: z
      .object({
        ...datedFields,
        /** How the date was established when the report does not state it, e.g. 据同系列文章推定. */
        basis: text.optional(),
        /** Where the date (or its basis) is stated. */
        source: httpUrl,
      })
      .strict()
      .superRefine(checkDated),
    /** The span of time the report covers, first and last day. */
    period: z
      .object({ start: isoDay, end: isoDay })
      .strict()
      .refine((p) => p.start <= p.end, { message: 'start must not be after end' }),
    /**
     * How this edition relates to the publisher's original (printed on the PDF's cover), e.g. that the
     * text is quoted verbatim and what the site adds. Optional.
     */
    edition: text.optional(),
    /** The credits as printed: role (出品, 撰写, 审稿, 配图) and name. */
    credits: z.array(z.object({ role: text, name: text }).strict()).min(1),
    /** The original, full report for download. */
    download: z
      .object({
        /** Where the publisher offers it. */
        url: httpUrl,
        /** Page count as the publisher states it. */
        pages: z.number().int().positive(),
        /** Character count as the publisher states it. */
        characters: z.number().int().positive(),
        /** The wording of the link, verbatim. */
        label: text,
      })
      .strict(),
    /**
     * The “关键数字” strip under the title: a few numbers, each linking to where it comes from. A number
     * the report states cites the paragraph and its words; the build checks the words are there and
     * that every digit of `value` is in them.
     */
    keyFigures: z
      .array(
        z
          .object({
            /** The number as shown, e.g. 2.15亿美元 or 17%→2.3%. */
            value: text,
            /** What it is (Chinese, short). */
            label: text,
            /** Anchor id it links to: a paragraph, figure, event or section. */
            href: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be an anchor id such as fig-stake'),
            /** The report's words that state it, if the report does. */
            cite: z.object({ paragraph: text, quote: text }).strict().optional(),
          })
          .strict(),
      )
      .default([]),
    /** Path, relative to `content/`, of the source text every paragraph is checked against. */
    source: z.string().regex(/^[\w./-]+\.txt$/, 'must be a path to a .txt file inside content/'),
  })
  .strict();

export type ReportData = z.infer<typeof reportSchema>;
