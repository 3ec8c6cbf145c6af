/**
 * The published-values record (content/reports/<id>/published.json): what a report page published of each
 * figure point (value, qualifier, unit, date, precision) and each event (date, precision), by anchor id.
 * The content check compares the content with it: a recorded value that changed needs a dated correction
 * naming its anchor (report.yaml `corrections`), so a published number or date never changes silently.
 * Pure: written by `npm run anchors:update` (scripts/update-anchors.ts) beside anchors.json.
 */
import { rowAnchor } from './anchors.ts';
import type { Bound, Precision, UnitId } from '../schemas/vocabulary.ts';

/** What the page published under one anchor: a figure point's value and date, or an event's date. */
export interface PublishedValue {
  value?: number;
  unit?: UnitId;
  /** The value's qualifier (about 约, over 超过, at-least 以上), when it has one. */
  bound?: Bound;
  /** The date at its precision; absent for an undated claim. */
  date?: string;
  precision: Precision;
  /**
   * The numbers its text states, in order, each with its qualifier (约17%, 2.3%): an event's title, summary
   * and note, the values of the key figures. A record written before numbers were kept has none, and
   * then they are not compared.
   */
  numbers?: string[];
  /**
   * The ids of the report's corrections that named this anchor when the record was written: they are
   * spent. A later change needs a correction of its own, or one correction would cover every change after it.
   */
  corrections?: string[];
}

/** The record: published values by anchor id. */
export type PublishedValues = Record<string, PublishedValue>;

/** What the record is made of: the figures' points (in file order) and the events, as content has them. */
export interface PublishedInput {
  figures: Array<{
    id: string;
    series: Array<{
      id: string;
      points: Array<{
        value: number;
        unit: UnitId;
        bound?: Bound | undefined;
        date?: string | undefined;
        precision: Precision;
      }>;
    }>;
  }>;
  events: Array<{ anchor: string; date: string; precision: Precision; numbers?: string[] }>;
  /** The key figures' values as shown (e.g. 约2.15亿美元, 17%→2.3%), under the strip's anchor. */
  keyFigures?: { anchor: string; values: string[] } | undefined;
}

/** Every value the report's page publishes, by anchor id (a figure's data rows, the events). */
export function publishedValues(input: PublishedInput): PublishedValues {
  const out: PublishedValues = {};
  for (const f of input.figures) {
    const seen = new Set<string>();
    for (const s of f.series)
      for (const p of s.points)
        out[rowAnchor(f.id, s.id, p.date, seen)] = {
          value: p.value,
          unit: p.unit,
          ...(p.bound ? { bound: p.bound } : {}),
          ...(p.date ? { date: p.date } : {}),
          precision: p.precision,
        };
  }
  for (const e of input.events)
    out[e.anchor] = {
      date: e.date,
      precision: e.precision,
      ...(e.numbers?.length ? { numbers: e.numbers } : {}),
    };
  if (input.keyFigures?.values.length)
    out[input.keyFigures.anchor] = { precision: 'undated', numbers: input.keyFigures.values };
  return out;
}

const KEYS = ['value', 'bound', 'unit', 'date', 'precision'] as const;

/**
 * Whether `b` (what the content publishes now) says what the record `a` holds: value, qualifier, unit, date,
 * precision, and the numbers when the record has them (a record written before numbers were kept has none).
 */
export const samePublished = (a: PublishedValue, b: PublishedValue): boolean =>
  KEYS.every((k) => a[k] === b[k]) &&
  (a.numbers === undefined || a.numbers.join('\n') === (b.numbers ?? []).join('\n'));

/** A record of an anchor for messages: `18.1 percent, 2017-03 (month)`, `about 17 percent, undated`. */
export function formatPublished(v: PublishedValue | undefined): string {
  if (!v) return 'nothing (no such value any more)';
  const value = v.value === undefined ? '' : `${v.bound ? `${v.bound} ` : ''}${v.value} ${v.unit ?? ''}, `;
  const numbers = v.numbers ? `; numbers ${v.numbers.join(', ') || 'none'}` : '';
  return `${value}${v.date ? `${v.date} (${v.precision})` : v.precision}${numbers}`;
}

