import { z } from 'astro/zod';
import { ANCHOR_ID, httpUrl, isoDay, text, vocabularyEntry } from './common.ts';
import { checkDated, datedFields } from './dated.ts';

/** Ids in a vocabulary are unique. */
const uniqueIds = (list: Array<{ id: string }>) => new Set(list.map((v) => v.id)).size === list.length;

/**
 * A published report (`content/reports/<id>/report.yaml`; the folder name is its id and its URL,
 * `/reports/<id>/`, unless it is the site's home report, served at `/`). Its body is the MDX in
 * `sections/` beside it, its source text `source.txt`, and its opinions, figures and events the entries
 * in `opinions/`, `figures/` and `events/`. Vocabularies that differ per report (timeline categories,
 * grid perspectives, words never broken in headings) are declared here.
 */
export const reportSchema = z
  .object({
    /** Title as printed by the publisher, e.g. 青禾星河五年合作结束. */
    title: text,
    /** Subtitle as printed, e.g. 示例研究院测试报告. */
    subtitle: text,
    /** Who published it, e.g. 示例研究院 (the writer is credited in `credits`, role 撰写). */
    publisher: text,
    /** The page description for search engines and shares (Chinese, one sentence). */
    description: text,
    /** Where the publisher published the report, when known: citations give it as the original. */
    original: httpUrl.optional(),
    /** BCP 47 language tag of the text. */
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as zh-CN'),
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
    /**
     * Dates the header shows after the publication date, each with its label: a day (`start`), or a span
     * (`start`–`end`), e.g. 事件日期 2025-09-30, 合作期 2014-05-27–2025-09-30.
     */
    dates: z
      .array(
        z
          .object({ label: text, start: isoDay, end: isoDay.optional() })
          .strict()
          .refine((d) => !d.end || d.start <= d.end, {
            message: 'start must not be after end',
            path: ['end'],
          }),
      )
      .default([]),
    /**
     * How this edition relates to the publisher's original (printed on the PDF's cover), e.g. that the
     * text is quoted verbatim and what the site adds. Optional.
     */
    edition: text.optional(),
    /**
     * The credits as printed, each a line of the source (“role | name”); `author: true` marks who wrote
     * it — the author in citations and the PDF (the publisher when no credit is marked).
     */
    credits: z
      .array(z.object({ role: text, name: text, author: z.boolean().default(false) }).strict())
      .min(1),
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
            /** The number as shown, e.g. 1200万 or 30%→12%. */
            value: text,
            /** What it is (Chinese, short). */
            label: text,
            /** Anchor id it links to: a paragraph, figure, event or section. */
            href: z.string().regex(ANCHOR_ID, 'must be an anchor id such as fig-share'),
            /** The report's words that state it, if the report does. */
            cite: z.object({ paragraph: text, quote: text }).strict().optional(),
          })
          .strict(),
      )
      .default([]),
    /** The printed report's file name, e.g. qinghe-xinghe.pdf (default: `<id>.pdf`). */
    pdf: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*\.pdf$/, 'must be a file name such as qinghe-xinghe.pdf')
      .optional(),
    /** Keywords for the PDF's metadata. */
    keywords: z.array(text).default([]),
    /** Words never to be broken across lines in headings, where the word segmenter lacks them (e.g. 青禾). */
    words: z.array(text).default([]),
    /** The timeline block: its heading and a sentence on what it shows. */
    timeline: z
      .object({ title: text.default('时间线'), intro: text.optional() })
      .strict()
      .default({ title: '时间线' }),
    /** The timeline's categories, in the order of its filter; each event names one by id. */
    categories: z.array(vocabularyEntry).min(1).refine(uniqueIds, 'ids must be unique'),
    /** What opinions speak to: the expert grid's columns, in order; each excerpt names one by id. */
    perspectives: z.array(vocabularyEntry).min(1).refine(uniqueIds, 'ids must be unique'),
    /** Anchor ids published once and retired since, and the id each now points to (old → new). */
    anchorAliases: z
      .record(
        z.string().regex(ANCHOR_ID, 'must be an anchor id'),
        z.string().regex(ANCHOR_ID, 'must be an anchor id'),
      )
      .default({}),
  })
  .strict();

export type ReportData = z.infer<typeof reportSchema>;
