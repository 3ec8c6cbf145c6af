import { sectionAnchor } from '../lib/anchors.ts';
import { parseBlocks, paragraphsOf } from '../lib/content/blocks.ts';
import { figureTarget, sectionTarget, type ShareTarget } from '../lib/share.ts';
import { getMainReport } from './report.ts';

/** Everything that gets a share page: the sections, then the figures. */
export async function getShareTargets(): Promise<ShareTarget[]> {
  const { sections, opinions, figures } = await getMainReport();
  const opinionText = new Map(opinions.map((o) => [o.id, paragraphsOf(o.body ?? '')[0] ?? '']));
  return [
    ...sections.map(({ entry }) => {
      // The section's first paragraph in reading order, its own or that of the opinion it opens with.
      const first = parseBlocks(entry.body ?? '')
        .map((b) =>
          b.kind === 'paragraph' ? b.text : b.kind === 'opinion' ? opinionText.get(b.id) : undefined,
        )
        .find((text) => text);
      return sectionTarget(sectionAnchor(entry.id), entry.data.title ?? entry.data.label, first ?? '');
    }),
    ...[...figures.values()].map((f) => figureTarget(f.id, f.number, f.title, f.takeaway)),
  ];
}
