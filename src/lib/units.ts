/**
 * Units of the figures' data. Values are stored in the unit of their source (e.g. USD_bn for a filing
 * that says "US$26bn") and shown to readers in Chinese units (亿美元). Report claims are checked against
 * the report's own wording through `quoteNumber`.
 */
export const UNITS = {
  /** A percentage, 0–100. */
  percent: { display: '%', factor: 1, percent: true },
  /** Billions of US dollars; shown as 亿美元 (1 bn = 10 亿). */
  USD_bn: { display: '亿美元', factor: 10, percent: false },
  /** Billions of renminbi; shown as 亿元. */
  RMB_bn: { display: '亿元', factor: 10, percent: false },
  /** A multiple, e.g. “增长8倍”. */
  times: { display: '倍', factor: 1, percent: false },
  /** Hundreds of millions of users (亿用户). */
  users_100m: { display: '亿用户', factor: 1, percent: false },
} as const;

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [UnitId, ...UnitId[]];

/** The value in the unit readers see, rounded to remove float noise (26 USD_bn → 260). */
export function displayValue(value: number, unit: UnitId): number {
  return Math.round(value * UNITS[unit].factor * 1e6) / 1e6;
}

/** How a qualifier on a value reads: about (约), at least (超过/以上). */
export type Bound = 'about' | 'at-least';

/** A value for readers, e.g. 约260亿美元, 超过37亿美元, 2.3%. */
export function formatValue(value: number, unit: UnitId, bound?: Bound): string {
  const n = displayValue(value, unit).toLocaleString('zh-CN', {
    maximumFractionDigits: 3,
    useGrouping: false,
  });
  const prefix = bound === 'about' ? '约' : bound === 'at-least' ? '超过' : '';
  return `${prefix}${n}${UNITS[unit].display}`;
}

/** The Chinese unit words a number carries in the report's text, per unit. */
const QUOTE_SUFFIX: Record<UnitId, RegExp> = {
  percent: /^%/,
  USD_bn: /^亿美元/,
  RMB_bn: /^亿元/,
  times: /^倍/,
  users_100m: /^亿(?:用户|人)/,
};

/**
 * True when `quote` (the report's words) states `value` in `unit`: some number in the quote, followed by
 * the unit's Chinese words, equals the value in display units (“80亿美元” states 8 USD_bn).
 */
export function quoteNumber(quote: string, value: number, unit: UnitId): boolean {
  const text = quote.normalize('NFKC');
  const want = displayValue(value, unit);
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const after = text.slice(m.index + m[0].length).trimStart();
    if (Number(m[0]) === want && QUOTE_SUFFIX[unit].test(after)) return true;
  }
  return false;
}
