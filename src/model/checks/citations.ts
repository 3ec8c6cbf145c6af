/**
 * Statements attributed to the report: the paragraph is one of this report's and says it, in these words.
 * Used by the event, figure and key-figure checks.
 */
import { comparableText } from '../../lib/text/typography.ts';
import type { ReportSource } from '../../schemas/source.ts';
import { short, type CheckContext } from './types.ts';

/**
 * Checks one citation; returns the paragraph's text when it exists (so callers can check more), and
 * reports an unknown paragraph (naming the report that does have it) or a quote not in it.
 */
export function checkCitation(
  c: ReportSource,
  file: string,
  field: string,
  ctx: CheckContext,
  reportId: string,
): string | undefined {
  const text = ctx.paragraphs.get(c.paragraph);
  if (text === undefined) {
    const owner = ctx.ownerOf(c.paragraph);
    ctx.err(
      file,
      `${field}.paragraph`,
      owner && owner !== reportId
        ? `"${c.paragraph}" is a paragraph of report ${owner}, not of ${reportId}`
        : `unknown paragraph "${c.paragraph}"`,
    );
  } else if (!comparableText(text).includes(comparableText(c.quote))) {
    ctx.err(file, `${field}.quote`, `"${short(c.quote)}" is not in paragraph ${c.paragraph}`);
  }
  return text;
}
