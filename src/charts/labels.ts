/**
 * Label placement for the build-time charts: every value label goes where it overlaps no other label, no
 * event line or its label, no axis labels and no other point, or is left out (the data table and the
 * tooltip still give it). The geometry follows ECharts' own rules for `position` and `distance`, with
 * estimated text widths; the browser test (tests/e2e/figures.spec.ts) measures the real boxes.
 *
 * Why not ECharts' own `labelLayout` (`hideOverlap`, `moveOverlap: 'shiftY'`): it keeps labels off each
 * other only, not off other points, lines or axis labels. Tried in place of `placeLabels` (every label at
 * its first choice, ECharts hiding overlaps): tests/unit/chart-label-marks.test.ts failed on 图3
 * (fig-valuation), wide and narrow — “报告：约80亿美元” covered the points of 约110亿美元 and 超过200亿美元,
 * “约260亿美元” and “440.6亿美元” the market-cap points beside them — and “约260亿美元” overlapped the y
 * axis's 300; the other figures drew the same labels as here.
 */

/** A rectangle in the chart's pixel space (origin top left). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** True when two boxes share more than `gap` px in both directions. */
export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.x < b.x + b.w - gap && b.x < a.x + a.w - gap && a.y < b.y + b.h - gap && b.y < a.y + a.h - gap;

/** True when `inner` lies within `outer`. */
const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;

/**
 * The width of a line of text at a font size, erring wide: CJK ideographs and full-width punctuation one
 * em, digits and Latin letters 0.62 em, narrow punctuation 0.35 em.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u2e80-\u9fff\uff00-\uffef“”‘’]/u.test(ch)) em += 1;
    else if (/[.,:;'|!il1 ]/.test(ch)) em += 0.35;
    else if (/[%MW@]/.test(ch)) em += 0.9;
    else em += 0.62;
  }
  return em * fontSize;
}

/** The height of a line of chart text. */
export const textHeight = (fontSize: number): number => Math.ceil(fontSize * 1.25);

export type Placement = 'top' | 'bottom' | 'left' | 'right';

/** A value label to place at a point. */
export interface LabelRequest {
  /** Key of the datum (its table row). */
  id: string;
  text: string;
  /** The point, in pixels. */
  x: number;
  y: number;
  /** The marker's size in pixels (its box is left free). */
  symbolSize: number;
  /** Placements to try, in order of preference. */
  prefer: Placement[];
}

/**
 * Where a label went: an ECharts label `position`, `distance` (px from the marker's edge) and `offset`
 * (a shift along the side, [dx, dy] px).
 */
export interface PlacedLabel {
  position: Placement;
  distance: number;
  offset: [number, number];
  box: Box;
}

/** The box of a label at a placement, as ECharts lays it out (`distance` from the marker's edge). */
export function labelBox(r: LabelRequest, position: Placement, distance: number, fontSize: number): Box {
  const w = textWidth(r.text, fontSize);
  const h = textHeight(fontSize);
  const half = r.symbolSize / 2;
  switch (position) {
    case 'top':
      return { x: r.x - w / 2, y: r.y - half - distance - h, w, h };
    case 'bottom':
      return { x: r.x - w / 2, y: r.y + half + distance, w, h };
    case 'left':
      return { x: r.x - half - distance - w, y: r.y - h / 2, w, h };
    case 'right':
      return { x: r.x + half + distance, y: r.y - h / 2, w, h };
  }
}

/** A drawn data point: its key (table row), centre and marker size in pixels. */
export interface Mark {
  id: string;
  x: number;
  y: number;
  symbolSize: number;
}

/** The marker's box of a point. */
const markBox = (m: Mark): Box => ({
  x: m.x - m.symbolSize / 2,
  y: m.y - m.symbolSize / 2,
  w: m.symbolSize,
  h: m.symbolSize,
});

