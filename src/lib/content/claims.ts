/**
 * Checks that the site says no more than its sources: dates no finer than their sources, report claims
 * dated by the report's own time words, qualifiers (约, 超过, 以上) as the source words them, numbers in
 * event texts sourced, and grid excerpts that are verbatim and do not cut one side of a contrast. Pure:
 * each check takes plain data and returns what it found wrong, located by field.
 */
import {
  finerThan,
  PRECISION_RANK,
  statedDate,
  within,
  type DatePrecision,
  type Precision,
} from '../dates.ts';
import { comparableText } from '../text/typography.ts';
import { BOUND_WORDS, quotedValue, type Bound, type UnitId } from '../units.ts';

/** A problem in one field of a content entry (the caller adds the file). */
export interface FieldError {
  field: string;
  message: string;
}

/** The report's words for a claim: its paragraph, its quote and its time words. */
export interface ReportCite {
  paragraph: string;
  quote: string;
  when?: string | undefined;
}

/** A public source, as far as dating and numbers go. */
export interface PublicCite {
  precision: DatePrecision;
  supports?: string[] | undefined;
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * A date against its sources: the report's time words are in the cited paragraph, the date agrees with
 * them, and the date is no finer than its most precise source.
 */
export function checkDateAgainstSources(
  item: { date?: string | undefined; precision: Precision },
  report: ReportCite | undefined,
  publics: PublicCite[],
  paragraphText: (id: string) => string | undefined,
  field: { report: string; public: (i: number) => string; date: string },
): FieldError[] {
  const errors: FieldError[] = [];
  let finest: Precision = 'undated';
  if (report) {
    const text = paragraphText(report.paragraph);
    if (report.when !== undefined) {
      const stated = statedDate(report.when);
      if (text !== undefined && !comparableText(text).includes(comparableText(report.when))) {
        errors.push({
          field: `${field.report}.when`,
          message: `"${report.when}" is not in paragraph ${report.paragraph}`,
        });
      } else if (!stated) {
        errors.push({ field: `${field.report}.when`, message: `"${report.when}" names no time` });
      } else if (item.precision !== 'undated' && item.date && !within(item.date, item.precision, stated)) {
        errors.push({
          field: field.date,
          message: `${item.date} is not what the report's words "${report.when}" say`,
        });
      }
      if (stated && PRECISION_RANK[stated.precision] > PRECISION_RANK[finest]) finest = stated.precision;
    }
  }
  publics.forEach((p) => {
    if (PRECISION_RANK[p.precision] > PRECISION_RANK[finest]) finest = p.precision;
  });
  if (finerThan(item.precision, finest)) {
    const basis = report?.when ? `the report's “${report.when}”` : report ? 'the report (no time words)' : '';
    const pub = publics.length ? `public sources at ${publics.map((p) => p.precision).join('/')}` : '';
    errors.push({
      field: field.date,
      message: `precision "${item.precision}" is finer than its sources (${[basis, pub].filter(Boolean).join('; ') || 'none'})`,
    });
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
  const words = (b: Bound | undefined) =>
    b ? `${b} (${BOUND_WORDS[b].before ?? ''}…${BOUND_WORDS[b].after ?? ''})` : 'none';
  return `the quote qualifies the value as ${words(found.bound)}, the point as ${words(point.bound)}`;
}

/** Quantities in Chinese text: a number with a unit (%, 亿美元, 亿元, 万, 倍, 股 …), with 约/超过 before it. */
const QUANTITY =
  /(?:约|超过)?(\d[\d,]*(?:\.\d+)?)\s*(%|亿美元|亿元|亿股|万股|亿用户|亿|万|倍|美元|元|股|个百分点)/g;

/** The quantities of a text, without their qualifiers: “约260亿美元” → “260亿美元”. */
export const quantitiesOf = (text: string): string[] =>
  [...text.normalize('NFKC').matchAll(QUANTITY)].map((m) => `${m[1]!.replaceAll(',', '')}${m[2]}`);

/**
 * Every quantity an event states in its title and summary has a source: the report paragraph it cites
 * says it, or a public source lists it under `supports` (and each `supports` entry is in the text).
 */
export function checkEventNumbers(
  event: { title: string; summary: string; report?: ReportCite | undefined; sources: PublicCite[] },
  paragraphText: (id: string) => string | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  const said = new Set(event.report ? quantitiesOf(paragraphText(event.report.paragraph) ?? '') : []);
  event.sources.forEach((s, i) =>
    (s.supports ?? []).forEach((n, j) => {
      for (const q of quantitiesOf(n)) said.add(q);
      if (!quantitiesOf(`${event.title}${event.summary}`).some((q) => quantitiesOf(n).includes(q)))
        errors.push({
          field: `sources[${i}].supports[${j}]`,
          message: `"${n}" is not a number of the title or summary`,
        });
    }),
  );
  for (const field of ['title', 'summary'] as const) {
    for (const q of quantitiesOf(event[field])) {
      if (!said.has(q))
        errors.push({
          field,
          message: `${q} has no source: cite the report paragraph that states it, or list it under a public source's supports`,
        });
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
