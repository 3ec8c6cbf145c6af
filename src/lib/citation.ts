/**
 * Citations in GB/T 7714-2015, APA (7th edition) and BibTeX, from plain data (pure). A date is cited at
 * its precision: a month-precision date stays a month ("2025-09", "2025, September"). `accessed` is the
 * reader's access date (引用日期); pages show a placeholder and the copy button fills it in (Beijing time).
 */
import type { DatePrecision } from './dates.ts';

/** The citation forms: each report kind's, and `figure` (a compilation on a website, cited as a web document). */
export type CitedForm = 'report' | 'newspaper' | 'web' | 'figure';

const GBT_CODE: Record<CitedForm, string> = { report: 'R', newspaper: 'N', web: 'EB', figure: 'EB' };
const BIB_TYPE: Record<CitedForm, string> = {
  report: 'report',
  newspaper: 'article',
  web: 'online',
  figure: 'misc',
};

/** A work to cite: a report, a figure, a web page. */
export interface CitedWork {
  /** The responsible persons or bodies (主要责任者), as credited: 无痕, 研报精读编辑部; none when unknown. */
  authors: string[];
  /** Which form it is cited in (default `web`, an electronic resource). */
  form?: CitedForm | undefined;
  /** Title proper (题名). */
  title: string;
  /** Other title information (其他题名信息), e.g. a subtitle; follows the title after ": ". */
  subtitle?: string | undefined;
  /**
   * Publisher, site or newspaper name: for APA and BibTeX, and for GB/T 7714's newspaper form (报纸名);
   * its electronic form leaves it out.
   */
  publisher?: string | undefined;
  /** Publication or update date at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: { date: string; precision: DatePrecision } | undefined;
  /** A newspaper article's page (版次), e.g. 2. */
  page?: string | undefined;
  /** Where readers get it (获取和访问路径); absent when not known (no site address configured). */
  url?: string | undefined;
  /** The original publisher's address, when `url` is a copy of it (this site's edition). */
  original?: string | undefined;
  /** GB/T 7714 type code, when not the form's own (EB, R, N): e.g. M (monograph). */
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

/** A month's English name, as APA dates give it: 9 → September. */
const monthName = (m: number) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m - 1, 1));

const isoAt = (d: { date: string; precision: DatePrecision }): string => {
  if (d.precision === 'day' || d.precision === 'month' || d.precision === 'year') return d.date;
  return d.date.slice(0, 4); // halves, seasons and quarters are cited by their year
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
 * GB/T 7714-2015 (its 4.x forms with 8.x rules). Electronic resource and report: 主要责任者. 题名: 其他题名信息
 * [EB/OL] or [R/OL]. (发表日期)[引用日期]. 获取和访问路径. Newspaper article (4.4): 主要责任者. 题名[N/OL].
 * 报纸名, 出版日期[引用日期]. 路径. With a `container` by other responsible persons, the 析出 form: 析出责任者.
 * 析出题名[EB/OL]//整体责任者. 整体题名: 其他题名信息. (日期)[引用日期]. 路径. Authors are separated by ", ";
 * without a known author the entry begins with the title. A report or newspaper article without an
 * address is cited as printed: no “/OL”, no access date.
 */
export function gbt7714(work: CitedWork, accessed = ACCESS_PLACEHOLDER, container?: CitedContainer): string {
  const form = work.form ?? 'web';
  const url = work.url ?? work.original;
  // A web document is online even when its address is not known here; a report or newspaper only with one.
  const online = !!url || form === 'web' || form === 'figure';
  const type = `[${work.type ?? GBT_CODE[form]}${online ? '/OL' : ''}]`;
  const who = (authors: string[]) => (authors.length ? `${authors.join(', ')}. ` : '');
  const head = container
    ? `${who(work.authors)}${work.title}${type}//${who(container.authors)}${titleOf(container)}.`
    : `${who(work.authors)}${titleOf(work)}${type}.`;
  const access = online ? `[${accessed}]` : '';
  const date =
    form === 'newspaper'
      ? ` ${[work.publisher, work.date && `${isoAt(work.date)}${work.page ? `(${work.page})` : ''}`].filter(Boolean).join(', ')}${access}.`
      : ` ${work.date ? `(${isoAt(work.date)})` : ''}${access}.`;
  const tail = url ? ` ${url}.${work.url && work.original ? ` 原文: ${work.original}.` : ''}` : '';
  return `${head}${date === ' .' ? '' : date}${tail}`;
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
  return `(${y}, ${monthName(Number(m))}${day ? ` ${Number(day)}` : ''})`;
}

/**
 * APA 7 (reference list entry, plain text: italics are not marked): Author. (Date). Title: Subtitle
 * [Description]. Publisher. URL — the same shape for a report (publisher), a newspaper article (the
 * newspaper) and a web page (the site); the publisher is left out when it is the author (APA 7, 9.25), and
 * a work without a known author begins with its title (9.12).
 */
export function apa(work: CitedWork): string {
  const author = apaAuthors(work.authors);
  const end = (s: string) => (/[.?!。？！]$/.test(s) ? s : `${s}.`);
  const title = `${titleOf(work)}${work.description ? ` [${work.description}]` : ''}`;
  const publisher = work.publisher && !work.authors.includes(work.publisher) ? ` ${end(work.publisher)}` : '';
  const url = work.url ?? work.original;
  const head = author
    ? `${end(author)} ${apaDate(work.date)}. ${end(title)}`
    : `${end(title)} ${apaDate(work.date)}.`;
  return `${head}${publisher}${url ? ` ${url}` : ''}`;
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, '\\$1');

/**
 * BibTeX for biblatex, by form: `@report` (institution, type 研究报告), `@article` (a newspaper's:
 * journaltitle, entrysubtype newspaper), `@online` (organization) or `@misc` (a figure: howpublished).
 * The date at its precision (`date = {2025-09}`). Corporate authors are braced so they are not split into
 * names; an unknown author is left out.
 */
export function bibtex(work: CitedWork, key: string): string {
  const form = work.form ?? 'web';
  const url = work.url ?? work.original;
  const publisher = work.publisher && `{${bibEscape(work.publisher)}}`;
  type Field = [string, string | undefined];
  const own: Record<CitedForm, Field[]> = {
    report: [
      ['type', '{研究报告}'],
      ['institution', publisher],
    ],
    newspaper: [
      ['journaltitle', publisher],
      ['entrysubtype', '{newspaper}'],
    ],
    web: [['organization', publisher]],
    figure: [['howpublished', publisher]],
  };
  const fields: Field[] = [
    [
      'author',
      work.authors.length ? `{${work.authors.map((a) => `{${bibEscape(a)}}`).join(' and ')}}` : undefined,
    ],
    ['title', `{${bibEscape(titleOf(work))}}`],
    ...own[form],
    ['date', work.date && `{${isoAt(work.date)}}`],
    ['url', url && `{${url}}`],
    ['note', work.note && `{${bibEscape(work.note)}}`],
    ['language', '{chinese}'],
  ];
  const body = fields
    .filter((f): f is [string, string] => !!f[1])
    .map(([k, v]) => `  ${k} = ${v}`)
    .join(',\n');
  return `@${BIB_TYPE[form]}{${key},\n${body}\n}`;
}
