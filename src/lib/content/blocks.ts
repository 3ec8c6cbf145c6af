/**
 * An MDX body read as its top-level blocks (paragraphs and the components that place opinions, figures
 * and omitted pictures): for the model, the checks and the import, and for the markdown pipeline, which
 * gives each paragraph the number counted here (its anchor, src/lib/markdown/remark-paragraph-ids.ts).
 */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** One top-level block of an article or opinion body, in reading order. `line` is 1-based in the body. */
export type Block =
  /** A paragraph of the report's text (plain text, markup removed), the `n`-th (1-based) of the body. */
  | { kind: 'paragraph'; text: string; n: number; line: number }
  /** An expert opinion placed here with `<Opinion id="…" />`. */
  | { kind: 'opinion'; id: string; line: number }
  /** A figure of ours placed here with `<Figure id="fig-…" />`. */
  | { kind: 'figure'; id: string; line: number }
  /** A picture of the original that is not reproduced, `<OmittedImage caption="…" />`. */
  | { kind: 'omitted-image'; caption: string; line: number }
  /** Anything else (headings, lists, unknown components): reported by the content check. */
  | { kind: 'other'; type: string; name?: string; line: number };

function attr(node: RootContent, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement') return undefined;
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}

/** Parses an MDX body (frontmatter already removed) the way the site's pipeline does (MDX + GFM). */
export function parseMdx(body: string): Root {
  return fromMarkdown(body, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
}

/** A top-level node as a block; `n` is the paragraph's number, if it is one. */
function blockOf(node: RootContent, n: number): Block {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'paragraph') return { kind: 'paragraph', text: toString(node), n, line };
  if (node.type === 'mdxJsxFlowElement' && node.name === 'Opinion') {
    return { kind: 'opinion', id: attr(node, 'id') ?? '', line };
  }
  if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure') {
    return { kind: 'figure', id: attr(node, 'id') ?? '', line };
  }
  if (node.type === 'mdxJsxFlowElement' && node.name === 'OmittedImage') {
    return { kind: 'omitted-image', caption: attr(node, 'caption') ?? '', line };
  }
  return {
    kind: 'other',
    type: node.type,
    ...(node.type === 'mdxJsxFlowElement' && node.name ? { name: node.name } : {}),
    line,
  };
}

/** The top-level blocks of a parsed body, each with its node: paragraphs are numbered here only. */
export function blocksOf(tree: Root): Array<{ block: Block; node: RootContent }> {
  let n = 0;
  return tree.children.map((node) => ({ block: blockOf(node, node.type === 'paragraph' ? ++n : 0), node }));
}

/** The top-level blocks of an MDX body. */
export const parseBlocks = (body: string): Block[] => blocksOf(parseMdx(body)).map((b) => b.block);
