/**
 * Small field schemas every content schema shares: calendar days, text, URLs, readable ids, event names and
 * the terms of a report's own vocabularies.
 */
import { z } from 'astro/zod';

import { ANCHOR_ID, isCalendarDay } from './vocabulary.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Reports what is wrong with a value, at `path` below it (a custom zod issue), from a refinement. */
export const issue = (ctx: z.RefinementCtx, path: PropertyKey[], message: string): void =>
  ctx.addIssue({ code: 'custom', path, message });

/**
 * A calendar day, written `YYYY-MM-DD` in content. YAML may hand it over as a Date (unquoted) or a
 * string (quoted); either way the entry gets the canonical string, and an impossible day fails.
 */
export const isoDay = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text =
    value instanceof Date
      ? `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
      : value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
    issue(ctx, [], `"${String(value)}" is not a calendar day (YYYY-MM-DD)`);
    return z.NEVER;
  }
  return text;
});

/** A non-empty line of text, trimmed. */
export const text = z.string().trim().min(1, 'must not be empty');

/** An absolute http(s) URL. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

export { ANCHOR_ID };

/** The id of another entry of the same report (its file name without extension), e.g. history. */
export const slug = z.string().regex(ANCHOR_ID, 'must be a readable ASCII id such as history');

/** The file name of an event (it starts with its date), e.g. 2014-05-27-entry. */
export const eventName = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an event file name such as 2014-05-27-entry');

/** One term of a vocabulary a report declares (its timeline categories, its grid perspectives). */
export const vocabularyEntry = z
  .object({
    /** ASCII id, used in URLs (?cat=capital) and content (category: capital). */
    id: slug,
    /** What readers see, e.g. 资本. */
    label: text,
  })
  .strict();
