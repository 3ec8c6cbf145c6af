/**
 * Marks links whose text is their own address (`<a href="https://x">https://x</a>`) with class `url`,
 * so print.css does not print the address a second time after them.
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export default function rehypeUrlLinks() {
  return (tree: Root) =>
    visit(tree, 'element', (el) => {
      if (el.tagName !== 'a' || typeof el.properties.href !== 'string') return;
      if (toString(el).trim() === el.properties.href) {
        const cls = el.properties.className;
        el.properties.className = [...(Array.isArray(cls) ? cls : cls ? [String(cls)] : []), 'url'];
      }
    });
}
