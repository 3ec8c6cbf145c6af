/** Rules of a tagged PDF's structure tree (PDF 1.7 / PDF/UA-1), pure. */

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
export const STANDARD_STRUCTURE_TYPES = new Set([
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'BlockQuote',
  'Caption',
  'TOC',
  'TOCI',
  'Index',
  'NonStruct',
  'Private',
  'P',
  'H',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Table',
  'TR',
  'TH',
  'TD',
  'THead',
  'TBody',
  'TFoot',
  'Span',
  'Quote',
  'Note',
  'Reference',
  'BibEntry',
  'Code',
  'Link',
  'Annot',
  'Ruby',
  'RB',
  'RT',
  'RP',
  'Warichu',
  'WT',
  'WP',
  'Figure',
  'Formula',
  'Form',
]);

/**
 * The standard type a non-standard one (as Chromium writes PDF 2.0 / HTML names) maps to in the
 * RoleMap. A type not listed maps to NonStruct, which carries no meaning but keeps its content.
 */
const ROLE_MAP: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Title: 'H1',
  Aside: 'Div',
  FENote: 'Note',
  DocumentFragment: 'Div',
  Mark: 'Span',
};

/** The RoleMap entries for the structure types used: each non-standard type to a standard one. */
export function roleMapFor(types: Iterable<string>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const t of types) if (!STANDARD_STRUCTURE_TYPES.has(t)) map[t] = ROLE_MAP[t] ?? 'NonStruct';
  return map;
}

/** The heading level of a structure type (H1 → 1), or undefined for other types. */
export const headingLevel = (type: string): number | undefined => {
  const m = /^H([1-6])$/.exec(type);
  return m ? Number(m[1]) : undefined;
};

/**
 * Problems with the nesting of headings in reading order: the first must be level 1 and no heading may
 * skip a level below the one before it (H1 → H3).
 */
export function headingNestingProblems(levels: readonly number[]): string[] {
  const problems: string[] = [];
  levels.forEach((level, i) => {
    const before = i === 0 ? 0 : levels[i - 1]!;
    if (level > before + 1)
      problems.push(`heading ${i + 1}: H${level} after ${before ? `H${before}` : 'the start'}`);
  });
  return problems;
}
