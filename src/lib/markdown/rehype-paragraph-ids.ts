/**
 * A rehype plugin: every top-level paragraph of a section or opinion gets its anchor id and a ¶ control.
 */
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { paragraphAnchor } from '../anchors.ts';
import { paragraphLinkLabel } from './paragraph-links.ts';

export interface ParagraphIdOptions {
  /** The anchor the file's paragraphs hang under; `undefined` leaves the file alone. */
  prefix: (filePath: string) => string | undefined;
}

/**
 * Gives every top-level paragraph of a content file a stable id, `<prefix>-p<n>` (1-based), and a
 * copy-link control (`<a class="anchor anchor--para" href="#…" aria-label="复制本段链接：第<n>段"></a>`), so
 * that readers can link to a single paragraph (the component rendering the file adds the part's name to the
 * control's, see paragraph-links.ts). The control has no text: CSS draws its ¶, so reader modes,
 * feeds and copied text keep only the paragraph's words. Only paragraphs directly at the root are counted: components
 * (an expert opinion placed in a section) carry their own ids.
 */
export default function rehypeParagraphIds({ prefix }: ParagraphIdOptions) {
  return (tree: Root, file: VFile) => {
    const path = file.path ?? file.history[0];
    const anchor = path ? prefix(path) : undefined;
    if (!anchor) return;
    let n = 0;
    // Only the paragraphs at the root: nothing below them (components carry their own ids).
    visit(tree, 'element', (p, _index, parent) => {
      if (parent !== tree) return SKIP;
      if (p.tagName === 'p') {
        n += 1;
        const id = paragraphAnchor(anchor, n);
        p.properties.id = id;
        // A copy-link control for the paragraph (shown on hover/focus; a plain link without JavaScript).
        p.children.unshift({
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['anchor', 'anchor--para'],
            href: `#${id}`,
            dataCopyLink: true,
            ariaLabel: paragraphLinkLabel(n),
          },
          children: [],
        });
      }
      return SKIP;
    });
  };
}
