/**
 * Units of the figures' data. Values are stored in the unit of their source (e.g. USD_bn for a filing
 * that says "US$26bn") and shown to readers in Chinese units (亿美元). Report claims are checked against
 * the report's own wording through `quoteNumber`.
 */
import { UNITS, type Bound, type UnitId } from '../schemas/vocabulary.ts';

// The units and qualifiers themselves are defined with the schemas (content names them).
export { UNITS, type Bound, type UnitId } from '../schemas/vocabulary.ts';

/** The value in the unit readers see, rounded to remove float noise (26 USD_bn → 260). */
export function displayValue(value: number, unit: UnitId): number {
  return Math.round(value * UNITS[unit].factor * 1e6) / 1e6;
}

/** The Chinese words of each qualifier, and where they stand. */
export const BOUND_WORDS: Record<Bound, { before?: string; after?: string }> = {
  about: { before: '约' },
  over: { before: '超过' },
  'at-least': { after: '以上' },
};

/** Where a qualifier's words stand around a value: 约…, 超过…, …以上. */
export const boundPattern = (b: Bound): string =>
  `${BOUND_WORDS[b].before ?? ''}…${BOUND_WORDS[b].after ?? ''}`;

/** A number as readers see it: up to three decimals, no grouping. */
export const formatNumber = (n: number): string =>
  n.toLocaleString('zh-CN', { maximumFractionDigits: 3, useGrouping: false });

/** A value for readers, e.g. 约260亿元, 超过37亿美元, 25%以上, 1.5%. */
export function formatValue(value: number, unit: UnitId, bound?: Bound): string {
  const words = bound ? BOUND_WORDS[bound] : {};
  return `${words.before ?? ''}${formatNumber(displayValue(value, unit))}${UNITS[unit].display}${words.after ?? ''}`;
}

/** The Chinese unit words a number carries in the report's text, per unit. */
const QUOTE_SUFFIX: Record<UnitId, RegExp> = {
  percent: /^%/,
  USD_bn: /^亿美元/,
  RMB_bn: /^亿元/,
  RMB_100m: /^亿元/,
  RMB_10k: /^万元/,
  times: /^倍/,
  users_100m: /^亿(?:用户|人)/,
};

/**
 * True when `quote` (the report's words) states `value` in `unit`: some number in the quote, followed by
 * the unit's Chinese words, equals the value in display units (“60亿美元” states 6 USD_bn).
 */
export function quoteNumber(quote: string, value: number, unit: UnitId): boolean {
  return quotedValue(quote, value, unit) !== undefined;
}

/**
 * Where the quote states the value, with the qualifier its words put on it (约, 超过, 以上), or undefined
 * when the quote does not state it. `bound` is undefined for a bare number.
 */
export function quotedValue(
  quote: string,
  value: number,
  unit: UnitId,
): { bound: Bound | undefined } | undefined {
  const text = quote.normalize('NFKC');
  const want = displayValue(value, unit);
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const after = text.slice(m.index + m[0].length).trimStart();
    const suffix = QUOTE_SUFFIX[unit].exec(after);
    if (Number(m[0]) !== want || !suffix) continue;
    const before = text.slice(0, m.index);
    const rest = after.slice(suffix[0].length);
    const bound = (Object.keys(BOUND_WORDS) as Bound[]).find((b) => {
      const w = BOUND_WORDS[b];
      return w.before ? before.endsWith(w.before) : rest.startsWith(w.after!);
    });
    return { bound };
  }
  return undefined;
}
