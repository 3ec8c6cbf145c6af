import type { Element, Root, RootContent } from 'hast';

const textOf = (n: RootContent | Element): string =>
  n.type === 'text'
    ? n.value
    : 'children' in n
      ? n.children.map((c) => textOf(c as RootContent)).join('')
      : '';

function walk(node: Root | Element, visit: (el: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visit(child);
      walk(child, visit);
    }
  }
}

/**
 * Marks links whose text is their own address (`<a href="https://x">https://x</a>`) with class `url`,
 * so print.css does not print the address a second time after them.
 */
export default function rehypeUrlLinks() {
  return (tree: Root) =>
    walk(tree, (el) => {
      if (el.tagName !== 'a' || typeof el.properties.href !== 'string') return;
      if (textOf(el).trim() === el.properties.href) {
        const cls = el.properties.className;
        el.properties.className = [...(Array.isArray(cls) ? cls : cls ? [String(cls)] : []), 'url'];
      }
    });
}
