import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { paragraphAnchor } from '../anchors.ts';

export interface ParagraphIdOptions {
  /** The anchor the file's paragraphs hang under; `undefined` leaves the file alone. */
  prefix: (filePath: string) => string | undefined;
}

/**
 * Gives every top-level paragraph of a content file a stable id, `<prefix>-p<n>` (1-based), so that
 * readers can link to a single paragraph. Only paragraphs directly at the root are counted: components
 * (an expert opinion placed in a section) carry their own ids.
 */
export default function rehypeParagraphIds({ prefix }: ParagraphIdOptions) {
  return (tree: Root, file: VFile) => {
    const path = file.path ?? file.history[0];
    const anchor = path ? prefix(path) : undefined;
    if (!anchor) return;
    let n = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && (node as Element).tagName === 'p') {
        n += 1;
        (node as Element).properties.id = paragraphAnchor(anchor, n);
      }
    }
  };
}
