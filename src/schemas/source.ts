import { z } from 'astro/zod';
import { httpUrl, text } from './common.ts';

/**
 * A public source outside the report: a filing, a press release, a news or third-party page
 * (copied from shared/data/public-figures.yaml with its status).
 */
export const publicSourceSchema = z
  .object({
    /** Who published it, e.g. "JD.com Investor Relations". */
    publisher: text,
    /** Its title; [square brackets] mark a descriptive title or one taken from the URL. */
    title: text,
    /** Where to read it. */
    url: httpUrl,
    /** When it was published, as precisely as known (free text such as "2014-03-10" or "2017 (undated page)"). */
    date: text,
    /**
     * How far it can be trusted: verified (a filing or company release), reported (news or a third-party
     * page) or derived (computed from sourced figures; the formula is in the point's note). Unsourced and
     * unverified figures are never published, so they have no status here.
     */
    status: z.enum(['verified', 'reported', 'derived']),
  })
  .strict();

/** A statement of the report itself: the paragraph that makes it and the words it uses, verbatim. */
export const reportSourceSchema = z
  .object({
    /** Anchor id of the paragraph, e.g. cooperation-history-p3. */
    paragraph: z
      .string()
      .regex(/^[a-z][a-z0-9-]*-p\d+$/, 'must be a paragraph anchor such as cooperation-history-p3'),
    /** The words of that paragraph that state the figure, verbatim, e.g. 京东估值约80亿美元. */
    quote: text,
  })
  .strict();

export type PublicSource = z.infer<typeof publicSourceSchema>;
export type ReportSource = z.infer<typeof reportSourceSchema>;
