/** What each share page (`/s/<id>/`) and preview card (`/og/<id>/`) shows: pure, from plain data. */

export interface ShareTarget {
  /** Anchor id on the report page (also the share page's slug). */
  id: string;
  /** A section is the report's (credited to its writer and publisher), a figure the site's. */
  kind: 'section' | 'figure';
  /** Kind label, e.g. 章节 or 图2. */
  kicker: string;
  title: string;
  description: string;
}

const clip = (text: string, max = 110) => {
  const chars = [...text.replace(/\s+/g, '')];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
};

/** A section: its heading (or label) and the start of its first paragraph. */
export function sectionTarget(anchor: string, title: string, firstParagraph: string): ShareTarget {
  return { id: anchor, kind: 'section', kicker: '章节', title, description: clip(firstParagraph) };
}

/** A figure: its number and title, and its one-sentence takeaway. */
export function figureTarget(id: string, number: number, title: string, takeaway: string): ShareTarget {
  return { id, kind: 'figure', kicker: `图${number}`, title, description: clip(takeaway, 160) };
}
