/**
 * Checks that the site says no more than its sources: dates no finer than their sources, report claims
 * dated by the report's own time words, qualifiers (约, 超过, 以上) as the source words them, numbers in
 * event texts sourced, and grid excerpts that are verbatim and do not cut one side of a contrast. Pure:
 * each check takes plain data and returns what it found wrong, located by field. The rules of events.ts,
 * figures.ts, experts.ts and excerpts.ts are made of these (and the import finds experts with INTRO_LEADS).
 */
import {
  DATE_BASES,
  enumeration,
  finerThan,
  formatChineseDate,
  PRECISION_RANK,
  statedDate,
  within,
  yearOf,
  type DateBasis,
  type DatePrecision,
  type Precision,
} from '../../lib/dates.ts';
import { comparableText } from '../../lib/text/typography.ts';
import { boundPattern, quotedValue, type Bound, type UnitId } from '../../lib/units.ts';
import type { PublicSource, ReportSource } from '../../schemas/source.ts';

/** A problem in one field of a content entry (the caller adds the file). */
export interface FieldError {
  field: string;
  message: string;
}

/** The report's words for a claim: its paragraph, its quote and its time words (the schema's report source). */
type ReportCite = ReportSource;

/** A public source, as far as dating and numbers go. */
type PublicCite = Pick<PublicSource, 'precision'> & Partial<Pick<PublicSource, 'supports'>>;

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** What dating a claim may draw on besides its sources. */
export interface DatingContext {
  /** The year of the article's own date, when it is known (report.yaml `published`). */
  articleYear?: string | undefined;
  /** A figure value: with basis list-order, its place in the quoted list gives its period. */
  value?: { value: number; unit: UnitId } | undefined;
}

/**
 * A date against its sources: the report's time words are in the cited paragraph, the date agrees with
 * them, and the date is no finer than its most precise source. Words without a year (“11月初”, “双十一”,
 * “9月30日”) need the year from somewhere: a public source that dates the item, or the article's date
 * (basis article-date, 年份据文章日期, the same year). Values listed for named periods (“四个季度……分别为
 * a、b、c、d”) take their period from their place in the list (basis list-order, 据原文列举顺序). A basis
 * the words do not need is an error too: a date never claims more help than it had.
 */
export function checkDateAgainstSources(
  item: { date?: string | undefined; precision: Precision; basis?: readonly DateBasis[] | undefined },
  report: ReportCite | undefined,
  publics: PublicCite[],
  paragraphText: (id: string) => string | undefined,
  field: { report: string; public: (i: number) => string; date: string; basis?: string },
  context: DatingContext = {},
): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => void errors.push({ field, message });
  const basis = new Set(item.basis ?? []);
  const basisField = field.basis ?? field.date.replace(/precision$/, 'basis');
  const dated = item.precision !== 'undated' && item.date !== undefined;
  let finest: Precision = 'undated';
  let yearFromWords = false;
  if (report?.when !== undefined) {
    const text = paragraphText(report.paragraph);
    const stated = statedDate(report.when);
    if (text !== undefined && !comparableText(text).includes(comparableText(report.when))) {
      fail(`${field.report}.when`, `"${report.when}" is not in paragraph ${report.paragraph}`);
    } else if (!stated) {
      fail(`${field.report}.when`, `"${report.when}" names no time`);
    } else {
      yearFromWords = !stated.yearless;
      if (dated && stated.yearless && !basis.has('article-date') && publics.length === 0)
        fail(
          field.date,
          `"${report.when}" names no year: add basis: article-date (${DATE_BASES['article-date']}) when the article's date gives it, or a public source that dates it`,
        );
      if (dated && !within(item.date!, item.precision as DatePrecision, stated))
        fail(field.date, `${item.date} is not what the report's words "${report.when}" say`);
      if (PRECISION_RANK[stated.precision] > PRECISION_RANK[finest]) finest = stated.precision;
    }
  }
  if (basis.has('article-date')) {
    if (!dated) {
      fail(basisField, 'an undated claim has no basis for a date');
    } else if (yearFromWords) {
      fail(basisField, `the report's words "${report!.when}" state the year themselves: remove article-date`);
    } else if (!context.articleYear) {
      fail(basisField, "article-date: the article's own date is not known (report.yaml → published)");
    } else if (yearOf(item.date!) !== context.articleYear) {
      fail(field.date, `${item.date}: the article's date gives the year ${context.articleYear}`);
    }
  }
  if (basis.has('list-order')) {
    const listed = report ? enumeration(report.quote) : undefined;
    if (!report || !context.value) {
      fail(basisField, 'list-order is for a figure value the report lists');
    } else if (!listed) {
      fail(
        basisField,
        `the quote "${short(report.quote)}" lists no values for named periods (e.g. 四个季度营业额分别为…)`,
      );
    } else {
      const k = listed.values.findIndex((v) => quotedValue(v, context.value!.value, context.value!.unit));
      const year = yearFromWords
        ? yearOf(statedDate(report.when!)!.date)
        : basis.has('article-date')
          ? context.articleYear
          : undefined;
      if (k < 0) {
        fail(
          field.date.replace(/precision$/, 'value'),
          `${context.value.value} ${context.value.unit} is not one of the values listed (${listed.values.join('、')})`,
        );
      } else if (!year) {
        fail(basisField, `the listed periods need a year: time words with one (when) or basis article-date`);
      } else {
        const expected = `${year}-${listed.periods[k]}`;
        if (item.date !== expected || item.precision !== listed.precision)
          fail(
            field.date,
            `value ${k + 1} of the list (${listed.values[k]}) is for ${formatChineseDate(expected, listed.precision)} ("${expected}", ${listed.precision})`,
          );
        if (PRECISION_RANK[listed.precision] > PRECISION_RANK[finest]) finest = listed.precision;
      }
    }
  }
  publics.forEach((p) => {
    if (PRECISION_RANK[p.precision] > PRECISION_RANK[finest]) finest = p.precision;
  });
  if (finerThan(item.precision, finest)) {
    const basisWords = report?.when
      ? `the report's “${report.when}”`
      : report
        ? 'the report (no time words)'
        : '';
    const pub = publics.length ? `public sources at ${publics.map((p) => p.precision).join('/')}` : '';
    fail(
      field.date,
      `precision "${item.precision}" is finer than its sources (${[basisWords, pub].filter(Boolean).join('; ') || 'none'})`,
    );
  }
  return errors;
}

