/**
 * A report (content/reports/<id>/report.yaml): what it is, who made it and when, what its page carries,
 * and the vocabularies, titles and anchor aliases it declares.
 */
import { z } from 'astro/zod';
import { ANCHOR_ID, eventName, httpUrl, isoDay, issue, slug, text, vocabularyEntry } from './common.ts';
import { checkDated, datedFields } from './dated.ts';
import { REPORT_KIND_IDS } from './vocabulary.ts';

/** Ids in a vocabulary are unique. */
const uniqueIds = (list: Array<{ id: string }>) => new Set(list.map((v) => v.id)).size === list.length;

/**
 * How the report introduces one expert it quotes: the titles it gives, in its words. A title belongs to
 * the report that uses it (the same person may be introduced differently in 2017 and 2025); the content
 * check finds the titles and the name, as written, in this report's source, and the titles begin where
 * the report's words for the expert begin (not inside a longer title).
 */
export const reportExpertSchema = z
  .object({
    /** The titles and affiliations exactly as this report gives them, in its order (typos included); empty when the report names the expert without a title. */
    titles: z.array(text).default([]),
    /**
     * Words of the titles this report evidently got wrong, kept verbatim and shown with the likely
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
        issue(ctx, ['sic', i, 'text'], `"${s.text}" is not in the titles`);
    }),
  );

/**
 * A credit: who did what, as the source prints it. Printed on a line of `source.txt` (`line`, by default
 * “role | name”), or in the byline of the page the text was taken from (`source`, that page's address) —
 * never added from elsewhere.
 */
export const creditSchema = z
  .object({
    /** The role as printed, e.g. 撰写, 记者, 作者. */
    role: text,
    /** The name as printed. */
    name: text,
    /** Marks who wrote it: the author in citations and the PDF (the publisher when no credit is marked). */
    author: z.boolean().default(false),
    /** The line of source.txt that prints it, verbatim (default “role | name”). Shown in the header, not in the article. */
    line: text.optional(),
    /** The page whose byline prints it, when the source text does not (the page's address). */
    source: httpUrl.optional(),
  })
  .strict()
  .refine((c) => !(c.line && c.source), {
    message: 'a credit is printed either on a line of the source (`line`) or in a page’s byline (`source`)',
    path: ['source'],
  });

/**
 * A dated correction of what the report's page published: a value or date of a figure or an event, or a
 * paragraph (report.yaml `corrections`). Readers see it in the page's 「更正与更新」 section (its entry at
 * `#correction-<id>`), as a note 「更正（date）」 on each part it names, in the figures' downloads and in the
 * feed. A value recorded in published.json that changes needs one naming its anchor, or the build fails.
 * Reader-facing (Chinese); say no more than the sources.
 */
export const correctionSchema = z
  .object({
    /** ASCII id, unique in the report: the entry's public anchor is `correction-<id>`. */
    id: slug,
    /** When the change was published on the site, at its precision (usually "2026-12-02", a day). */
    ...datedFields,
    /**
     * The anchors it changes (figure rows `fig-stake-stake-post-ipo-2017`, figures, events
     * `event-…`, paragraphs `overview-p2`): live ids, or retired ids that `anchorAliases` sends to live
     * ones. Each part named carries the note.
     */
    anchors: z.array(z.string().regex(ANCHOR_ID, 'must be an anchor id such as fig-stake')).min(1),
    /** What changed, short (Chinese), e.g. 图1“上市后持股”18.1%一点的日期. */
    what: text,
    /** What the page said before, as it said it, e.g. 2017年3月. */
    before: text,
    /** What it says now, e.g. 2017年. */
    after: text,
    /** Why, in a sentence or two (Chinese), no more than the sources say. */
    why: text,
  })
  .strict()
  .superRefine(checkDated);

export const reportSchema = z
  .object({
    /** Title as printed by the publisher, e.g. 微信京东十年“联姻”落幕 (the first line of source.txt when it is the headline). */
    title: text,
    /** Subtitle as printed, if the report has one, e.g. 网经社独家解读报告. */
    subtitle: text.optional(),
    /**
     * What it is, which picks how it is cited: report (研究报告, GB/T 7714 [R], BibTeX @report),
     * newspaper-article (报纸文章, [N], @article), web-article (网络文章, [EB/OL], @online) or column (专栏文章,
     * [EB/OL], @online). Absent when not known: cited as an electronic resource ([EB/OL], @online).
     */
    kind: z.enum(REPORT_KIND_IDS).optional(),
    /**
     * What the site calls this text in its labels, e.g. 报告 (报告说法, 报告原文, 引用本报告) or 文章 (文章说法,
     * 文章原文): a claim of the text is labelled as this text's words, whatever kind of text it is.
     */
    noun: text,
    /** Who published it, e.g. 网经社, 中国经营报 (the writer is credited in `credits`); absent when not known. */
    publisher: text.optional(),
    /**
     * The page description for search engines and shares (Chinese, one sentence). Absent: the opening of
     * the article, verbatim.
     */
    description: text.optional(),
    /**
     * What this edition carries of the original, one or two sentences for readers (the footer of every
     * page showing it), e.g. 网经社发布这份报告的文章，全文逐字收录；32页14000字的报告全文见原文地址。 — an
     * article announcing a report is not the report: say which text is carried, and where the rest is.
     */
    carries: text,
    /** Where the publisher published the report, when known: citations give it as the original. */
    original: httpUrl.optional(),
    /**
     * The copy the source text was taken from, when it is not the publisher's own page (a reprint, an
     * archive): named in the footer, so readers know what the text was checked against.
     */
    via: z
      .object({
        /** Who hosts the copy, e.g. GitHub 仓库 zzc1024/WeiShangFurniture. */
        name: text,
        /** Its address. */
        url: httpUrl,
      })
      .strict()
      .optional(),
    /** BCP 47 language tag of the text. */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as zh-CN')
      .default('zh-CN'),
    /**
     * When the publisher released it, at the precision it is known; absent when not known. The source
     * states it (`line`, a dateline of source.txt, or `quote`, words of it), or it was established
     * otherwise: then `basis` says how (shown beside it, e.g. 据同系列文章推定) and `source` or `quote`
     * where.
     */
    published: z
      .object({
        ...datedFields,
        /** How the date was established when the text does not state it, e.g. 据同系列文章推定, 据正文推定. */
        basis: text.optional(),
        /** A page that states the date (or its basis). */
        source: httpUrl.optional(),
        /** The dateline of the source, a line of source.txt verbatim: shown in the header, not the article. */
        line: text.optional(),
        /** Words of the source that state the date or from which it is inferred, verbatim (one or a list). */
        quote: z
          .union([text, z.array(text).min(1)])
          .transform((q) => (Array.isArray(q) ? q : [q]))
          .optional(),
      })
      .strict()
      .superRefine(checkDated)
      .refine((p) => p.source || p.line || p.quote, {
        message:
          'say where the date comes from: `line` (a dateline), `quote` (words of the source) or `source` (a page)',
        path: ['source'],
      })
      .refine((p) => !p.basis || p.source || p.quote, {
        message: 'an established date (`basis`) cites the page (`source`) or the words (`quote`) it rests on',
        path: ['basis'],
      })
      .optional(),
    /**
     * Dates the header shows after the publication date, each with its label: a day (`start`), or a span
     * (`start`–`end`), e.g. 事件日期 2025-09-30, 一级入口存续期 2014-05-27–2025-09-30. Each names the
     * timeline events it is the date of (`events`: the event of `start`, then that of `end`), so a header
     * date is a date of the timeline, and its label says what those events bound (the entry's launch and
     * closure are the entry's span, not the partnership's).
     */
    dates: z
      .array(
        z
          .object({
            label: text,
            start: isoDay,
            end: isoDay.optional(),
            /** The events (file names under events/, without .yaml) of `start` and of `end`. */
            events: z.array(eventName).min(1).max(2),
          })
          .strict()
          .refine((d) => d.events.length === (d.end ? 2 : 1), {
            message: 'name one event for a day, two (start, end) for a span',
            path: ['events'],
          })
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
    /** The credits as printed, in their order; none when the source prints none. */
    credits: z.array(creditSchema).default([]),
    /** The experts it quotes (ids of content/experts/), each with the titles this report introduces them with. */
    experts: z.record(slug, reportExpertSchema).default({}),
    /** The original, full report for download, when the publisher offers one. */
    download: z
      .object({
        /** Where the publisher offers it. */
        url: httpUrl,
        /** Page count as the publisher states it. */
        pages: z.number().int().positive().optional(),
        /** Character count as the publisher states it. */
        characters: z.number().int().positive().optional(),
        /** The wording of the link, verbatim. */
        label: text,
      })
      .strict()
      .optional(),
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
    /** The timeline's categories, in the order of its filter; each event names one by id (none without events). */
    categories: z.array(vocabularyEntry).default([]).refine(uniqueIds, 'ids must be unique'),
    /**
     * What opinions speak to: the expert grid's columns, in order; each excerpt names one by id. None: the
     * grid lists the experts and links to their opinions.
     */
    perspectives: z.array(vocabularyEntry).default([]).refine(uniqueIds, 'ids must be unique'),
    /** Anchor ids published once and retired since, and the id each now points to (old → new). */
    anchorAliases: z
      .record(
        z.string().regex(ANCHOR_ID, 'must be an anchor id'),
        z.string().regex(ANCHOR_ID, 'must be an anchor id'),
      )
      .default({}),
    /** Dated corrections of what the page published, in any order (shown newest first); see correctionSchema. */
    corrections: z.array(correctionSchema).default([]).refine(uniqueIds, 'correction ids must be unique'),
  })
  .strict();

export type CorrectionData = z.infer<typeof correctionSchema>;
export type ReportData = z.infer<typeof reportSchema>;
export type ReportExpertData = z.infer<typeof reportExpertSchema>;
