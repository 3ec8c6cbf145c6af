/** The committed figures as the site exports them (numbered in file order here; the site numbers by placement). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { exportFigure, type FigureExport, type FigureSpec } from '../../src/lib/figures.ts';
import { contentDir } from './content.ts';

export const FIGURE_IDS = ['fig-stake', 'fig-gmv', 'fig-valuation'] as const;

export function loadFigure(id: string, number = 1): FigureExport {
  const data = parse(readFileSync(join(contentDir, 'figures', `${id}.yaml`), 'utf8'));
  for (const s of data.series) s.panel ??= 'main';
  data.notes ??= [];
  const events = (data.events ?? []).map((e: string) => {
    const ev = parse(readFileSync(join(contentDir, 'events', `${e}.yaml`), 'utf8'));
    return {
      id: e,
      anchor: `event-${e}`,
      date: ev.date,
      precision: ev.precision,
      label: ev.shortTitle ?? ev.title,
    };
  });
  return exportFigure({ id, ...data } as FigureSpec, number, events, {
    page: '/',
    publication: { title: '微信京东十年“联姻”落幕', publisher: '网经社' },
    paragraphName: (anchor) => `〈${anchor}〉`,
  });
}
