/**
 * Text-fragment links (`#id:~:text=…`) for a passage of a paragraph. Browsers that support text
 * fragments scroll to and highlight the words; the others (and our alias script) fall back to `#id`.
 */

/** Percent-encodes a text-fragment term: encodeURIComponent plus the characters the syntax reserves. */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(
    /[-&,!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** How many characters a long passage keeps at each end (textStart,textEnd). */
const EDGE = 12;

/**
 * The fragment for `selected` inside paragraph `paragraphId`: the whole text when short, otherwise its
 * first and last characters as textStart,textEnd. Whitespace is collapsed; an empty selection links the
 * paragraph.
 */
export function textFragment(paragraphId: string, selected: string): string {
  const text = selected.replace(/\s+/g, ' ').trim();
  if (!text) return `#${paragraphId}`;
  const chars = [...text];
  const directive =
    chars.length <= EDGE * 2 + 4
      ? encodeTextTerm(text)
      : `${encodeTextTerm(chars.slice(0, EDGE).join('').trim())},${encodeTextTerm(chars.slice(-EDGE).join('').trim())}`;
  return `#${paragraphId}:~:text=${directive}`;
}

/** The element id in a hash, without any fragment directive: `#a-p1:~:text=x` → `a-p1`. */
export function idFromHash(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, '').split(':~:')[0] ?? '');
}
