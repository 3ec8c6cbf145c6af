import { buildGmvOption } from './gmv.ts';
import { buildStakeOption } from './stake.ts';
import type { ChartTheme } from './theme.ts';
import type { BuiltChart, ChartInput, ChartLayout } from './types.ts';
import { buildValuationOption } from './valuation.ts';

export type ChartKind = 'stake' | 'valuation' | 'gmv';

/** The option builder of each figure kind. */
export const BUILDERS: Record<
  ChartKind,
  (input: ChartInput, theme: ChartTheme, layout: ChartLayout) => BuiltChart
> = {
  stake: buildStakeOption,
  valuation: buildValuationOption,
  gmv: buildGmvOption,
};

/** The sizes each figure is drawn at: a wide one for screens ≥ 620 px and print, a narrow one for phones. */
export const LAYOUTS: Record<ChartKind, { wide: ChartLayout; narrow: ChartLayout }> = {
  stake: {
    wide: { width: 680, height: 320, narrow: false },
    narrow: { width: 340, height: 280, narrow: true },
  },
  valuation: {
    wide: { width: 680, height: 340, narrow: false },
    narrow: { width: 340, height: 300, narrow: true },
  },
  gmv: {
    wide: { width: 680, height: 320, narrow: false },
    narrow: { width: 340, height: 520, narrow: true },
  },
};

export function buildOption(
  kind: ChartKind,
  input: ChartInput,
  theme: ChartTheme,
  layout: ChartLayout,
): BuiltChart {
  return BUILDERS[kind](input, theme, layout);
}
