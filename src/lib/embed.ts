/**
 * Embeds: what another site puts in its page to show one figure (`<report>/embed/<figure>/` in an
 * `<iframe>`), the credit it carries, the height message the embed page posts to its host, and the
 * figure's oEmbed answer. Pure: the pages pass plain data in.
 */
import type { FigureExport } from './figures.ts';

/**
 * The message an embed page posts to its parent window whenever its height changes:
 * `{ type: EMBED_HEIGHT_MESSAGE, height, url }` (height in CSS pixels, the page's whole height; url the
 * embed page's address, so a host with several embeds can tell them apart besides `event.source`).
 */
export const EMBED_HEIGHT_MESSAGE = 'report-embed:height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  height: number;
  url: string;
}

/** Whether a message a window received is an embed's height message. */
export const isEmbedHeightMessage = (data: unknown): data is EmbedHeightMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as EmbedHeightMessage).type === EMBED_HEIGHT_MESSAGE &&
  Number.isFinite((data as EmbedHeightMessage).height) &&
  typeof (data as EmbedHeightMessage).url === 'string';

/** The width an embed is offered at (the wide drawing's width), in CSS pixels. */
export const EMBED_WIDTH = 680;

/**
 * What the embed page adds to its chart at the offered width: the title and takeaway, the legend, the
 * values the chart does not draw, the data table's closed disclosure, the sources, notes and credit, with
 * the page's padding. Measured in Chromium at 680 px for the first report's three figures: 646, 809 and
 * 886 px. 900, so that a frame its host does not resize shows each of them whole (a shorter figure
 * leaves some room below); at narrower widths the page is taller and scrolls inside its frame.
 */
const EMBED_CHROME = 900;

/** The height an iframe is given before (or without) the page's height message. */
export const embedHeight = (fig: Pick<FigureExport, 'height'>): number => fig.height.wide + EMBED_CHROME;

/**
 * Who made the figure and what it accompanies, as the embed shows it and oEmbed's author_name gives it:
 * the site that compiled it (not the report's publisher), then the report.
 */
export const embedCredit = (fig: Pick<FigureExport, 'compiledBy' | 'publication'>): string =>
  `图表整理：${fig.compiledBy.name}（${fig.compiledBy.publisher}）；附于${fig.publication.publisher ?? ''}《${fig.publication.title}》`;

/** The iframe's accessible title: the figure's number and title, and the site. */
export const embedTitle = (fig: Pick<FigureExport, 'number' | 'title' | 'compiledBy'>): string =>
  `图${fig.number}：${fig.title}（${fig.compiledBy.name}）`;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML another site pastes: an iframe of the embed page (an absolute address), as wide as its column
 * up to the offered width, as tall as `height` until the page's height message says otherwise.
 */
export function embedSnippet(src: string, title: string, height: number): string {
  if (!/^https?:\/\//.test(src)) throw new Error(`embedSnippet: "${src}" is not an absolute address`);
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="${EMBED_WIDTH}" height="${height}" style="width:100%;max-width:${EMBED_WIDTH}px;border:0" loading="lazy"></iframe>`;
}

/** A figure's oEmbed answer (oEmbed 1.0, type rich): the iframe and who made it. */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export function figureOEmbed(
  fig: Pick<FigureExport, 'number' | 'title' | 'height' | 'compiledBy' | 'publication'>,
  urls: { embed: string; report: string; site: string },
): OEmbed {
  const height = embedHeight(fig);
  return {
    version: '1.0',
    type: 'rich',
    title: `图${fig.number}：${fig.title}`,
    author_name: embedCredit(fig),
    author_url: urls.report,
    provider_name: fig.compiledBy.name,
    provider_url: urls.site,
    html: embedSnippet(urls.embed, embedTitle(fig), height),
    width: EMBED_WIDTH,
    height,
  };
}