/** A report claim's qualifier (约, 超过, 以上) is the one its quoted words put on the value. */
export function checkBound(
  point: { value: number; unit: UnitId; bound?: Bound | undefined },
  quote: string,
): string | undefined {
  const found = quotedValue(quote, point.value, point.unit);
  if (!found) return undefined; // the value check reports it
  if (found.bound === point.bound) return undefined;
  const words = (b: Bound | undefined) => (b ? `${b} (${boundPattern(b)})` : 'none');
  return `the quote qualifies the value as ${words(found.bound)}, the point as ${words(point.bound)}`;
}

/** Quantities in Chinese text: a number with a unit (%, 亿美元, 亿元, 万, 倍, 股 …), with 约/超过 before it. */
const QUANTITY =
  /(约|超过)?(\d[\d,]*(?:\.\d+)?)\s*(%|亿美元|亿元|亿股|万股|亿用户|亿|万|倍|美元|元|股|个百分点)/g;

/** The quantities of a text as written, each with its qualifier: “约260亿美元”, “2.3%”. */
export const statedQuantities = (text: string): string[] =>
  qualifiedQuantities(text).map((q) => `${q.qualifier}${q.quantity}`);

/** The quantities of a text, without their qualifiers: “约260亿美元” → “260亿美元”. */
export const quantitiesOf = (text: string): string[] => qualifiedQuantities(text).map((q) => q.quantity);

/** The quantities of a text with the qualifier written before each (约, 超过, or '' for none). */
const qualifiedQuantities = (text: string) =>
  [...text.normalize('NFKC').matchAll(QUANTITY)].map((m) => ({
    quantity: `${m[2]!.replaceAll(',', '')}${m[3]}`,
    qualifier: m[1] ?? '',
  }));

/**
 * Every quantity an event states in its title and summary has a source: the report paragraph it cites
 * says it, or a public source lists it under `supports` (and each `supports` entry is in the text). A
 * qualifier is the source's: 约17% where the cited words say 17% (or 17% where they say 约17%) is an
 * error, in the note too for the quantities its sources state.
 */
export function checkEventNumbers(
  event: {
    title: string;
    summary: string;
    note?: string | undefined;
    report?: ReportCite | undefined;
    sources: PublicCite[];
  },
  paragraphText: (id: string) => string | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => void errors.push({ field, message });
  const said = new Set<string>();
  /** How the sources qualify each quantity they state. */
  const qualifiers = new Map<string, Set<string>>();
  const say = (text: string) => {
    for (const { quantity, qualifier } of qualifiedQuantities(text)) {
      said.add(quantity);
      qualifiers.set(quantity, (qualifiers.get(quantity) ?? new Set()).add(qualifier));
    }
  };
  if (event.report) say(paragraphText(event.report.paragraph) ?? '');
  event.sources.forEach((s, i) =>
    (s.supports ?? []).forEach((n, j) => {
      say(n);
      if (!quantitiesOf(`${event.title}${event.summary}`).some((q) => quantitiesOf(n).includes(q)))
        fail(`sources[${i}].supports[${j}]`, `"${n}" is not a number of the title or summary`);
    }),
  );
  for (const field of ['title', 'summary'] as const) {
    for (const q of quantitiesOf(event[field])) {
      if (!said.has(q))
        fail(
          field,
          `${q} has no source: cite the report paragraph that states it, or list it under a public source's supports`,
        );
    }
  }
  for (const field of ['title', 'summary', 'note'] as const) {
    for (const { quantity, qualifier } of qualifiedQuantities(event[field] ?? '')) {
      const theirs = qualifiers.get(quantity);
      if (theirs && !theirs.has(qualifier))
        fail(
          field,
          `${qualifier}${quantity} is qualified as ${qualifier ? `“${qualifier}”` : 'exact'}; its source says ${[...theirs].map((b) => `${b}${quantity}`).join(' / ')}`,
        );
    }
  }
  return errors;
}

