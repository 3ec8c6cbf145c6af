/**
 * Where a figure point or an event comes from: a public source outside the report (named as readers see
 * it, without internal notes), or the report's own paragraph and words.
 */
import { z } from 'astro/zod';
import { httpUrl, issue, text } from './common.ts';
import { DATE_PRECISIONS, PARAGRAPH_ID, precisionOf, SOURCE_TYPE_IDS } from './vocabulary.ts';

/**
 * Why a reader-facing name or title reads as an internal note, if it does: square brackets, or English
 * editorial remarks such as “(copy on …)”, “reprint of”, “URL slug”, “summarised by”, “title not shown”.
 */
function internalNote(value: string): string | undefined {
  if (/[[\]]/.test(value)) return 'square brackets mark an editorial note';
  const remark =
    /\b(copy on|copies? of|reprint|URL slug|slug|summari[sz]ed by|machine[- ]translated|title not shown|quoting|undated page|approx\.)/i.exec(
      value,
    );
  if (remark) return `“${remark[0]}” is an editorial remark (use via, type, titleFromUrl or description)`;
  return undefined;
}

/** Reader-facing text: no internal notes (square brackets, English editorial remarks). */
const shown = text.superRefine((value, ctx) => {
  const why = internalNote(value);
  if (why) issue(ctx, [], `reads as an internal note: ${why}`);
});

/**
 * A public source outside the report: a filing, a release, a news or third-party page (copied from
 * shared/data/public-figures.yaml with its status). Exactly one of `title`, `titleFromUrl` and
 * `description` names it.
 */
export const publicSourceSchema = z
  .object({
    /** Who published the document, as it names itself, e.g. JD.com Investor Relations, TechNode. */
    publisher: shown,
    /** The site whose copy was read, when it is not the publisher's own (e.g. vdocuments.site). */
    via: shown.optional(),
    /** True when the copy read at `via` is a summary of the document, not the document itself. */
    summarised: z.boolean().optional(),
    /** The headline as published. */
    title: shown.optional(),
    /** A headline read off the URL only (unconfirmed); readers see it marked 「标题据网址」. */
    titleFromUrl: shown.optional(),
    /** Our Chinese description of a document whose copy shows no title; readers see 「本站描述」. */
    description: shown
      .refine((d) => /[\u4e00-\u9fff]/.test(d), 'a description is written in Chinese')
      .optional(),
    /** What the document is: filing, filing-copy, release-copy, company-site, news, news-copy, feed, data, article. */
    type: z.enum(SOURCE_TYPE_IDS),
    /** True when the copy read is a machine translation. */
    machineTranslated: z.boolean().optional(),
    /** Where to read it. */
    url: httpUrl,
    /** When it was published, at its precision ("2016-06-24", "2020-06", "2017"); absent when undated. */
    published: z
      .string()
      .refine((d) => precisionOf(d) !== undefined, 'must be a date such as "2016-06-24", "2020-06" or "2017"')
      .optional(),
    /**
     * How precisely this source dates what it is cited for (not its own publication date): a point or
     * event may not be dated more precisely than its most precise source.
     */
    precision: z.enum(DATE_PRECISIONS),
    /**
     * How far the figure was checked (shared data `status`): verified (a company filing or release, or a
     * verbatim copy), reported (news or a third-party page) or derived (computed; formula in the note).
     */
    status: z.enum(['verified', 'reported', 'derived']),
    /** The numbers of an event's title or summary this source states, verbatim (e.g. 约260亿美元). */
    supports: z.array(text).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.summarised && !s.via) issue(ctx, ['summarised'], 'a summary is read at a via site: name it');
    const names = [s.title, s.titleFromUrl, s.description].filter((t) => t !== undefined).length;
    if (names !== 1)
      issue(
        ctx,
        ['title'],
        'name the source with exactly one of title (as published), titleFromUrl or description',
      );
  });

/** A statement of the report itself: the paragraph that makes it and the words it uses, verbatim. */
export const reportSourceSchema = z
  .object({
    /** Anchor id of the paragraph, e.g. history-p2. */
    paragraph: z.string().regex(PARAGRAPH_ID, 'must be a paragraph anchor such as history-p2'),
    /** The words of that paragraph that state it, verbatim, e.g. 份额降至12%. */
    quote: text,
    /**
     * The report's own time words for it, verbatim from the same paragraph (e.g. 截至2023年底,
     * 2016年双十一期间); absent when the report gives no time. A date may not be finer than these words.
     */
    when: text.optional(),
  })
  .strict();

export type PublicSource = z.infer<typeof publicSourceSchema>;
export type ReportSource = z.infer<typeof reportSourceSchema>;
