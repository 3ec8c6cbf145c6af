/**
 * Citations of the report and of its figures in GB/T 7714-2015, APA (7th ed.) and BibTeX.
 * `accessed` is the reader's access date (引用日期); pages show a placeholder and the copy button fills it.
 */

export interface CitedWork {
  /** Personal author(s) as credited (撰写), e.g. 无痕. */
  authors: string[];
  /** Full title, e.g. 微信京东十年“联姻”落幕——网经社独家解读报告. */
  title: string;
  /** Publisher / institution, e.g. 网经社. */
  publisher: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** URL to cite. */
  url: string;
}

/** A part of a work (a figure), cited within it. */
export interface CitedPart {
  /** E.g. 图1 腾讯持有京东股份比例. */
  title: string;
  /** Its own URL (with the anchor). */
  url: string;
  /** A key suffix for BibTeX, e.g. fig-stake. */
  key: string;
}

export const ACCESS_PLACEHOLDER = '引用日期';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** GB/T 7714-2015, electronic resource: 作者. 题名[EB/OL]. 出版者, (发布日期)[引用日期]. URL. */
export function gbt7714(work: CitedWork, accessed = ACCESS_PLACEHOLDER, part?: CitedPart): string {
  const authors = work.authors.join(', ');
  if (part) {
    return `${authors}. ${part.title}[EB/OL]//${work.title}. ${work.publisher}, (${work.published})[${accessed}]. ${part.url}.`;
  }
  return `${authors}. ${work.title}[EB/OL]. ${work.publisher}, (${work.published})[${accessed}]. ${work.url}.`;
}

/** APA 7: Author. (Year, Month Day). *Title*. Publisher. URL (plain text, no italics). */
export function apa(work: CitedWork, part?: CitedPart): string {
  const [y, m, d] = parts(work.published);
  const date = `${y}, ${MONTHS[m - 1]} ${d}`;
  const authors = work.authors.join(', ');
  if (part)
    return `${authors}. (${date}). ${part.title} [Figure]. In ${work.title}. ${work.publisher}. ${part.url}`;
  return `${authors}. (${date}). ${work.title}. ${work.publisher}. ${work.url}`;
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, '\\$1');

/** BibTeX: @techreport for the report, @misc for a figure in it. */
export function bibtex(work: CitedWork, key: string, part?: CitedPart): string {
  const [y, m] = parts(work.published);
  const fields: Array<[string, string]> = [
    ['author', work.authors.map((a) => `{${bibEscape(a)}}`).join(' and ')],
    ['title', `{${bibEscape(part ? part.title : work.title)}}`],
    ...(part ? ([['howpublished', `{${bibEscape(work.title)}}`]] as Array<[string, string]>) : []),
    [part ? 'publisher' : 'institution', `{${bibEscape(work.publisher)}}`],
    ['year', String(y)],
    ['month', BIB_MONTHS[m - 1]!],
    ['url', `{${part ? part.url : work.url}}`],
    ['language', '{chinese}'],
  ];
  const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n');
  return `@${part ? 'misc' : 'techreport'}{${part ? `${key}-${part.key}` : key},\n${body}\n}`;
}
