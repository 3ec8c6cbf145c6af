/**
 * An MDX body read as its top-level blocks (paragraphs and the components that place opinions, figures
 * and omitted pictures), without rendering it: for the model, the checks and the import.
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
  /** A paragraph of the report's text (plain text, markup removed). */
  | { kind: 'paragraph'; text: string; line: number }
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

/** The top-level blocks of an MDX body. */
export function parseBlocks(body: string): Block[] {
  return parseMdx(body).children.map((node): Block => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'paragraph') return { kind: 'paragraph', text: toString(node), line };
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
  });
}