/** The distance between two boxes (0 when they touch or overlap). */
export const boxGap = (a: Box, b: Box): number =>
  Math.hypot(
    Math.max(0, a.x - (b.x + b.w), b.x - (a.x + a.w)),
    Math.max(0, a.y - (b.y + b.h), b.y - (a.y + a.h)),
  );

/**
 * How much nearer its own point a label must be than any other (px), measured from its box grown by a
 * fifth of its height above and below: browsers' boxes of text include the font's whole line.
 */
const NEAREST_MARGIN = 0.5;

/** True when, of all the drawn points, the label's box is clearly nearest its own. */
export function nearestIsOwn(box: Box, own: Mark, marks: Mark[]): boolean {
  const grown = { x: box.x, y: box.y - box.h / 5, w: box.w, h: (box.h * 7) / 5 };
  const mine = boxGap(grown, markBox(own));
  return marks.every((m) => m.id === own.id || boxGap(grown, markBox(m)) >= mine + NEAREST_MARGIN);
}

/**
 * Places labels in the order given (put the most important first): each takes the first preferred
 * placement, at the default distance or a little further out (to clear an event line), that stays in
 * `bounds`, overlaps neither an obstacle, a label already placed nor any other drawn point, and is
 * nearer its own point than any other (so that no label reads as another point's). A label with no such
 * place is left out (`null`). `marks` are all the drawn points, labelled or not (by default the
 * requests').
 */
export function placeLabels(
  requests: LabelRequest[],
  obstacles: Box[],
  bounds: Box,
  fontSize: number,
  marks: Mark[] = requests,
): Map<string, PlacedLabel | null> {
  const placed: Box[] = [];
  const out = new Map<string, PlacedLabel | null>();
  requests.forEach((r) => {
    const others = marks.filter((m) => m.id !== r.id);
    const blocking = [...obstacles, ...placed, ...others.map(markBox)];
    let found: PlacedLabel | null = null;
    search: for (const position of r.prefer) {
      const w = textWidth(r.text, fontSize);
      const h = textHeight(fontSize);
      // Along the side: centred, or shifted so the label starts or ends at the point.
      const shifts: Array<[number, number]> =
        position === 'top' || position === 'bottom'
          ? [
              [0, 0],
              [Math.round(w / 2 - 2), 0],
              [-Math.round(w / 2 - 2), 0],
              // Finer steps, for a label that must lean away from a neighbouring point.
              ...[1, 2, 3].flatMap((k): Array<[number, number]> => [
                [Math.round((k * w) / 8), 0],
                [-Math.round((k * w) / 8), 0],
              ]),
            ]
          : [
              [0, 0],
              [0, -Math.round(h / 2)],
              [0, Math.round(h / 2)],
              [0, -h],
              [0, h],
            ];
      for (const [distance, offset] of [5, 9, 14, 20, 28].flatMap((d) =>
        shifts.map((o) => [d, o] as const),
      )) {
        const at = labelBox(r, position, distance, fontSize);
        const box = { ...at, x: at.x + offset[0], y: at.y + offset[1] };
        if (!inside(box, bounds)) continue;
        if (blocking.some((b) => overlaps(box, b, -1))) continue;
        if (!nearestIsOwn(box, r, others.concat(r))) continue;
        found = { position, distance, offset: [...offset], box };
        break search;
      }
    }
    if (found) placed.push(found.box);
    out.set(r.id, found);
  });
  return out;
}

/** Small boxes along a polyline (a drawn data line), so that labels keep off it. */
export function lineObstacles(points: Array<{ x: number; y: number }>, thickness = 3): Box[] {
  const out: Box[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 3));
    for (let k = 0; k <= steps; k += 1) {
      const x = a.x + ((b.x - a.x) * k) / steps;
      const y = a.y + ((b.y - a.y) * k) / steps;
      out.push({ x: x - thickness / 2, y: y - thickness / 2, w: thickness, h: thickness });
    }
  }
  return out;
}
