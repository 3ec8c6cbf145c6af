/** Label placement for the build-time charts (src/charts/labels.ts). */
import { describe, expect, it } from 'vitest';
import {
  boxGap,
  labelBox,
  lineObstacles,
  nearestIsOwn,
  overlaps,
  placeLabels,
  textWidth,
} from '../../src/charts/labels.ts';

const bounds = { x: 0, y: 0, w: 400, h: 300 };

describe('label placement', () => {
  it('estimates text wide: an ideograph is one em, a digit less', () => {
    expect(textWidth('亿美元', 12)).toBe(36);
    expect(textWidth('25%', 12)).toBeGreaterThan(20);
    expect(textWidth('25%', 12)).toBeLessThan(36);
  });

  it('puts a label nearer its own point than any other, and on no other point, labelled or not', () => {
    // Its preferred place (above, centred) would sit right beside an unlabelled point up and to the right.
    const a = { id: 'a', text: '报告：454亿美元', x: 200, y: 150, symbolSize: 11, prefer: ['top' as const] };
    const marks = [a, { id: 'b', x: 240, y: 128, symbolSize: 8 }];
    const placed = placeLabels([a], [], bounds, 12, marks).get('a')!;
    expect(placed).not.toBeNull();
    const box = (m: (typeof marks)[number]) => ({
      x: m.x - m.symbolSize / 2,
      y: m.y - m.symbolSize / 2,
      w: m.symbolSize,
      h: m.symbolSize,
    });
    expect(nearestIsOwn(placed.box, a, marks)).toBe(true);
    expect(boxGap(placed.box, box(marks[1]!))).toBeGreaterThan(boxGap(placed.box, box(a)));
    expect(overlaps(placed.box, box(marks[1]!))).toBe(false);
    // Without the other point the label takes its first choice, which was nearer the other point.
    const first = placeLabels([a], [], bounds, 12).get('a')!;
    expect(nearestIsOwn(first.box, a, marks)).toBe(false);
  });

  it('puts a label at its first preferred place when that is free', () => {
    const r = { id: 'a', text: '15%', x: 200, y: 150, symbolSize: 8, prefer: ['top' as const] };
    const placed = placeLabels([r], [], bounds, 12).get('a')!;
    expect(placed.position).toBe('top');
    expect(placed.box.y + placed.box.h).toBeLessThanOrEqual(150 - 4);
  });

  it('moves a label off an event line, and never onto another label', () => {
    const line = { x: 205, y: 0, w: 3, h: 300 };
    const a = {
      id: 'a',
      text: '约17%',
      x: 200,
      y: 100,
      symbolSize: 8,
      prefer: ['top' as const, 'right' as const],
    };
    const b = {
      id: 'b',
      text: '17.8%',
      x: 190,
      y: 104,
      symbolSize: 8,
      prefer: ['top' as const, 'left' as const],
    };
    const placed = placeLabels([a, b], [line], bounds, 12);
    const boxA = placed.get('a')!.box;
    const boxB = placed.get('b')!.box;
    expect(overlaps(boxA, line)).toBe(false);
    expect(overlaps(boxB, line)).toBe(false);
    expect(overlaps(boxA, boxB)).toBe(false);
  });

  it('leaves a label out rather than overlap', () => {
    const wall = { x: 0, y: 0, w: 400, h: 300 };
    const r = { id: 'a', text: '15%', x: 200, y: 150, symbolSize: 8, prefer: ['top' as const] };
    expect(placeLabels([r], [wall], bounds, 12).get('a')).toBeNull();
  });

  it('keeps labels off drawn data lines', () => {
    const line = lineObstacles([
      { x: 100, y: 200 },
      { x: 300, y: 100 },
    ]);
    const r = {
      id: 'a',
      text: '报告：454亿美元',
      x: 200,
      y: 150,
      symbolSize: 10,
      prefer: ['right' as const, 'top' as const],
    };
    const placed = placeLabels([r], line, bounds, 12).get('a')!;
    expect(line.some((b) => overlaps(placed.box, b))).toBe(false);
  });

  it('lays boxes out as ECharts does for each side', () => {
    const r = { id: 'a', text: '15%', x: 100, y: 100, symbolSize: 8, prefer: [] };
    expect(labelBox(r, 'right', 5, 12).x).toBe(109);
    expect(labelBox(r, 'left', 5, 12).x + labelBox(r, 'left', 5, 12).w).toBe(91);
  });
});
