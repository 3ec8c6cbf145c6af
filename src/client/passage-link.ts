/**
 * "复制该段落链接": when the reader selects words inside one paragraph, a small button offers a link to
 * that passage (a text fragment, `#paragraph-id:~:text=…`, which falls back to the paragraph).
 */
import { textFragment } from '../lib/text-fragment.ts';
import { copyAndAnnounce } from './copy-link.ts';

const button = document.createElement('button');
button.type = 'button';
button.className = 'passage-link';
button.textContent = '复制该段落链接';
button.hidden = true;
document.body.append(button);

let link = '';

function paragraphOf(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement;
  return el?.closest<HTMLElement>('p[id]') ?? null;
}

function update(): void {
  const sel = getSelection();
  const text = sel?.toString() ?? '';
  const p = sel && sel.rangeCount ? paragraphOf(sel.anchorNode) : null;
  if (!sel || sel.isCollapsed || !text.trim() || !p || p !== paragraphOf(sel.focusNode)) {
    button.hidden = true;
    return;
  }
  link = new URL(textFragment(p.id, text), location.href).href;
  const rect = sel.getRangeAt(0).getBoundingClientRect();
  button.hidden = false;
  button.style.top = `${Math.max(0, rect.top + scrollY - button.offsetHeight - 8)}px`;
  button.style.left = `${Math.max(8, Math.min(rect.left + scrollX, scrollX + innerWidth - button.offsetWidth - 8))}px`;
}

let pending: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('selectionchange', () => {
  clearTimeout(pending);
  pending = setTimeout(update, 150);
});
// Keep the selection when the button is pressed.
button.addEventListener('mousedown', (e) => e.preventDefault());
button.addEventListener('click', () => {
  void copyAndAnnounce(link, '段落链接');
  button.hidden = true;
});
