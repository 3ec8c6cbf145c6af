/** What a check reports, and what every check gets. */
import type { ParsedContent, ParsedReport } from '../parse.ts';

/** A fault in the content, located by file and field. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

export const formatContentError = (e: ContentError): string => `${e.file} → ${e.field}: ${e.message}`;

/** What a report's checks can read besides the report: the whole content and the report's paragraphs. */
export interface CheckContext {
  content: ParsedContent;
  /** This report's paragraphs by anchor (`history-p2`, `opinion-lin-zhiyuan-1-p1`). */
  paragraphs: Map<string, string>;
  /** The report that owns a paragraph anchor, among all reports (for messages on cross-report links). */
  ownerOf: (anchor: string) => string | undefined;
  /** Reports a fault: its file, its field and what is wrong. */
  err: (file: string, field: string, message: string) => void;
}

/** A named check of one report: it reports every fault it finds through `ctx.err`. */
export type ReportCheck = (report: ParsedReport, ctx: CheckContext) => void;

export const short = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
export const known = (ids: Iterable<string>): string => [...ids].sort().join(', ');
/** Where a block stands in a body, for messages: its 1-based position among the top-level blocks. */
export const at = (blocks: unknown[], b: unknown): string => `body (block ${blocks.indexOf(b) + 1})`;
