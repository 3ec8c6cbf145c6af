/**
 * The paragraphs' copy-link controls (¶), as rendered HTML: their accessible names and their place in
 * the tab order. remark-paragraph-ids.ts gives each control the name 复制本段链接：第N段; the component
 * that renders a file's content knows which part it is and names the controls after it
 * (复制本段链接：十年合作历程，第3段), so that every control on a page has a name of its own. And a keyboard
 * reader should not tab through a stop beside every paragraph: of a section's controls, only the first is a
 * tab stop; the arrow keys move from it to the others (src/client/copy-link.ts). Every control stays a
 * plain link to its paragraph for the mouse, touch and readers without JavaScript.
 */

/** What every paragraph control's name begins with. */
export const PARAGRAPH_LINK_NAME = '复制本段链接';

/** The name remark-paragraph-ids.ts gives the control of the n-th paragraph (1-based) of a file. */
export function paragraphLinkLabel(n: number): string {
  return `${PARAGRAPH_LINK_NAME}：第${n}段`;
}

const escapeAttribute = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Names the paragraph controls in `html` that do not name their part yet after `part`:
 * 复制本段链接：第3段 → 复制本段链接：<part>，第3段. Controls already named (an opinion inside a section)
 * keep their name.
 */
export function nameParagraphLinks(html: string, part: string): string {
  const name = escapeAttribute(part);
  return html.replace(
    new RegExp(`aria-label="${PARAGRAPH_LINK_NAME}：第(\\d+)段"`, 'g'),
    `aria-label="${PARAGRAPH_LINK_NAME}：${name}，第$1段"`,
  );
}

/** The opening tag of a paragraph control as rendered (class first, as rehype writes it). */
const CONTROL = /<a class="anchor anchor--para"/g;

/**
 * Leaves the first paragraph control in `html` in the tab order and takes the others out of it
 * (tabindex="-1"): a section is one tab stop, whatever the number of its paragraphs.
 */
export function oneParagraphTabStop(html: string): string {
  let first = true;
  return html.replace(CONTROL, (tag) => {
    if (first) {
      first = false;
      return tag;
    }
    return '<a tabindex="-1" class="anchor anchor--para"';
  });
}

/**
 * Puts a note after each paragraph of `html` that `notes` names (paragraph id → the note's HTML), e.g. a
 * dated correction's 「更正（日期）」: after the paragraph, never inside its verbatim text. Paragraphs the
 * map does not name, and ids not in `html`, are left as they are.
 */
export function addParagraphNotes(html: string, notes: ReadonlyMap<string, string>): string {
  if (!notes.size) return html;
  return html.replace(/<p id="([^"]+)"[^>]*>[\s\S]*?<\/p>/g, (p, id: string) => {
    const note = notes.get(id);
    return note ? `${p}${note}` : p;
  });
}
