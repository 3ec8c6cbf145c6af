/**
 * Public sources as readers see them: what kind of document each is, how its title is known, who
 * published it and where it was read (pure).
 */
import type { PublicSource } from '../schemas/source.ts';
import { SOURCE_TYPES } from '../schemas/vocabulary.ts';

/** How far a figure from the source was checked (shared/data/public-figures.yaml `status`). */
export const SOURCE_STATUS = {
  /** Read in a company filing or release, or a verbatim copy of one. */
  verified: '已对照公司文件',
  /** Read in a news or third-party page. */
  reported: '据报道',
  /** Computed from sourced figures; the formula is in the point's note. */
  derived: '推算',
} as const;

/** The parts of a public source that name it for readers (src/schemas/source.ts documents each). */
export type SourceName = Pick<
  PublicSource,
  'publisher' | 'via' | 'summarised' | 'title' | 'titleFromUrl' | 'description' | 'type' | 'machineTranslated'
>;

/** The title as readers see it, marked when it is not the published headline. */
export function sourceTitle(s: SourceName): string {
  if (s.title) return s.title;
  if (s.titleFromUrl) return `${s.titleFromUrl}（标题据网址）`;
  return `${s.description ?? ''}（本站描述）`;
}

/** Who published it, and where the copy was read: “JD.com（vdocuments.site 转载）”, “搜狐财经（Reportify 摘要）”. */
export const sourcePublisher = (s: SourceName): string =>
  s.via ? `${s.publisher}（${s.via} ${s.summarised ? '摘要' : '转载'}）` : s.publisher;

/** The kind of document, e.g. 媒体报道（转载），机器翻译; a summary says so instead of 转载. */
export const sourceTypeLabel = (s: SourceName): string =>
  `${s.summarised ? SOURCE_TYPES[s.type].replace('（转载）', '') + '（摘要）' : SOURCE_TYPES[s.type]}${s.machineTranslated ? '，机器翻译' : ''}`;
