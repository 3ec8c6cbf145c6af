/**
 * The figures as the site exports them, numbered as the article places them: every figure of every report
 * (the content with the test fixture's real article added), or one report's by id.
 */
import { rmSync } from 'node:fs';
import type { FigureExport } from '../../src/lib/figures.ts';
import { contentWithFixture, loadSite } from './content.ts';

let site: ReturnType<typeof loadSite> | undefined;
const model = () => {
  if (!site) {
    const dir = contentWithFixture();
    try {
      site = loadSite(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return site;
};

/** Every figure of every report, as [`<report>/<figure>`, export]. */
export const allFigures = (): Array<[string, FigureExport]> =>
  model().reports.flatMap((r) =>
    [...r.figures.values()].map((f) => [`${r.id}/${f.id}`, f] as [string, FigureExport]),
  );

/** One figure of one report (by default the first report's own test data, wechat-jd). */
export function loadFigure(id: string, report = 'wechat-jd'): FigureExport {
  const fig = model().byId.get(report)?.figures.get(id);
  if (!fig) throw new Error(`no figure ${id} in report ${report}`);
  return fig;
}
