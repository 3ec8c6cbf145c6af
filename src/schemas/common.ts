import { z } from 'astro/zod';

import { isCalendarDay } from '../lib/dates.ts';

const pad = (n: number) => String(n).padStart(2, '0');

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
    ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a calendar day (YYYY-MM-DD)` });
    return z.NEVER;
  }
  return text;
});

/** A non-empty line of text, trimmed. */
export const text = z.string().trim().min(1, 'must not be empty');

/** An absolute http(s) URL. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });
