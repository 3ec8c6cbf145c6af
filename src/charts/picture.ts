/**
 * A figure as a picture to download (`<report>/data/<figure>.svg`, and the PNG the build photographs of
 * it): the page's own wide build-time drawing, in the light theme whatever the reader's, framed by what a
 * slide needs to stand alone — the figure's number and title, its legend, its sources line, the event
 * marks, the credit (as the embed page words it) and, when the site has a public address, the figure's
 * address. Pure: the route passes the figure and the address in; the build embeds the font
 * (src/integrations/chromium/pictures.ts).
 */
import { embedCredit } from '../lib/embed.ts';
import { formatChineseDate } from '../lib/dates.ts';
import {
  EVENT_MARK_TEXT,
  kindLabel,
  publicSources,
  reportParagraphs,
  type FigureExport,
} from '../lib/figures.ts';
import { drawnFigure } from './index.ts';
import { textWidth } from './labels.ts';
import { figureSvg } from './render.ts';
import { colourOf, LIGHT } from './theme.ts';
import type { LegendEntry } from './types.ts';

/**
 * The family the picture's text is set in: the build embeds Noto Sans SC under this name, cut to the
 * picture's characters, so the SVG draws the same glyphs as its PNG wherever it is opened; the families
 * after it only serve an SVG the build did not finish (no Chromium, `astro dev`).
 */
export const PICTURE_FONT = 'Report Picture Sans';
export const PICTURE_FONT_STACK = `'${PICTURE_FONT}','Noto Sans SC','Noto Sans CJK SC',sans-serif`;
/** The PNG's pixels per SVG unit (sharp on slides and high-density screens). */
export const PICTURE_SCALE = 2;
/** The picture's background (light theme). */
export const PICTURE_BACKGROUND = '#ffffff';

const PAD = 24;
const TITLE = { size: 18, line: 26 };
const BODY = { size: 12, line: 18 };
const LEGEND = { size: 12, line: 20, swatch: 18, gap: 16 };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `text` broken into lines no wider than `width` at `size` (the charts' estimate of text width, with a
 * margin for Latin text, whose estimate is rougher): greedy, between CJK characters and between Latin
 * words (a word longer than a line, such as an address, between its characters), never before closing
 * punctuation.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const max = width * 0.96;
  const fits = (s: string) => textWidth(s.trimEnd(), size) <= max;
  const units = text.match(/[A-Za-z0-9@#&%'’./:_=?+-]+ ?|[^]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  // Ends a line, keeping opening punctuation for the next one.
  const push = () => {
    const open = /[（《“‘(]+$/.exec(line)?.[0] ?? '';
    if (open.length < line.length) {
      lines.push(line.slice(0, line.length - open.length).trimEnd());
      line = open;
    }
  };
  for (const unit of units) {
    if (fits(line + unit) || (line && /^[，。、；：）》”’,.;:)]/.test(unit))) line += unit;
    else if (fits(unit)) {
      push();
      line += unit;
    } else
      for (const ch of unit) {
        if (line && !fits(line + ch)) push();
        line += ch;
      }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The sources line as the figure's caption gives it, in plain text. */
export function pictureSources(fig: FigureExport): string {
  const noun = fig.publication.noun;
  const parts = publicSources(fig).map(
    (s) => `${s.publisherText}，${s.titleText}（${s.typeLabel}${s.published ? `，${s.published}` : ''}）`,
  );
  const paragraphs = reportParagraphs(fig);
  if (paragraphs.length) parts.push(`${noun}原文${paragraphs.map((p) => p.name).join('、')}（${noun}说法）`);
  return `来源：${parts.join('；')}。`;
}

/** What the event marks (vertical dashed lines) stand for, when the figure has any. */
export const pictureEvents = (fig: FigureExport): string | null =>
  fig.events.length
    ? `${EVENT_MARK_TEXT}${fig.events.map((e) => `${e.label}（${formatChineseDate(e.date, e.precision)}）`).join('、')}。`
    : null;

/** A legend entry's swatch (line and/or marker) in `colour`, centred at (x, y). */
function swatch(l: LegendEntry, colour: string, x: number, y: number): string {
  // The text's claims are drawn hollow, as in the chart.
  const fill =
    l.colour === 'claim'
      ? `fill="${PICTURE_BACKGROUND}" stroke="${colour}" stroke-width="1.5"`
      : `fill="${colour}"`;
  const line =
    l.line === 'solid'
      ? `<line x1="${x - 8}" y1="${y}" x2="${x + 8}" y2="${y}" stroke="${colour}" stroke-width="2"/>`
      : '';
  const marker = {
    circle: `<circle cx="${x}" cy="${y}" r="4" ${fill}/>`,
    square: `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" ${fill}/>`,
    diamond: `<path d="M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z" ${fill}/>`,
    bar: `<rect x="${x - 5}" y="${y - 6}" width="10" height="12" ${fill}/>`,
  }[l.marker];
  return line + marker;
}

export interface PictureOptions {
  /** The figure's public address (its share page), or none without a public site address. */
  address?: string | undefined;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

/** The figure's picture: a standalone SVG (light theme, fixed size) with its title, sources and credit. */
export function figurePicture(fig: FigureExport, { address }: PictureOptions = {}): Picture {
  const drawing = figureSvg(drawnFigure(fig), 'wide', `${fig.id}-pic`);
  const { width: cw, height: ch } = drawing.layout;
  const width = cw + 2 * PAD;
  const inner = cw;
  const out: string[] = [];
  let y = PAD;
  const textLine = (s: string, size: number, fill: string, extra = '') => {
    out.push(`<text x="${PAD}" y="${y + size}" font-size="${size}" fill="${fill}"${extra}>${esc(s)}</text>`);
  };

  for (const line of wrapText(`图${fig.number}　${fig.title}`, inner, TITLE.size)) {
    textLine(line, TITLE.size, LIGHT.text, ' font-weight="700"');
    y += TITLE.line;
  }

  // The legend, as the page lists it under the figure: each drawn series, its swatch, name and kind.
  y += 6;
  const names = new Map(fig.series.map((s) => [s.id, s.name]));
  let x = PAD;
  for (const l of drawing.legend) {
    const label = `${names.get(l.series) ?? l.series}（${kindLabel(l.colour === 'claim' ? 'report-claim' : 'sourced', fig.publication.noun)}）`;
    const w = LEGEND.swatch + 6 + textWidth(label, LEGEND.size);
    if (x > PAD && x + w > PAD + inner) {
      x = PAD;
      y += LEGEND.line;
    }
    out.push(swatch(l, colourOf(LIGHT, l.colour), x + LEGEND.swatch / 2, y + LEGEND.line / 2));
    out.push(
      `<text x="${x + LEGEND.swatch + 6}" y="${y + LEGEND.line / 2 + 4}" font-size="${LEGEND.size}" fill="${LIGHT.text}">${esc(label)}</text>`,
    );
    x += w + LEGEND.gap;
  }
  if (drawing.legend.length) y += LEGEND.line;
  y += 4;

  // The drawing itself, at its natural size: the same SVG the page inlines, placed as a nested viewport.
  out.push(
    drawing.svg
      .replace(/^<svg\b/, `<svg x="${PAD}" y="${y}" width="${cw}" height="${ch}"`)
      .replace(/ aria-hidden="true"| focusable="false"| class="chart-svg"/g, ''),
  );
  y += ch + 12;

  const body = (text: string, fill: string) => {
    for (const line of wrapText(text, inner, BODY.size)) {
      textLine(line, BODY.size, fill);
      y += BODY.line;
    }
  };
  body(pictureSources(fig), LIGHT.muted);
  const events = pictureEvents(fig);
  if (events) body(events, LIGHT.muted);
  body(`${embedCredit(fig)}。`, LIGHT.muted);
  if (address) body(address, LIGHT.muted);
  const height = Math.ceil(y + PAD - 4);

  const title = `图${fig.number}：${fig.title}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${PICTURE_FONT_STACK}" role="img" aria-label="${esc(title).replace(/"/g, '&quot;')}">` +
    `<title>${esc(title)}</title>` +
    `<rect width="100%" height="100%" fill="${PICTURE_BACKGROUND}"/>` +
    `${out.join('')}</svg>\n`;
  return { svg, width, height };
}
