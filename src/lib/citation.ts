/**
 * Citations in GB/T 7714-2015, APA (7th edition) and BibTeX, from plain data (pure). A date is cited at
 * its precision: a month-precision date stays a month ("2025-09", "2025, September"). `accessed` is the
 * reader's access date (引用日期); pages show a placeholder and the copy button fills it in (Beijing time).
 */
import type { DatePrecision } from './dates.ts';

/** A work to cite: a report, a figure, a web page. */
export interface CitedWork {
  /** The responsible persons or bodies (主要责任者), as credited: 测试作者, 研报精读编辑部. */
  authors: string[];
  /** Title proper (题名). */
  title: string;
  /** Other title information (其他题名信息), e.g. a subtitle; follows the title after ": ". */
  subtitle?: string | undefined;
  /** Publisher or site name, for APA and BibTeX (GB/T 7714's electronic form leaves it out). */
  publisher?: string | undefined;
  /** Publication or update date at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: { date: string; precision: DatePrecision } | undefined;
  /** Where readers get it (获取和访问路径); absent when not known (no site address configured). */
  url?: string | undefined;
  /** The original publisher's address, when `url` is a copy of it (this site's edition). */
  original?: string | undefined;
  /** GB/T 7714 type code: EB (electronic bulletin, the default), R (report), M (monograph) … */
  type?: string;
  /** APA's bracketed description of a non-standard form, e.g. Figure, Data set. */
  description?: string | undefined;
  /** A note for BibTeX (e.g. how the date was established). */
  note?: string | undefined;
}

/** A part of a larger work by other responsible persons (析出文献), e.g. a chapter in an edited book. */
export interface CitedContainer {
  authors: string[];
  title: string;
  subtitle?: string | undefined;
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

const isoAt = (d: { date: string; precision: DatePrecision }): string => {
  if (d.precision === 'day' || d.precision === 'month' || d.precision === 'year') return d.date;
  return d.date.slice(0, 4); // seasons and quarters are cited by their year
};

const titleOf = (w: { title: string; subtitle?: string | undefined }) =>
  w.subtitle ? `${w.title}: ${w.subtitle}` : w.title;

/**
 * The access date (引用日期) of a moment, in Beijing time (Asia/Shanghai), as YYYY-MM-DD: the day readers
 * in China see on their calendar, whatever the device's or the server's time zone.
 */
export function accessDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * GB/T 7714-2015, electronic resource (8.9 / 4.9): 主要责任者. 题名: 其他题名信息[EB/OL]. (发表日期)[引用日期].
 * 获取和访问路径. With a `container` by other responsible persons, the 析出 form: 析出责任者. 析出题名
 * [EB/OL]//整体责任者. 整体题名: 其他题名信息. (日期)[引用日期]. 路径. Authors are separated by ", ".
 */
export function gbt7714(work: CitedWork, accessed = ACCESS_PLACEHOLDER, container?: CitedContainer): string {
  const type = `[${work.type ?? 'EB'}/OL]`;
  const date = work.date ? `(${isoAt(work.date)})` : '';
  const head = container
    ? `${work.authors.join(', ')}. ${work.title}${type}//${container.authors.join(', ')}. ${titleOf(container)}.`
    : `${work.authors.join(', ')}. ${titleOf(work)}${type}.`;
  const url = work.url ?? work.original;
  const tail = url ? ` ${url}.${work.url && work.original ? ` 原文: ${work.original}.` : ''}` : '';
  return `${head} ${date}[${accessed}].${tail}`;
}

/** APA 7 author list: "A", "A, & B", "A, B, & C" (names as credited). */
const apaAuthors = (authors: string[]) =>
  authors.length <= 1
    ? (authors[0] ?? '')
    : `${authors.slice(0, -1).join(', ')}, & ${authors[authors.length - 1]}`;

/** APA 7 date: (2025), (2025, September), (2025, September 24); (n.d.) without one. */
function apaDate(d: CitedWork['date']): string {
  if (!d) return '(n.d.)';
  const [y, m, day] = isoAt(d).split('-');
  if (!m) return `(${y})`;
  return `(${y}, ${MONTHS[Number(m) - 1]}${day ? ` ${Number(day)}` : ''})`;
}

/**
 * APA 7 (reference list entry, plain text: italics are not marked): Author. (Date). Title: Subtitle
 * [Description]. Publisher. URL — the publisher is left out when it is the author (APA 7, 9.25).
 */
export function apa(work: CitedWork): string {
  const author = apaAuthors(work.authors);
  const end = (s: string) => (/[.?!。？！]$/.test(s) ? s : `${s}.`);
  const title = `${titleOf(work)}${work.description ? ` [${work.description}]` : ''}`;
  const publisher = work.publisher && !work.authors.includes(work.publisher) ? ` ${end(work.publisher)}` : '';
  const url = work.url ?? work.original;
  return `${end(author)} ${apaDate(work.date)}. ${end(title)}${publisher}${url ? ` ${url}` : ''}`;
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, '\\$1');

/**
 * BibTeX: `@techreport` (a report: institution) or `@misc` (anything else: howpublished). Corporate
 * authors are braced so BibTeX does not split them into names.
 */
export function bibtex(work: CitedWork, key: string, kind: 'techreport' | 'misc' = 'misc'): string {
  const [y, m] = (work.date ? isoAt(work.date) : '').split('-');
  const url = work.url ?? work.original;
  const fields: Array<[string, string | undefined]> = [
    ['author', `{${work.authors.map((a) => `{${bibEscape(a)}}`).join(' and ')}}`],
    ['title', `{${bibEscape(titleOf(work))}}`],
    [
      kind === 'techreport' ? 'institution' : 'howpublished',
      work.publisher && `{${bibEscape(work.publisher)}}`,
    ],
    ['year', y],
    ['month', m ? BIB_MONTHS[Number(m) - 1] : undefined],
    ['url', url && `{${url}}`],
    ['note', work.note && `{${bibEscape(work.note)}}`],
    ['language', '{chinese}'],
  ];
  const body = fields
    .filter((f): f is [string, string] => !!f[1])
    .map(([k, v]) => `  ${k} = ${v}`)
    .join(',\n');
  return `@${kind}{${key},\n${body}\n}`;
}