/** A recorded value that the content no longer publishes as recorded. */
export interface PublishedChange {
  /** The anchor id as recorded. */
  id: string;
  /** The live id it is published under now (itself, or its alias in report.yaml), if any. */
  live: string | undefined;
  old: PublishedValue;
  /** What the live id publishes now; undefined when it publishes no value (e.g. aliased to a figure). */
  new: PublishedValue | undefined;
}

/**
 * The recorded values the content changed: each recorded id is followed to its live id (itself, or its
 * alias: a data row's id carries its date, so a new date is a new id with the old one aliased to it) and
 * compared. Ids that are neither live nor aliased are the anchor check's fault, not listed here.
 */
export function changedValues(
  recorded: PublishedValues,
  current: PublishedValues,
  aliases: Record<string, string>,
  live: ReadonlySet<string>,
): PublishedChange[] {
  const out: PublishedChange[] = [];
  for (const [id, old] of Object.entries(recorded)) {
    const to = live.has(id) ? id : aliases[id];
    if (!to || !live.has(to)) continue;
    const now = current[to];
    if (!now || !samePublished(old, now)) out.push({ id, live: to, old, new: now });
  }
  return out;
}

/** A correction as the record needs it: its id and the anchors it names. */
export interface CorrectionRef {
  id: string;
  anchors: readonly string[];
}

/** The corrections that name an anchor (directly, or through an alias either way). */
export function correctionsNaming(
  ids: ReadonlyArray<string | undefined>,
  corrections: readonly CorrectionRef[],
  aliases: Record<string, string>,
): string[] {
  const wanted = new Set(ids.filter((i): i is string => i !== undefined));
  return corrections
    .filter((c) => c.anchors.some((a) => wanted.has(a) || wanted.has(aliases[a] ?? a)))
    .map((c) => c.id);
}

/**
 * Whether a change is covered by a correction: one that names the recorded id or its live id (directly,
 * or through an alias) and was not yet spent when the record was written (`corrections` of the value).
 */
export function isCorrected(
  change: PublishedChange,
  corrections: readonly CorrectionRef[],
  aliases: Record<string, string>,
): boolean {
  const spent = new Set(change.old.corrections ?? []);
  return correctionsNaming([change.id, change.live], corrections, aliases).some((id) => !spent.has(id));
}

/** Ids whose current value the record does not hold yet (new, or changed): `npm run anchors:update` writes them. */
export const unrecordedValues = (recorded: PublishedValues, current: PublishedValues): string[] =>
  Object.entries(current)
    .filter(([id, v]) => !recorded[id] || !samePublished(recorded[id], v))
    .map(([id]) => id);

export const PUBLISHED_ABOUT =
  'What this report page published: each figure point (value, qualifier, unit, date, precision) and event (date, precision) by anchor id. Written by npm run anchors:update; a recorded value that changes needs a correction in report.yaml (corrections) naming its anchor that it does not already list under corrections (those are spent), or the build fails.';

/**
 * The file's text for these values (sorted by id, stable key order), each with the corrections that name
 * it now: written with them, the record holds them as spent.
 */
export function publishedJson(
  values: PublishedValues,
  corrections: readonly CorrectionRef[] = [],
  aliases: Record<string, string> = {},
): string {
  const sorted = Object.fromEntries(
    Object.keys(values)
      .sort()
      .map((id) => {
        const v = values[id]!;
        const named = correctionsNaming([id], corrections, aliases);
        return [
          id,
          {
            ...Object.fromEntries(KEYS.flatMap((k) => (v[k] === undefined ? [] : [[k, v[k]]]))),
            ...(v.numbers ? { numbers: v.numbers } : {}),
            ...(named.length ? { corrections: named } : {}),
          },
        ];
      }),
  );
  return `${JSON.stringify({ about: PUBLISHED_ABOUT, values: sorted }, null, 2)}\n`;
}

/** The values of a published.json, or what is wrong with it. */
export function parsePublished(json: string): { values: PublishedValues } | { error: string } {
  try {
    const values = (JSON.parse(json) as { values?: unknown }).values;
    if (
      values &&
      typeof values === 'object' &&
      !Array.isArray(values) &&
      Object.values(values).every(
        (v) => v && typeof v === 'object' && typeof (v as PublishedValue).precision === 'string',
      )
    )
      return { values: values as PublishedValues };
    return { error: '"values" must map anchor ids to {value, unit, date, precision}' };
  } catch (error) {
    return { error: `not JSON: ${(error as Error).message}` };
  }
}
