/** The committed figures as the site exports them, numbered as the article places them. */
import type { FigureExport } from '../../src/lib/figures.ts';
import { loadSite } from './content.ts';

export const FIGURE_IDS = ['fig-stake', 'fig-gmv', 'fig-valuation'] as const;

let site: ReturnType<typeof loadSite> | undefined;

export function loadFigure(id: string): FigureExport {
  site ??= loadSite();
  const fig = site.home.figures.get(id);
  if (!fig) throw new Error(`no figure ${id}`);
  return fig;
}
