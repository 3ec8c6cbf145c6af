/**
 * The printed report's appendix (reader-facing words, zh-CN): the PDF moves each figure's full data
 * table there (src/integrations/pdf/dom.ts), so a figure is its chart and notes on paper, not pages of
 * table, and leaves a pointer to its table in its place.
 */
export const DATA_APPENDIX = {
  /** The id of the appendix's section (the pointers link to each table's own id). */
  id: 'print-appendix',
  /** Its heading: an h2, listed in the printed contents and the outline like the page's parts. */
  title: '附录　图表数据',
  /** The pointer left in a figure, after the table's label (数据表（N项）) or `table`. */
  table: '数据表',
  reference: '见附录',
} as const;

export type DataAppendixLabels = typeof DATA_APPENDIX;