/** Pairs of words that mark the two sides of a contrast in the experts' sentences. */
export const CONTRASTS: Array<[string, string]> = [
  ['好处', '弊端'],
  ['短期', '长期'],
];

/**
 * A grid excerpt: its fragments (joined by “……”) are the opinion's words, verbatim and in order, and it
 * does not give one side of a contrast (好处…弊端, 短期…长期) that the paragraph it cuts from completes.
 */
export function checkExcerpt(excerpt: string, paragraphs: string[]): string | undefined {
  const whole = paragraphs.map(comparableText).join('');
  const fragments = excerpt
    .split(/……|\.\.\.\.\.\./)
    .map(comparableText)
    .filter(Boolean);
  let from = 0;
  for (const f of fragments) {
    const at = whole.indexOf(f, from);
    if (at < 0) return `"${short(excerpt)}" is not the opinion's words, verbatim and in order`;
    from = at + f.length;
  }
  // The paragraphs the excerpt cuts from: a contrast they complete must not be cut in half.
  const context = paragraphs
    .map(comparableText)
    .filter((p) => fragments.some((f) => p.includes(f)))
    .join('');
  const text = fragments.join('');
  for (const [a, b] of CONTRASTS) {
    const hasA = text.includes(a);
    const hasB = text.includes(b);
    if (hasA !== hasB) {
      const missing = hasA ? b : a;
      if (context.includes(missing))
        return `gives one side of a “${a}…${b}” contrast: include the ${missing} side from the opinion`;
    }
  }
  return undefined;
}

/**
 * Words after which an expert's introduction may begin inside a sentence (据中国电子商务研究中心主任曹磊介绍,
 * 这也是全国政协委员……): a title that begins after any other character is only part of a longer title. No
 * word that also begins titles (经济学家, 和讯网, 如家): a title is never cut after it.
 */
export const INTRO_LEADS = [
  '据',
  '邀请',
  '此外',
  '同时',
  '其中',
  '另外',
  '而',
  '则',
  '并',
  '也',
  '还',
  '与',
  '及',
  '以及',
  '采访了',
  '是',
  '系',
  '向',
  '让',
  '被',
];

/**
 * How a report introduces an expert: `titles` (joined by “、”) then `name`, as written in its source,
 * where the introduction begins at a boundary — a line's start, a punctuation mark, or a word such as 据
 * that may precede it — so that a title never passes for being part of a longer one (“电子商务研究中心主任
 * 曹磊” is not how a source writing “中国电子商务研究中心主任曹磊” introduces him). An expert named without
 * a title must be so at the first mention. Undefined when it does;
 * otherwise what is wrong, with how the source writes the name.
 */
export function checkIntroduction(source: string, titles: string[], name: string): string | undefined {
  const lines = source.split(/\r?\n/).map(comparableText);
  const who = comparableText(name);
  const intro = comparableText(`${titles.join('、')}${name}`);
  // How the source writes each mention, for messages: back to the clause's start, as written.
  const contexts = source.split(/\r?\n/).flatMap((raw) => {
    const line = raw.replace(/\s+/g, '');
    const out: string[] = [];
    for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
      const before = line.slice(Math.max(0, at - 30), at);
      const start = Math.max(...[...'，。；：！？,;:!?'].map((p) => before.lastIndexOf(p))) + 1;
      out.push(`${start === 0 && at > 30 ? '…' : ''}${before.slice(start)}${name}`);
    }
    return out;
  });
  if (!contexts.length) return `"${name}" does not occur in the source`;
  const atBoundary = (line: string, at: number) => {
    if (at === 0) return true;
    const before = line.slice(0, at);
    return !/[\p{L}\p{N}]$/u.test(before) || INTRO_LEADS.some((w) => before.endsWith(w));
  };
  if (!titles.length) {
    // Named without a title: the first mention must not be preceded by one.
    const line = lines.find((l) => l.includes(who))!;
    return atBoundary(line, line.indexOf(who))
      ? undefined
      : `the source introduces "${name}" with a title ("${contexts[0]}"): give it in titles`;
  }
  let inside: string | undefined;
  for (const line of lines) {
    for (let at = line.indexOf(intro); at >= 0; at = line.indexOf(intro, at + 1)) {
      if (atBoundary(line, at)) return undefined;
      inside ??= contexts.find((c) => comparableText(c).endsWith(intro)) ?? intro;
    }
  }
  const shown = `${titles.join('、')}${name}`;
  return inside
    ? `"${shown}" is only part of a longer title in the source ("${inside}"): give the whole title as the source writes it`
    : `the source never introduces the expert as "${shown}" (it writes: ${[...new Set(contexts)]
        .slice(0, 3)
        .map((c) => `"${c}"`)
        .join(', ')})`;
}
