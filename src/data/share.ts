import { sectionAnchor } from '../lib/anchors.ts';
import { paragraphsOf } from '../lib/content/blocks.ts';
import { figureTarget, sectionTarget, type ShareTarget } from '../lib/share.ts';
import { getMainReport } from './report.ts';

/** Everything that gets a share page: the sections, then the figures. */
export async function getShareTargets(): Promise<ShareTarget[]> {
  const { sections, opinions, figures } = await getMainReport();
  const opinionText = new Map(opinions.map((o) => [o.id, paragraphsOf(o.body ?? '')[0] ?? '']));
  return [
    ...sections.map(({ entry }) => {
      // A section that opens with an opinion: use the opinion's first paragraph.
      const first =
        paragraphsOf(entry.body ?? '')[0] ??
        opinionText.get(/<Opinion id="([^"]+)"/.exec(entry.body ?? '')?.[1] ?? '') ??
        '';
      return sectionTarget(sectionAnchor(entry.id), entry.data.title ?? entry.data.label, first);
    }),
    ...[...figures.values()].map((f) => figureTarget(f.id, f.number, f.title, f.takeaway)),
  ];
}
