/**
 * A remark plugin: every top-level paragraph of a section or opinion gets its anchor id and a ¶ control,
 * numbered by the same count as the model's (`blocksOf`, src/lib/content/blocks.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { paragraphAnchor } from '../anchors.ts';
import { blocksOf } from '../content/blocks.ts';
import { paragraphLinkLabel } from './paragraph-links.ts';

/** The ¶ control, an element of its own in the tree (mdast-util-to-hast makes `data.hName` of it). */
declare module 'mdast' {
  interface PhrasingContentMap {
    paragraphLink: { type: 'paragraphLink'; data: Data };
  }
}

export interface ParagraphIdOptions {
  /** The anchor the file's paragraphs hang under; `undefined` leaves the file alone. */
  prefix: (filePath: string) => string | undefined;
}

/**
 * Gives every top-level paragraph of a content file a stable id, `<prefix>-p<n>`, and a copy-link control
 * (`<a class="anchor anchor--para" href="#…" aria-label="复制本段链接：第<n>段"></a>`), so that readers can
 * link to a single paragraph (the component rendering the file adds the part's name to the control's, see
 * paragraph-links.ts). The control has no text: CSS draws its ¶, so reader modes, feeds and copied text
 * keep only the paragraph's words. Only paragraphs directly at the root are counted: components (an
 * expert opinion placed in a section) carry their own ids.
 */
export default function remarkParagraphIds({ prefix }: ParagraphIdOptions) {
  return (tree: Root, file: VFile) => {
    const path = file.path ?? file.history[0];
    const anchor = path ? prefix(path) : undefined;
    if (!anchor) return;
    for (const { block, node } of blocksOf(tree)) {
      if (block.kind !== 'paragraph' || node.type !== 'paragraph') continue;
      const id = paragraphAnchor(anchor, block.n);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      // A copy-link control for the paragraph (shown on hover/focus; a plain link without JavaScript).
      node.children.unshift({
        type: 'paragraphLink',
        data: {
          hName: 'a',
          hProperties: {
            className: ['anchor', 'anchor--para'],
            href: `#${id}`,
            dataCopyLink: true,
            ariaLabel: paragraphLinkLabel(block.n),
          },
        },
      });
    }
  };
}
